import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { rowsOf } from '@zdyq/db/queries';
import { investors, leads, units } from '@zdyq/db/schema';
import type { Industry, LeadSource } from '@zdyq/db/values';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { type Language, languages, translate } from '../../i18n/translate.ts';
import { today } from '../../lib/dates.ts';
import { type Actor, authorizeRole, can } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isCreditCode } from '../investor/credit-code.ts';
import { findConflicts } from '../investor/investor.service.ts';
import { headerIn, wordsIn } from '../ledger/ledger.columns.ts';
import { TEMPLATE_ROWS, withDropDowns } from '../ledger/ledger.export.ts';
import {
  CellError,
  cellText,
  convertAmount,
  headersOf,
  type ImportError,
  labelLookup,
  parseDate,
  requireHeaders,
} from '../ledger/ledger.import.ts';
import { readSheet } from '../ledger/ledger.read.ts';

type Kind = 'text' | 'creditCode' | 'industry' | 'leadSource' | '亿元' | 'date' | 'unit';
type Field =
  | 'title'
  | 'investor'
  | 'creditCode'
  | 'country'
  | 'industry'
  | 'source'
  | 'intendedInvestment'
  | 'receivedOn'
  | 'unitId';

/** The columns of the 招商线索 import, in the template's order; the headers read in either language. */
export const leadColumns: ReadonlyArray<{
  header: string;
  field: Field;
  kind: Kind;
  required?: boolean;
  width: number;
}> = [
  { header: '线索名称', field: 'title', kind: 'text', required: true, width: 30 },
  { header: '客商', field: 'investor', kind: 'text', required: true, width: 30 },
  { header: '统一社会信用代码', field: 'creditCode', kind: 'creditCode', width: 22 },
  { header: '国家或地区', field: 'country', kind: 'text', width: 12 },
  { header: '产业类别', field: 'industry', kind: 'industry', required: true, width: 14 },
  { header: '线索来源', field: 'source', kind: 'leadSource', required: true, width: 12 },
  { header: '意向投资（亿元）', field: 'intendedInvestment', kind: '亿元', width: 14 },
  { header: '收到日期', field: 'receivedOn', kind: 'date', required: true, width: 12 },
  { header: '跟进单位', field: 'unitId', kind: 'unit', width: 18 },
];

const byHeader = new Map(leadColumns.flatMap((c) => languages.map((l) => [headerIn(c, l), c] as const)));

const lookups = { industry: labelLookup('industry'), leadSource: labelLookup('leadSource') };

/** The units a lead of the request's own region may follow, by name. */
async function ownUnits(db: DatabaseOrTransaction): Promise<Map<string, string>> {
  const rows = await rowsOf<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM ${units} WHERE region_id = zdyq_region() ORDER BY sort_order, name`,
  );
  return new Map(rows.map((u) => [u.name, u.id]));
}

/** An empty 招商线索 sheet with drop-downs (产业类别, 线索来源, the region's units) to fill in. */
export async function leadTemplateBook(db: DatabaseOrTransaction, language: Language): Promise<Buffer> {
  const words = wordsIn(language);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(translate('招商线索', language), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = leadColumns.map((c) => ({ header: headerIn(c, language), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  withDropDowns(
    book,
    sheet,
    leadColumns,
    {
      industry: Object.values(words.labels.industry),
      leadSource: Object.values(words.labels.leadSource),
      unit: [...(await ownUnits(db)).keys()],
    },
    language,
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

type Parsed = {
  row: number;
  title: string;
  investor: string;
  creditCode: string | null;
  country: string | null;
  industry: Industry;
  source: LeadSource;
  intendedInvestment: string | null;
  receivedOn: string;
  unitId: string | null;
};

function parseCell(kind: Kind, raw: ExcelJS.CellValue, names: Map<string, string>, language: Language): unknown {
  const v = cellText(raw);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  const words = wordsIn(language);
  switch (kind) {
    case 'text':
      return String(v).trim();
    case 'creditCode': {
      const code = String(v).trim();
      if (!isCreditCode(code)) throw new CellError(`“${code}”不是有效的统一社会信用代码`);
      return code;
    }
    case 'industry':
    case 'leadSource': {
      const code = lookups[kind].get(String(v).trim());
      if (!code)
        throw new CellError(`“${String(v)}”不是可选的值，可选：${words.list(Object.values(words.labels[kind]))}`);
      return code;
    }
    case '亿元':
      if (typeof v === 'boolean' || v instanceof Date) throw new CellError(`“${String(v)}”不是有效的数字`);
      return convertAmount(v, '亿元');
    case 'date':
      return parseDate(v);
    case 'unit': {
      const id = names.get(String(v).trim());
      if (!id) throw new CellError(`本级没有名为“${String(v)}”的单位`);
      return id;
    }
  }
}

export type LeadImportResult = { dryRun: boolean; total: number; created: number; errors: ImportError[] };

/**
 * 招商线索 from a filled-in template (SPEC 3.1), all or nothing: every row is checked first — the
 * credit code by its check character, the values against the lists, a promoter's rows of their own
 * unit — and the errors come back by row and column with nothing written; else, unless `dryRun`, the
 * leads are written in one transaction, each under its investor (the region's of that code, else
 * of that name, else a new one), and 撞单 are looked for as for one saved by hand.
 */
export async function importLeads(args: {
  db: DatabaseOrTransaction;
  actor: Actor;
  buffer: Buffer;
  dryRun: boolean;
  language: Language;
  requestId?: string;
}): Promise<LeadImportResult> {
  authorizeRole(args.actor, 'lead.write');
  const names = await ownUnits(args.db);
  const headers = new Map<number, string>();
  const rows: Parsed[] = [];
  const errors: ImportError[] = [];
  const day = today();
  let first = true;
  for await (const sheetRow of readSheet(args.buffer)) {
    if (first) {
      first = false;
      for (const [col, text] of headersOf(sheetRow)) headers.set(col, text);
      requireHeaders(headers, leadColumns, args.language);
      continue;
    }
    const values: Partial<Record<Field, unknown>> = {};
    let filled = false;
    const fail = (column: { header: string }, message: string) =>
      errors.push({ row: sheetRow.number, column: headerIn(column, args.language), message });
    for (const [col, header] of headers) {
      const column = byHeader.get(header);
      if (!column) continue;
      try {
        const value = parseCell(column.kind, sheetRow.cell(col), names, args.language);
        if (value !== null) filled = true;
        values[column.field] = value;
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        filled = true;
        fail(column, error.message);
      }
    }
    if (!filled) continue;
    for (const column of leadColumns) {
      if (
        column.required &&
        (values[column.field] ?? null) === null &&
        !errors.some((e) => e.row === sheetRow.number && e.column === headerIn(column, args.language))
      )
        fail(column, '必填');
    }
    const unitId = (values.unitId as string | null) ?? args.actor.unitId;
    const unitColumn = leadColumns.find((c) => c.field === 'unitId') as (typeof leadColumns)[number];
    if (!unitId) fail(unitColumn, '请填写跟进单位');
    else if (!can(args.actor, 'lead.write', { unitId })) fail(unitColumn, '只能导入本单位的线索');
    if (typeof values.receivedOn === 'string' && values.receivedOn > day)
      fail(leadColumns.find((c) => c.field === 'receivedOn') as (typeof leadColumns)[number], '收到日期不能晚于今天');
    if (typeof values.title === 'string' && values.title.length > 100)
      fail(leadColumns[0] as (typeof leadColumns)[number], '线索名称不能超过100个字');
    rows.push({ row: sheetRow.number, ...(values as Omit<Parsed, 'row'>), unitId: unitId ?? null });
  }
  if (rows.length === 0 && errors.length === 0)
    throw new AppError('BAD_USER_INPUT', '文件中没有数据行', { field: 'file' });
  const result = { dryRun: args.dryRun, total: rows.length, created: 0, errors };
  if (errors.length > 0 || args.dryRun) return result;

  const created = await args.db.transaction(async (tx) => {
    const ids: string[] = [];
    // Each investor once, the region's own where it has it.
    const investorOf = new Map<string, string>();
    // The names as 撞单 folds them, all in one statement: rows naming one company alike share it.
    const keys = await rowsOf<{ key: string }>(
      tx,
      sql`SELECT zdyq_name_key(n) AS key FROM unnest(ARRAY[${sql.join(
        rows.map((r) => sql`${r.investor}`),
        sql`, `,
      )}]::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i`,
    );
    for (const [n, r] of rows.entries()) {
      const memo = r.creditCode ? `code:${r.creditCode}` : `name:${keys[n]?.key}`;
      let investorId = investorOf.get(memo);
      if (!investorId) {
        const [existing] = await rowsOf<{ id: string }>(
          tx,
          r.creditCode
            ? sql`SELECT id FROM ${investors} WHERE region_id = zdyq_region() AND credit_code = ${r.creditCode}`
            : sql`SELECT id FROM ${investors} WHERE region_id = zdyq_region() AND name_key = zdyq_name_key(${r.investor})
                ORDER BY created_at LIMIT 1`,
        );
        investorId =
          existing?.id ??
          (
            await tx
              .insert(investors)
              .values({
                name: r.investor,
                creditCode: r.creditCode,
                country: r.country,
                industry: r.industry,
                createdById: args.actor.id,
              })
              .returning({ id: investors.id })
          )[0]?.id;
        if (!investorId) throw new Error('investor insert returned no row');
        investorOf.set(memo, investorId);
      }
      const [lead] = await tx
        .insert(leads)
        .values({
          title: r.title,
          investorId,
          industry: r.industry,
          intendedInvestment: r.intendedInvestment,
          source: r.source,
          receivedOn: r.receivedOn,
          unitId: r.unitId as string,
          ownerId: args.actor.role === 'PROMOTER' ? args.actor.id : null,
          createdById: args.actor.id,
        })
        .returning({ id: leads.id });
      if (!lead) throw new Error('lead insert returned no row');
      ids.push(lead.id);
    }
    await recordAudit(tx, {
      actor: args.actor,
      action: 'lead.import',
      entityType: 'lead',
      entityId: ids[0] ?? 'import',
      changes: { created: { from: null, to: ids.length } },
      requestId: args.requestId,
    });
    await findConflicts(tx, { leadIds: ids });
    return ids.length;
  });
  return { ...result, created };
}
