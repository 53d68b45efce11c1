import type { Writable } from 'node:stream';
import type { DatabaseOrTransaction } from '@zdyq/db/client';
import ExcelJS from 'exceljs';
import { today } from '../../lib/dates.ts';
import { safeRow } from '../../lib/workbook.ts';
import { lightsOf, listProjects, type ProjectFilter } from '../project/project.queries.ts';
import { listUnits } from '../unit/unit.service.ts';
import { labels, ledgerColumns } from './ledger.columns.ts';

const PAGE = 500;
const headerStyle = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE7E7' } },
} as const;

/**
 * Streams the 台账 for a filter: pages of 500 are read and written one after another, so 20,000
 * projects never sit in memory at once.
 */
export async function writeLedger(db: DatabaseOrTransaction, filter: ProjectFilter, out: Writable): Promise<number> {
  const units = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = book.addWorksheet('项目台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ledgerColumns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = headerStyle.font;
  sheet.getRow(1).fill = headerStyle.fill;
  sheet.getRow(1).commit();
  let after: string | null = null;
  let written = 0;
  const asOf = filter.asOf ?? today();
  for (;;) {
    const page = await listProjects(db, { filter, first: PAGE, after, orderBy: { field: 'CODE', direction: 'ASC' } });
    const lights = new Map(
      (
        await lightsOf(
          db,
          page.nodes.map((p) => p.id),
          asOf,
        )
      ).map((l) => [l.id, l.light]),
    );
    for (const p of page.nodes) {
      const row = {
        ...p,
        leadUnitName: units.get(p.leadUnitId) ?? '',
        platformName: p.platformId ? (units.get(p.platformId) ?? null) : null,
        light: labels.light[lights.get(p.id) ?? 'GREEN'],
      };
      sheet.addRow(safeRow(ledgerColumns.map((c) => c.value(row)))).commit();
      written++;
    }
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  sheet.commit();
  await book.commit();
  return written;
}

/** An empty 台账 with the headers and one example row, for filling in. */
export async function templateBook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('项目台账');
  sheet.columns = ledgerColumns.filter((c) => c.field).map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = headerStyle.font;
  sheet.getRow(1).fill = headerStyle.fill;
  const notes = book.addWorksheet('填写说明');
  notes.columns = [{ width: 100 }];
  for (const line of [
    '第一行为表头，请勿修改；每行一个项目。',
    '项目编号留空为新增项目；填写已有编号则更新该项目。',
    '金额以亿元为单位，可写“12”“12亿”或“120000万”；日期写作 2023-06-01。',
    '产业类别、项目来源、阶段请填写中文名称，如“新材料”“新引进”“在谈”；新增项目只能为“在谈”或“已签约”。',
    '责任单位、所在平台/乡镇请填写系统中的单位名称；总投资50亿元以上须填写包抓领导。',
    '请勿使用公式。',
  ]) {
    notes.addRow([line]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
