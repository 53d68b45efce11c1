import type { Writable } from 'node:stream';
import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { investorConflicts, investorContacts, investors, projects } from '@zdyq/db/schema';
import type { Reader } from '@zdyq/db/scope';
import { and, asc, inArray, isNull, or } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LeadFilter } from '../../generated/graphql.ts';
import { type Language, translate } from '../../i18n/translate.ts';
import { safeRow } from '../../lib/workbook.ts';
import type { Actor } from '../access/policy.ts';
import { wordsIn } from '../ledger/ledger.columns.ts';
import { listUnits } from '../unit/unit.service.ts';
import { listUsers } from '../user/user.service.ts';
import { funnel } from './funnel.service.ts';
import { leadsByIds, listLeads } from './lead.service.ts';

const PAGE = 500;

const leadHeaders = [
  ['线索名称', 30],
  ['客商', 30],
  ['统一社会信用代码', 22],
  ['产业类别', 14],
  ['线索来源', 12],
  ['状态', 10],
  ['意向投资（亿元）', 14],
  ['跟进单位', 18],
  ['跟进人', 10],
  ['收到日期', 12],
  ['撞单', 8],
  ['项目编号', 16],
  ['放弃原因', 24],
] as const;
const investorHeaders = [
  ['客商名称', 30],
  ['统一社会信用代码', 22],
  ['国家或地区', 12],
  ['产业类别', 14],
  ['联系人', 40],
] as const;

const headed = (sheet: ExcelJS.Worksheet, headers: ReadonlyArray<readonly [string, number]>, language: Language) => {
  sheet.columns = headers.map(([header, width]) => ({ header: translate(header, language), width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
};

/**
 * The leads of a filter (the list's) and their investors as a workbook in the user's language,
 * streamed a page of 500 per short read; cells that a spreadsheet would run as a formula are neutralised.
 */
export async function writeLeadBook(
  read: Reader,
  filter: LeadFilter,
  out: Writable,
  language: Language,
): Promise<number> {
  const words = wordsIn(language);
  const [units, people] = await read(async (db) => [
    new Map((await listUnits(db)).map((u) => [u.id, u.name])),
    new Map((await listUsers(db)).map((u) => [u.id, u.displayName])),
  ]);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = book.addWorksheet(translate('招商线索', language), { views: [{ state: 'frozen', ySplit: 1 }] });
  headed(sheet, leadHeaders, language);
  const investorIds = new Set<string>();
  let after: string | null = null;
  let written = 0;
  for (;;) {
    const cursor = after;
    const { page, codes, conflicted } = await read(async (db) => {
      const page = await listLeads(db, filter, PAGE, cursor);
      const leadIds = page.nodes.map((l) => l.id);
      const projectIds = page.nodes.flatMap((l) => (l.projectId ? [l.projectId] : []));
      const [codes, open] = await Promise.all([
        projectIds.length
          ? db.select({ id: projects.id, code: projects.code }).from(projects).where(inArray(projects.id, projectIds))
          : [],
        leadIds.length
          ? db
              .select({ a: investorConflicts.firstLeadId, b: investorConflicts.secondLeadId })
              .from(investorConflicts)
              .where(
                and(
                  isNull(investorConflicts.decidedAt),
                  or(inArray(investorConflicts.firstLeadId, leadIds), inArray(investorConflicts.secondLeadId, leadIds)),
                ),
              )
          : [],
      ]);
      return {
        page,
        codes: new Map(codes.map((p) => [p.id, p.code])),
        conflicted: new Set(open.flatMap((c) => [c.a, c.b])),
      };
    });
    const found = await read(async (db) =>
      db
        .select({ id: investors.id, name: investors.name, creditCode: investors.creditCode })
        .from(investors)
        .where(inArray(investors.id, [...new Set(page.nodes.map((l) => l.investorId))])),
    );
    const byId = new Map(found.map((i) => [i.id, i]));
    for (const l of page.nodes) {
      investorIds.add(l.investorId);
      const investor = byId.get(l.investorId);
      sheet
        .addRow(
          safeRow([
            l.title,
            investor?.name ?? '',
            investor?.creditCode ?? '',
            words.labels.industry[l.industry],
            words.labels.leadSource[l.source],
            words.labels.leadStatus[l.status],
            l.intendedInvestment === null ? null : Number(l.intendedInvestment),
            units.get(l.unitId) ?? '',
            l.ownerId ? (people.get(l.ownerId) ?? '') : '',
            l.receivedOn,
            conflicted.has(l.id) ? words.yes : words.no,
            l.projectId ? (codes.get(l.projectId) ?? '') : '',
            l.dropReason ?? '',
          ]),
        )
        .commit();
      written++;
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  sheet.commit();

  const companies = book.addWorksheet(translate('客商', language), { views: [{ state: 'frozen', ySplit: 1 }] });
  headed(companies, investorHeaders, language);
  const ids = [...investorIds];
  for (let i = 0; i < ids.length; i += PAGE) {
    const slice = ids.slice(i, i + PAGE);
    const [rows, contacts] = await read(async (db) => [
      await db.select().from(investors).where(inArray(investors.id, slice)).orderBy(asc(investors.nameKey)),
      await db
        .select()
        .from(investorContacts)
        .where(inArray(investorContacts.investorId, slice))
        .orderBy(asc(investorContacts.position)),
    ]);
    for (const inv of rows) {
      const people = contacts
        .filter((c) => c.investorId === inv.id)
        .map((c) => [c.name, c.title, c.phone, c.email].filter(Boolean).join(' '));
      companies
        .addRow(
          safeRow([
            inv.name,
            inv.creditCode ?? '',
            inv.country ?? '',
            inv.industry ? words.labels.industry[inv.industry] : '',
            words.list(people),
          ]),
        )
        .commit();
    }
  }
  companies.commit();
  await book.commit();
  return written;
}

/**
 * 招商漏斗 as a workbook (SPEC 3.1): the figures of the window, by source and by unit, and the leads
 * behind them with how far each went — the same answer as `funnel`, in the user's language.
 */
export async function funnelBook(
  db: DatabaseOrTransaction,
  actor: Actor,
  window: { from: string; to: string; regionId?: string | null },
  language: Language,
): Promise<Buffer> {
  const words = wordsIn(language);
  const f = await funnel(db, actor, window);
  const [unitNames, leadRows] = await Promise.all([
    listUnits(db).then((all) => new Map(all.map((u) => [u.id, u.name]))),
    leadsByIds(
      db,
      f.entries.map((e) => e.leadId),
    ).then((rows) => new Map(rows.map((l) => [l.id, l]))),
  ]);
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet(translate('招商漏斗', language));
  summary.columns = [{ width: 28 }, { width: 16 }];
  for (const [label, value] of [
    [translate('统计区间', language), `${f.from} ~ ${f.to}`],
    [words.labels.funnelStep.LEAD, f.leads],
    [words.labels.funnelStep.NEGOTIATING, f.negotiating],
    [words.labels.funnelStep.SIGNED, f.signed],
    [words.labels.funnelStep.STARTED, f.started],
    [translate('在谈转化率（%）', language), f.negotiatingRate],
    [translate('签约转化率（%）', language), f.signedRate],
    [translate('开工转化率（%）', language), f.startedRate],
    [translate('线索到签约中位天数', language), f.medianDaysToSign],
    [translate('签约到开工中位天数', language), f.medianDaysToStart],
  ] as const) {
    summary.addRow([label, value ?? '—']);
  }
  const steps = Object.values(words.labels.funnelStep);
  for (const [title, groups, name] of [
    ['按来源', f.bySource, (g: (typeof f.bySource)[number]) => (g.source ? words.labels.leadSource[g.source] : '')],
    ['按单位', f.byUnit, (g: (typeof f.byUnit)[number]) => (g.unitId ? (unitNames.get(g.unitId) ?? '') : '')],
  ] as const) {
    const sheet = book.addWorksheet(translate(title, language));
    sheet.columns = [{ width: 24 }, ...steps.map(() => ({ width: 12 }))];
    sheet.addRow([translate(title, language), ...steps]).font = { bold: true };
    for (const g of groups) sheet.addRow(safeRow([name(g), g.leads, g.negotiating, g.signed, g.started]));
  }
  const detail = book.addWorksheet(translate('线索明细', language));
  headed(
    detail,
    [
      ['线索名称', 30],
      ['线索来源', 12],
      ['跟进单位', 18],
      ['收到日期', 12],
      ['进展', 10],
      ['签约天数', 10],
      ['开工天数', 10],
    ],
    language,
  );
  for (const e of f.entries) {
    const l = leadRows.get(e.leadId);
    detail.addRow(
      safeRow([
        l?.title ?? '',
        l ? words.labels.leadSource[l.source] : '',
        l ? (unitNames.get(l.unitId) ?? '') : '',
        l?.receivedOn ?? '',
        words.labels.funnelStep[e.reached],
        e.daysToSign,
        e.daysToStart,
      ]),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
