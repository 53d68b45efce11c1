import type { Database, DatabaseOrTransaction } from '@zdyq/db/client';
import type { EnumLabels } from '@zdyq/db/labels';
import { nodeTemplateRows } from '@zdyq/db/queries';
import { projects } from '@zdyq/db/schema';
import { inArray } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { type Language, languages } from '../../i18n/translate.ts';
import { Dec } from '../../lib/decimal.ts';
import { parseIsoDate } from '../../lib/scalars.ts';
import { type Actor, authorizeRole, can } from '../access/policy.ts';
import { auditValues } from '../audit/audit.service.ts';
import { type EditableField, nullableFields } from '../project/project.input.ts';
import {
  loadReferences,
  type NewProjectRecords,
  newProjectRecords,
  parseProjectPatch,
  prepareNewProject,
  prepareProjectUpdate,
  projectPatchChanges,
} from '../project/project.service.ts';
import { listUnits } from '../unit/unit.service.ts';
import { type AmountUnit, type ColumnKind, headerIn, ledgerColumns, type Words, wordsIn } from './ledger.columns.ts';
import { readSheet, type SheetRow } from './ledger.read.ts';

export type ImportError = { row: number; column: string | null; message: string };
export type ImportResult = {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Of the unchanged, rows of projects the importer may not write (another unit's, for a promoter): left as they are. */
  othersUnchanged: number;
  errors: ImportError[];
};

/** The imported columns by header, in either language: a template downloaded in English reads back. */
const columnsByHeader = new Map(
  ledgerColumns.filter((c) => c.field).flatMap((c) => languages.map((language) => [headerIn(c, language), c] as const)),
);
const fieldHeaders = new Map(ledgerColumns.filter((c) => c.field).map((c) => [c.field as string, c.header]));

/** An enum's values by their label in either language, or by code. */
export const labelLookup = (kind: keyof EnumLabels) =>
  new Map<string, string>(
    languages.flatMap((language) =>
      Object.entries(wordsIn(language).labels[kind] as Record<string, string>).flatMap(
        ([code, label]) =>
          [
            [label, code],
            [code, code],
          ] as const,
      ),
    ),
  );
const enumLookup = { industry: labelLookup('industry'), source: labelLookup('source'), stage: labelLookup('stage') };

/** The text of a cell, refusing formulas: a ledger must carry values, not calculations. */
export function cellText(value: ExcelJS.CellValue): string | number | Date | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) throw new CellError('不接受公式，请复制后“粘贴为数值”');
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) throw new CellError('单元格有错误值');
    return null;
  }
  // Our exports put an apostrophe before text that a spreadsheet would take for a formula.
  if (typeof value === 'string' && /^'[=+\-@\t\r]/.test(value)) return value.slice(1);
  return value as string | number | Date | boolean;
}

/** An Excel serial day (1 = 1900-01-01, with Excel's 1900 leap-year quirk) as a date. */
function serialToDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

export function parseDate(v: string | number | Date | boolean): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20_000 && v < 80_000) return serialToDate(v);
  const text = String(v).trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  const iso = m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : text;
  const date = parseIsoDate(iso);
  if (!date) throw new CellError(`“${text}”不是有效日期，应写作 2023-06-01`);
  return date;
}

/**
 * How each suffix converts into a column's unit, exactly (SPEC 5.3): "15000万" is 15000 in a 万美元
 * column and 1.5 in an 亿元 one; "1.5亿" is 15000 万美元; a suffix of another unit or currency is
 * an error. Absent means "already in the column's unit".
 */
const suffixFactors: Record<AmountUnit, Record<string, string>> = {
  亿元: { 亿元: '1', 亿: '1', 万元: '0.0001', 万: '0.0001', 元: '0.00000001' },
  万美元: { 万美元: '1', 万: '1', 亿美元: '10000', 亿: '10000', 美元: '0.0001' },
  亩: { 亩: '1' },
};

/** An amount in a column's unit, from a number or text such as "12亿", "12 亿元", "120000万". */
export class CellError extends Error {}

export function convertAmount(v: string | number, unit: AmountUnit): string {
  const text = (typeof v === 'number' ? String(v) : v).trim().replace(/[,，\s]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)([^\d.-]*)$/.exec(text);
  if (!m) throw new CellError(`“${text}”不是有效${unit === '亩' ? '面积' : '金额'}`);
  const suffix = m[2] ?? '';
  const factor = suffix ? suffixFactors[unit][suffix] : '1';
  if (factor === undefined) throw new CellError(`“${text}”的单位“${suffix}”不适用于本列（${unit}）`);
  const amount = new Dec(m[1] as string).times(factor);
  if (amount.decimalPlaces() > 4) {
    throw new CellError(`“${text}”换算为${unit}后超过4位小数`);
  }
  return amount.toFixed();
}

function parseBool(v: string | number | Date | boolean): boolean {
  const text = String(v).trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(text)) return true;
  if (['否', 'n', 'no', 'false', '0', ''].includes(text)) return false;
  throw new CellError(`应填写“是”或“否”，而不是“${String(v)}”`);
}

function parseCell(kind: ColumnKind, raw: ExcelJS.CellValue, names: LedgerNames, words: Words): unknown {
  const v = cellText(raw);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  switch (kind) {
    case 'text':
      return String(v).trim();
    case '亿元':
    case '万美元':
    case '亩':
      if (typeof v === 'boolean' || v instanceof Date) throw new CellError(`“${String(v)}”不是有效的数字`);
      return convertAmount(v, kind);
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
      if (!code) {
        throw new CellError(`“${String(v)}”不是可选的值，可选：${words.list(Object.values(words.labels[kind]))}`);
      }
      return code;
    }
    case 'unit': {
      const id = names.units.get(String(v).trim());
      if (!id) throw new CellError(`系统中没有名为“${String(v)}”的单位`);
      return id;
    }
    case 'kind': {
      const code = names.kinds.get(String(v).trim());
      if (!code) throw new CellError(`“${String(v)}”不是可选的项目类型，可选：${words.list([...names.kinds.keys()])}`);
      return code;
    }
  }
}

export type ParsedRow = { row: number; values: Record<string, unknown> };

/** The header row's texts by column. */
export function headersOf(row: SheetRow): Map<number, string> {
  const headers = new Map<number, string>();
  for (let col = 1; col <= 200; col++) {
    const text = String(cellTextOrEmpty(row.cell(col))).trim();
    if (text) headers.set(col, text);
  }
  return headers;
}

/** Refuses a sheet whose header row lacks a required column, in either language, naming them. */
export function requireHeaders(
  headers: ReadonlyMap<number, string>,
  columns: ReadonlyArray<{ header: string; required?: boolean }>,
  language: Language,
): void {
  const present = new Set(headers.values());
  const missing = columns
    .filter((c) => c.required && !languages.some((l) => present.has(headerIn(c, l))))
    .map((c) => headerIn(c, language));
  if (missing.length) {
    throw new AppError('BAD_USER_INPUT', `表头不正确，缺少：${wordsIn(language).list(missing)}。请使用导入模板`, {
      field: 'file',
      missing,
    });
  }
}

/**
 * Reads the first sheet as a stream: checks the headers, parses every cell, and collects the
 * errors by row and column. `onRow` hears of each row read, for progress.
 */
export async function parseLedger(
  buffer: Buffer,
  names: LedgerNames,
  /** The user's language: the allowed values and missing headers are listed in it. */
  language: Language,
  onRow: (count: number) => Promise<void> | void = () => {},
): Promise<{ rows: ParsedRow[]; errors: ImportError[] }> {
  const words = wordsIn(language);
  const headers = new Map<number, string>();
  const rows: ParsedRow[] = [];
  const errors: ImportError[] = [];
  let headerSeen = false;
  for await (const sheetRow of readSheet(buffer)) {
    if (!headerSeen) {
      headerSeen = true;
      if (sheetRow.number === 1) for (const [col, text] of headersOf(sheetRow)) headers.set(col, text);
      requireHeaders(headers, ledgerColumns, language);
      if (sheetRow.number === 1) continue;
    }
    const values: Record<string, unknown> = {};
    let filled = false;
    for (const [col, header] of headers) {
      const column = columnsByHeader.get(header);
      if (!column?.field) continue;
      try {
        const value = parseCell(column.kind, sheetRow.cell(col), names, words);
        if (value !== null) filled = true;
        values[column.field] = value;
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        filled = true;
        errors.push({ row: sheetRow.number, column: header, message: error.message });
      }
    }
    if (filled) rows.push({ row: sheetRow.number, values });
    await onRow(rows.length);
  }
  if (!headerSeen || (rows.length === 0 && errors.length === 0)) {
    throw new AppError('BAD_USER_INPUT', '文件中没有数据行', { field: 'file' });
  }
  return { rows, errors };
}

function cellTextOrEmpty(value: ExcelJS.CellValue): string | number | Date | boolean {
  try {
    return cellText(value) ?? '';
  } catch {
    return '';
  }
}

/** What the 台账's names stand for: units and 项目类型 by name. */
export type LedgerNames = { units: Map<string, string>; kinds: Map<string, string> };

export async function ledgerNames(db: DatabaseOrTransaction): Promise<LedgerNames> {
  const [units, kinds] = await Promise.all([listUnits(db), nodeTemplateRows(db)]);
  return { units: new Map(units.map((u) => [u.name, u.id])), kinds: new Map(kinds.map((k) => [k.name, k.kind])) };
}

/** A checked row: a new project's records, or an update of an existing one (null: no change). */
export type CheckedRow =
  | { row: number; kind: 'create'; records: NewProjectRecords }
  | {
      row: number;
      kind: 'update';
      id: string;
      version: number;
      values: Partial<typeof projects.$inferInsert>;
      records: NewProjectRecords['audit'];
    }
  | { row: number; kind: 'unchanged'; othersUnit?: true };

/**
 * Checks a slice of parsed rows by the same rules as the web forms (validation, rights, references),
 * against the projects as they are now; nothing is written. A row with a code updates that project.
 */
export async function checkRows(args: {
  db: Database;
  actor: Actor;
  rows: readonly ParsedRow[];
  seenCodes: Map<string, number>;
  requestId?: string;
}): Promise<{ checked: CheckedRow[]; errors: ImportError[] }> {
  authorizeRole(args.actor, 'project.write');
  const codes = args.rows.map((r) => r.values.code).filter((c): c is string => typeof c === 'string');
  const existing = codes.length
    ? new Map(
        (await args.db.select().from(projects).where(inArray(projects.code, codes))).map((p) => [p.code, p] as const),
      )
    : new Map();
  const inputs = args.rows.map(({ values }) => {
    const { code: _, ...given } = values;
    // An empty cell leaves a required field to its default (or unchanged) and clears an optional one.
    return Object.fromEntries(
      Object.entries(given).filter(([field, v]) => v !== null || nullableFields.has(field as EditableField)),
    );
  });
  const refs = await loadReferences(args.db, inputs as never);
  const checked: CheckedRow[] = [];
  const errors: ImportError[] = [];
  for (const [i, { row, values }] of args.rows.entries()) {
    const input = inputs[i] as Record<string, unknown>;
    const code = typeof values.code === 'string' ? values.code : null;
    try {
      if (code) {
        const before = existing.get(code);
        if (!before) throw new AppError('BAD_USER_INPUT', `没有编号为${code}的项目`, { field: 'code' });
        const first = args.seenCodes.get(code);
        if (first !== undefined) {
          throw new AppError('BAD_USER_INPUT', `与第${first}行是同一个项目`, { field: 'code' });
        }
        args.seenCodes.set(code, row);
        const patch = parseProjectPatch(input);
        // A workbook exported whole comes back with other units' rows: as they stand, they are left alone.
        if (
          !can(args.actor, 'project.write', { unitId: before.leadUnitId }) &&
          Object.keys(projectPatchChanges(before, patch, refs).changes).length === 0
        ) {
          checked.push({ row, kind: 'unchanged', othersUnit: true });
          continue;
        }
        const update = prepareProjectUpdate(args.actor, before, patch, refs);
        if (!update) {
          checked.push({ row, kind: 'unchanged' });
          continue;
        }
        checked.push({
          row,
          kind: 'update',
          id: before.id,
          version: before.version,
          values: update.set,
          records: auditValues({
            actor: args.actor,
            action: 'project.update',
            entityType: 'project',
            entityId: before.id,
            projectId: before.id,
            changes: update.changes,
            requestId: args.requestId,
          }),
        });
      } else {
        const prepared = prepareNewProject(args.actor, input);
        // The code is numbered when the whole file goes in; this one is a placeholder.
        const records = newProjectRecords(prepared, refs, { actor: args.actor, requestId: args.requestId, code: '' });
        checked.push({ row, kind: 'create', records });
      }
    } catch (caught) {
      if (!(caught instanceof AppError)) throw caught;
      // A promoter's row for another unit's project: say so, at the unit's column.
      const error =
        caught.code === 'FORBIDDEN' && args.actor.role === 'PROMOTER'
          ? new AppError('FORBIDDEN', '招商人员只能导入本单位牵头的项目，责任单位应为本单位', { field: 'leadUnitId' })
          : caught;
      const field = typeof error.details.field === 'string' ? error.details.field : null;
      errors.push({ row, column: field ? (fieldHeaders.get(field) ?? field) : null, message: error.message });
    }
  }
  return { checked, errors };
}
