import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';

// A 1×1 PNG, as a phone camera would hand over a photo.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test.describe('履约监管 on a phone', () => {
  test.use({ storageState: storageState('inspector'), viewport: { width: 390, height: 844 } });

  test('an inspector records a check with tax per mu below the agreement and a photo; the project turns red on the board', async ({
    page,
    browser,
  }, testInfo) => {
    await page.goto('/compliance');
    const due = page.getByRole('listitem').filter({ hasText: '50亿以上' }).first();
    const name = (await due.getByRole('link').textContent()) ?? '';
    await due.getByRole('link').click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByRole('tab', { name: '履约监管' })).toHaveAttribute('aria-selected', 'true');

    await page.getByRole('button', { name: '记录检查' }).click();
    const drawer = page.getByRole('dialog', { name: '记录检查' });
    // The clauses due on the day are marked, and an empty one is refused inline before anything is sent.
    await expect(drawer.getByText(/项实测值到考核期，须填写/)).toBeVisible();
    await expect(drawer.locator('label[for="check_annualTax"]')).toHaveClass(/ant-form-item-required/);
    const previews = [] as string[];
    page.on('request', (r) => {
      if (r.postData()?.includes('PreviewCheck')) previews.push(r.url());
    });
    await drawer.getByRole('button', { name: '预览判定' }).click();
    await expect(drawer.getByText('该条款已到考核期，请填写实测值').first()).toBeVisible();
    expect(previews).toEqual([]);
    await drawer.getByLabel('实际投资（亿元）').fill('500');
    await drawer.getByLabel('年税收（万元）').fill('100');
    await drawer.getByLabel('检查情况').fill('现场核查：亩均税收明显低于协议约定。');
    const chooser = page.waitForEvent('filechooser');
    await drawer.getByRole('button', { name: '拍照或上传' }).click();
    await (await chooser).setFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: photo });
    await expect(drawer.getByText('现场照片.png')).toBeVisible();

    await drawer.getByRole('button', { name: '预览判定' }).click();
    const preview = drawer.getByRole('region', { name: '预览判定' });
    await expect(preview.getByTestId('preview-result')).toHaveText('履约不达标');
    await expect(preview.getByRole('row', { name: /亩均税收.*未达标/ })).toBeVisible();
    await expect(preview.getByText('亩均等级 D')).toBeVisible();
    await testInfo.attach('check-form', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    await drawer.getByRole('button', { name: '提交检查' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByTestId('compliance-status')).toHaveText('不达标');
    // The page's header follows at once, without a reload.
    await expect(page.getByTestId('project-light')).toHaveText('红灯');
    await expect(page.getByRole('link', { name: '现场照片.png' })).toBeVisible();

    const leaderContext = await browser.newContext({ storageState: storageState('leader') });
    const board = await leaderContext.newPage();
    await board.goto('/battle');
    const row = board.getByRole('row').filter({ has: board.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText('红灯');
    await expect(row).toContainText('不达标');
    await leaderContext.close();
  });
});
