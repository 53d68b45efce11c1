import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSheet } from './ledger.read.ts';

/** A workbook of two sheets, the ledger first, written by ExcelJS. */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ledger = book.addWorksheet('台账');
  ledger.addRow(['项目名称', '总投资']);
  ledger.addRow(['甲项目', 12]);
  ledger.addRow(['乙项目', '3.5亿']);
  book.addWorksheet('说明').addRow(['说明文字']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same parts in another order, as other writers (and ExcelJS on some runs) put them. */
async function reordered(buffer: Buffer, order: (paths: string[]) => string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(buffer);
  const target = new JSZip();
  for (const path of order(Object.keys(source.files).filter((p) => !source.files[p]?.dir))) {
    const part = await source.file(path)?.async('nodebuffer');
    if (part) target.file(path, part);
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function rowsOf(buffer: Buffer): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const row of readSheet(buffer)) rows.push([row.cell(1), row.cell(2)]);
  return rows;
}

describe('reading the first worksheet of an uploaded workbook', () => {
  const expected = [
    ['项目名称', '总投资'],
    ['甲项目', 12],
    ['乙项目', '3.5亿'],
  ];

  it('reads it whatever order the archive keeps its parts in', async () => {
    const original = await workbook();
    expect(await rowsOf(original)).toEqual(expected);
    // The strings and the sheets before the workbook that names them; the second sheet before the first.
    const workbookLast = await reordered(original, (paths) => [
      ...paths.filter((p) => p.includes('sharedStrings') || p.includes('_rels')),
      ...paths.filter((p) => p.includes('worksheets/')).reverse(),
      ...paths.filter((p) => !p.includes('sharedStrings') && !p.includes('_rels') && !p.includes('worksheets/')),
    ]);
    expect(await rowsOf(workbookLast)).toEqual(expected);
  });
});
