import type { Database } from '@zdyq/db/client';
import { projects } from '@zdyq/db/schema';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { parseIsoDate } from '../../graphql/scalars.ts';
import { toUnits } from '../../lib/decimal.ts';
import { type Actor, authorizeRole } from '../access/policy.ts';
import { type EditableField, nullableFields } from '../project/project.input.ts';
import { createProject, updateProject } from '../project/project.service.ts';
import { listUnits } from '../unit/unit.service.ts';
import { type ColumnKind, labels, ledgerColumns } from './ledger.columns.ts';

export type ImportError = { row: number; column: string | null; message: string };
export type ImportResult = {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
};

export const MAX_ROWS = 20_000;
const columnsByHeader = new Map(ledgerColumns.filter((c) => c.field).map((c) => [c.header, c]));
const fieldHeaders = new Map(ledgerColumns.filter((c) => c.field).map((c) => [c.field as string, c.header]));

class CellError extends Error {}

const reverse = (map: Record<string, string>) =>
  new Map(
    Object.entries(map).flatMap(([code, label]) => [
      [label, code],
      [code, code],
    ]),
  );
const enumLookup = { industry: reverse(labels.industry), source: reverse(labels.source), stage: reverse(labels.stage) };

/** The text of a cell, refusing formulas: a ledger must carry values, not calculations. */
function cellText(value: ExcelJS.CellValue): string | number | Date | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) throw new CellError('不接受公式，请复制后“粘贴为数值”');
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) throw new CellError('单元格有错误值');
    return null;
  }
  return value as string | number | Date | boolean;
}

/** An Excel serial day (1 = 1900-01-01, with Excel's 1900 leap-year quirk) as a date. */
function serialToDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

function parseDate(v: string | number | Date | boolean): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20_000 && v < 80_000) return serialToDate(v);
  const text = String(v).trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  const iso = m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : text;
  const date = parseIsoDate(iso);
  if (!date) throw new CellError(`“${text}”不是有效日期，应写作 2023-06-01`);
  return date;
}

/** 亿元 amounts: numbers, or text such as "12亿", "12 亿元", "120000万". */
function parseDecimal(v: string | number | Date | boolean): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new CellError('不是有效数字');
    return String(Math.round(v * 10_000) / 10_000);
  }
  const text = String(v).trim().replace(/,/g, '');
  const m = /^(-?\d+(?:\.\d+)?)\s*(亿元|亿|万元|万)?$/.exec(text);
  if (!m) throw new CellError(`“${text}”不是有效金额`);
  const amount = m[2]?.startsWith('万') ? String(Math.round(Number(m[1]) * 10_000) / 100_000_000) : (m[1] as string);
  if (toUnits(amount) === undefined) throw new CellError(`“${text}”最多4位小数`);
  return amount;
}

function parseBool(v: string | number | Date | boolean): boolean {
  const text = String(v).trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(text)) return true;
  if (['否', 'n', 'no', 'false', '0', ''].includes(text)) return false;
  throw new CellError(`应填写“是”或“否”，而不是“${String(v)}”`);
}

function parseCell(kind: ColumnKind, raw: ExcelJS.CellValue, units: Map<string, string>): unknown {
  const v = cellText(raw);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  switch (kind) {
    case 'text':
      return String(v).trim();
    case 'decimal':
      return parseDecimal(v);
    case 'number': {
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      if (!Number.isFinite(n)) throw new CellError(`“${String(v)}”不是有效数字`);
      return n;
    }
    case 'bool':
      return parseBool(v);
    case 'date':
      return parseDate(v);
    case 'industry':
    case 'source':
    case 'stage': {
      const code = enumLookup[kind].get(String(v).trim());
      if (!code) throw new CellError(`“${String(v)}”不是可选的值`);
      return code;
    }
    case 'unit': {
      const id = units.get(String(v).trim());
      if (!id) throw new CellError(`系统中没有名为“${String(v)}”的单位`);
      return id;
    }
  }
}

type ParsedRow = { row: number; values: Record<string, unknown> };

/** Reads the first sheet: checks the headers, parses every cell, and collects the errors by row and column. */
export async function parseLedger(
  buffer: Buffer,
  unitsByName: Map<string, string>,
): Promise<{ rows: ParsedRow[]; errors: ImportError[] }> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('BAD_USER_INPUT', '文件不是xlsx格式，请使用导入模板另存为Excel工作簿（.xlsx）', {
      field: 'file',
    });
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_USER_INPUT', '无法读取该文件，可能已损坏或不是xlsx格式', { field: 'file' });
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('BAD_USER_INPUT', '文件中没有工作表', { field: 'file' });
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cell.text.trim();
    if (text) headers.set(col, text);
  });
  const present = new Set(headers.values());
  const missing = ledgerColumns.filter((c) => c.required && !present.has(c.header)).map((c) => c.header);
  if (missing.length) {
    throw new AppError('BAD_USER_INPUT', `表头不正确，缺少：${missing.join('、')}。请使用导入模板`, {
      field: 'file',
      missing,
    });
  }
  const rows: ParsedRow[] = [];
  const errors: ImportError[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values: Record<string, unknown> = {};
    let filled = false;
    for (const [col, header] of headers) {
      const column = columnsByHeader.get(header);
      if (!column?.field) continue;
      try {
        const value = parseCell(column.kind, row.getCell(col).value, unitsByName);
        if (value !== null) filled = true;
        values[column.field] = value;
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        filled = true;
        errors.push({ row: number, column: header, message: error.message });
      }
    }
    if (filled) rows.push({ row: number, values });
  });
  if (rows.length === 0 && errors.length === 0)
    throw new AppError('BAD_USER_INPUT', '文件中没有数据行', { field: 'file' });
  if (rows.length > MAX_ROWS) throw new AppError('BAD_USER_INPUT', `一次最多导入${MAX_ROWS}行`, { field: 'file' });
  return { rows, errors };
}

class Rollback extends Error {}

/**
 * Imports the 台账: every row goes through the same service as the web forms (validation, rights,
 * codes, nodes, audit, with the importing user as actor), each in a savepoint of one transaction.
 * Any error, or a dry run, rolls the whole file back: all rows go in, or none.
 */
export async function importLedger(args: {
  db: Database;
  actor: Actor;
  buffer: Buffer;
  dryRun: boolean;
  requestId?: string;
}) {
  authorizeRole(args.actor, 'project.write');
  const unitsByName = new Map((await listUnits(args.db)).map((u) => [u.name, u.id]));
  const { rows, errors } = await parseLedger(args.buffer, unitsByName);
  const result: ImportResult = {
    dryRun: args.dryRun,
    total: rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
  };
  try {
    await args.db.transaction(async (tx) => {
      for (const { row, values } of rows) {
        if (errors.some((e) => e.row === row)) continue;
        const { code, ...given } = values;
        // An empty cell leaves a required field to its default (or unchanged) and clears an optional one.
        const input = Object.fromEntries(
          Object.entries(given).filter(([field, v]) => v !== null || nullableFields.has(field as EditableField)),
        );
        try {
          await tx.transaction(async (sp) => {
            const [existing] = code
              ? await sp
                  .select()
                  .from(projects)
                  .where(eq(projects.code, String(code)))
              : [];
            if (code && !existing)
              throw new AppError('BAD_USER_INPUT', `没有编号为${String(code)}的项目`, { field: 'code' });
            if (existing) {
              const after = await updateProject({
                db: sp,
                actor: args.actor,
                id: existing.id,
                version: existing.version,
                patch: input,
                requestId: args.requestId,
              });
              if (after.version === existing.version) result.unchanged++;
              else result.updated++;
            } else {
              await createProject({ db: sp, actor: args.actor, input, requestId: args.requestId });
              result.created++;
            }
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const field = typeof error.details.field === 'string' ? error.details.field : null;
          errors.push({ row, column: field ? (fieldHeaders.get(field) ?? field) : null, message: error.message });
        }
      }
      if (args.dryRun || errors.length > 0) throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length > 0 && !args.dryRun) return { ...result, created: 0, updated: 0, unchanged: 0 };
  return result;
}
