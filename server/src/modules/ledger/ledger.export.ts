import type { Writable } from 'node:stream';
import type { DatabaseOrTransaction } from '@zdyq/db/client';
import { nodeTemplateRows } from '@zdyq/db/queries';
import type { Reader } from '@zdyq/db/scope';
import ExcelJS from 'exceljs';
import { type Language, translate } from '../../i18n/translate.ts';
import { safeRow } from '../../lib/workbook.ts';
import { listProjects, type ProjectFilter } from '../project/project.queries.ts';
import { listUnits } from '../unit/unit.service.ts';
import { type ExportRow, headerIn, ledgerColumns, wordsIn } from './ledger.columns.ts';

const PAGE = 500;
const headerStyle = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE7E7' } },
} as const;

/**
 * Streams the 台账 for a filter: pages of 500 are read and written one after another, so 20,000
 * projects never sit in memory at once.
 */
export async function writeLedger(
  read: Reader,
  filter: ProjectFilter,
  out: Writable,
  language: Language,
): Promise<number> {
  const words = wordsIn(language);
  const [units, kinds] = await read(async (db) => [
    new Map((await listUnits(db)).map((u) => [u.id, u.name])),
    new Map((await nodeTemplateRows(db)).map((k) => [k.kind, k.name])),
  ]);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = book.addWorksheet(translate('项目台账', language), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ledgerColumns.map((c) => ({ header: headerIn(c, language), width: c.width }));
  sheet.getRow(1).font = headerStyle.font;
  sheet.getRow(1).fill = headerStyle.fill;
  sheet.getRow(1).commit();
  let after: string | null = null;
  let written = 0;
  for (;;) {
    const cursor: string | null = after;
    // Each row comes with its light as of the filter's day.
    const page: Awaited<ReturnType<typeof listProjects>> = await read((db) =>
      listProjects(db, { filter, first: PAGE, after: cursor, orderBy: { field: 'CODE', direction: 'ASC' } }),
    );
    for (const p of page.nodes) {
      const row = {
        ...p,
        leadUnitName: units.get(p.leadUnitId) ?? '',
        platformName: p.platformId ? (units.get(p.platformId) ?? null) : null,
        kindName: kinds.get(p.kind) ?? p.kind,
      };
      sheet.addRow(safeRow(ledgerColumns.map((c) => c.value(row, words)))).commit();
      written++;
    }
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  sheet.commit();
  await book.commit();
  return written;
}

/** A sheet's data validations by range: exceljs writes them but its types do not declare them. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;

/**
 * Drop-down lists on a template's columns, by each column's kind: the values live on a hidden sheet
 * (so a long unit list fits) and a value not in the list is refused as it is typed.
 */
export function withDropDowns(
  book: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  columns: ReadonlyArray<{ kind: string; required?: boolean; header: string }>,
  choices: Partial<Record<string, readonly string[]>>,
  language: Language,
): void {
  const listSheet = translate('选项', language);
  const lists = book.addWorksheet(listSheet, { state: 'hidden' });
  const listRange = new Map<string, string>();
  Object.entries(choices).forEach(([kind, values = []], i) => {
    const column = lists.getColumn(i + 1);
    column.values = [kind, ...values];
    const letter = column.letter;
    listRange.set(kind, `'${listSheet}'!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`);
  });
  columns.forEach((c, i) => {
    const range = listRange.get(c.kind);
    if (!range) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations(sheet).add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: headerIn(c, language),
      error: translate(`请从下拉列表中选择${c.header}`, language),
    });
  });
}

/** How many rows of the template's sheet carry the drop-down lists. */
export const TEMPLATE_ROWS = 5000;

/**
 * A filled-in project, shown on the notes sheet as an example, written by the columns themselves
 * (only the imported columns are read, so only their fields are given).
 */
const exampleProject = {
  code: '',
  name: '年产5万吨高性能纤维项目',
  investor: '浙江某新材料股份有限公司',
  industry: 'NEW_MATERIALS',
  source: 'NEW',
  kindName: '新建',
  isManufacturing: true,
  isForeign: false,
  totalInvestmentUsd: null,
  foreignInvestmentUsd: null,
  isChainProject: true,
  totalInvestment: '12',
  fixedAssetInvestment: '10.5',
  landArea: '150',
  leadUnitName: '',
  platformName: null,
  responsibleLeader: null,
  latitude: null,
  longitude: null,
  address: null,
  stage: 'SIGNED',
  signedOn: '2026-06-01',
} satisfies Partial<ExportRow>;

/**
 * An empty 台账 for filling in: the headers, drop-down lists (产业类别, 项目来源, 阶段, 是/否, and the
 * district's units) on the first rows, and a notes sheet with the rules and an example row. The lists
 * live on a hidden sheet, so a long unit list fits.
 */
export async function templateBook(db: DatabaseOrTransaction, language: Language): Promise<Buffer> {
  const words = wordsIn(language);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(translate('项目台账', language), { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = ledgerColumns.filter((c) => c.field);
  sheet.columns = columns.map((c) => ({ header: headerIn(c, language), width: c.width }));
  sheet.getRow(1).font = headerStyle.font;
  sheet.getRow(1).fill = headerStyle.fill;

  const units = (await listUnits(db)).map((u) => u.name);
  const kinds = (await nodeTemplateRows(db)).map((k) => k.name);
  const choices: Partial<Record<string, readonly string[]>> = {
    industry: Object.values(words.labels.industry),
    source: Object.values(words.labels.source),
    stage: Object.values(words.labels.stage),
    bool: [words.yes, words.no],
    unit: units,
    kind: kinds,
  };
  withDropDowns(book, sheet, columns, choices, language);

  const notes = book.addWorksheet(translate('填写说明', language));
  notes.getColumn(1).width = 100;
  for (const line of [
    '第一行为表头，请勿修改；每行一个项目。',
    '项目编号留空为新增项目；填写已有编号则更新该项目。',
    '金额以亿元为单位，可写“12”“12亿”或“120000万”；日期写作 2023-06-01。',
    '产业类别、项目来源、项目类型、阶段、是/否和单位请从下拉列表中选择；新增项目只能为“在谈”或“已签约”。',
    '项目类型（新建、技改、增资扩产等）决定项目签约时生成的节点，留空为“新建”。',
    '责任单位、所在平台/乡镇请填写系统中的单位名称；总投资50亿元以上须填写包抓领导。',
    '请勿使用公式。',
    '',
    '示例（填写在“项目台账”表中，本表不导入）：',
  ]) {
    notes.addRow([line && translate(line, language)]);
  }
  const header = notes.addRow(columns.map((c) => headerIn(c, language)));
  header.font = headerStyle.font;
  header.fill = headerStyle.fill;
  const example = {
    ...exampleProject,
    name: translate(exampleProject.name, language),
    investor: translate(exampleProject.investor, language),
  } as ExportRow;
  notes.addRow(columns.map((c) => c.value(example, words) ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}
