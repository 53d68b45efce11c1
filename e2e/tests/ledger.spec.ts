import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { storageState } from './accounts.ts';

test.describe('台账 in Excel', () => {
  test.use({ storageState: storageState('promoter') });

  test('a promoter fills the template, sees the bad row, fixes it, imports, and finds the projects in the export', async ({
    page,
  }) => {
    const stamp = Date.now();
    const names = [`导入项目甲-${stamp}`, `导入项目乙-${stamp}`];
    await page.goto('/projects');
    await page.getByRole('button', { name: '导入台账' }).click();
    const dialog = page.getByRole('dialog', { name: '导入台账' });

    const templateDownload = page.waitForEvent('download');
    await dialog.getByRole('link', { name: '下载导入模板' }).click();
    const template = await (await templateDownload).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(template)) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('the template has no sheet');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const row = (values: Record<string, unknown>) => headers.map((h) => values[h] ?? null);
    const base = {
      投资方: '浙江虞导新材料有限公司',
      产业类别: '新材料',
      项目来源: '新引进',
      制造业项目: '是',
      责任单位: '区投资促进中心',
    };
    sheet.addRow(row({ ...base, 项目名称: names[0], '总投资（亿元）': '12亿' }));
    sheet.addRow(row({ ...base, 项目名称: names[1], '总投资（亿元）': '十二亿' }));
    const choose = async (buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: '选择文件' }).click();
      await (await chooser).setFiles({
        name: '台账.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
    };

    await choose(Buffer.from(await book.xlsx.writeBuffer()));
    await expect(dialog.getByText('发现 1 处问题')).toBeVisible();
    await expect(dialog.getByRole('row', { name: /3.*总投资（亿元）.*“十二亿”不是有效金额/ })).toBeVisible();

    sheet.getRow(3).getCell(headers.indexOf('总投资（亿元）') + 1).value = 15;
    await choose(Buffer.from(await book.xlsx.writeBuffer()));
    await expect(dialog.getByText('将新增 2 个')).toBeVisible();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: names[0] })).toBeVisible();

    const exportDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出台账' }).click();
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await readFile(await (await exportDownload).path())) as unknown as ExcelJS.Buffer);
    const names_ = exported.worksheets[0]?.getColumn(2).values.map(String) ?? [];
    expect(names_).toEqual(expect.arrayContaining(names));

    // The export holds every unit's projects; one own row changed in Excel goes back in, the others left alone.
    const sheet_ = exported.worksheets[0];
    if (!sheet_) throw new Error('the export has no sheet');
    const exportHeaders = (sheet_.getRow(1).values as unknown[]).slice(1).map(String);
    const mine = names_.indexOf(names[0] as string);
    sheet_.getRow(mine).getCell(exportHeaders.indexOf('地址') + 1).value = '崧厦街道 联江路88号';
    await page.getByRole('button', { name: '导入台账' }).click();
    await choose(Buffer.from(await exported.xlsx.writeBuffer()));
    await expect(dialog.getByText(/更新 1 个/)).toBeVisible();
    await expect(dialog.getByText(/行是其他单位牵头的项目，未作改动，按原样保留/)).toBeVisible();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('link', { name: names[0] }).click();
    await expect(page.getByText('崧厦街道 联江路88号')).toBeVisible();
  });
});
