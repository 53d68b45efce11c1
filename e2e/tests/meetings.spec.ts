import { expect, type Page, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { chooseOption, closeLists, typeOption } from './select.ts';

/** A day from today in the district, "YYYY-MM-DD". */
const dayFromToday = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function pickDate(page: Page, field: ReturnType<Page['getByLabel']>, day: string) {
  await field.click();
  await field.fill(day);
  await field.press('Enter');
}

test('ADMIN drafts the month’s 调度会 from the open escalations and records two 议定事项; the lead unit closes one from 我的待办', async ({
  browser,
}) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const meetingTitle = `项目调度会-${stamp}`;
  const decisions = [`限期完成用地报批-${stamp}`, `协调电力增容-${stamp}`];

  const adminContext = await browser.newContext({ storageState: storageState('admin') });
  const admin = await adminContext.newPage();
  await admin.goto('/meetings');
  await admin.getByRole('button', { name: '新建会议' }).click();
  const create = admin.getByRole('dialog', { name: '新建会议' });
  await expect(create.getByRole('radio', { name: '项目调度会' })).toBeChecked();
  await create.getByLabel('会议名称').fill(meetingTitle);
  await create.getByLabel('主持领导').click();
  await chooseOption(admin, '王建国');
  await create.getByRole('button', { name: '保存' }).click();
  await expect(admin.getByRole('heading', { name: meetingTitle })).toBeVisible();

  // The agenda starts from the problems escalated to leaders or a meeting.
  const agenda = admin.locator('.ant-card').filter({ has: admin.getByRole('heading', { name: '会议议题' }) });
  const escalated = agenda.getByRole('listitem').filter({ hasText: '已提级' });
  await expect(escalated.first()).toBeVisible();
  const items = await escalated.getByRole('link').allTextContents();
  const onItem = items[0];
  if (!onItem) throw new Error('no escalated problem on the drafted agenda');

  const decisionsCard = admin.locator('.ant-card').filter({ has: admin.getByRole('heading', { name: '议定事项' }) });
  for (const [i, title] of decisions.entries()) {
    await admin.getByRole('button', { name: '记录议定事项' }).click();
    const dialog = admin.getByRole('dialog', { name: '记录议定事项' });
    await dialog.getByLabel('所议议题').click();
    await chooseOption(admin, onItem);
    await dialog.getByLabel('议定内容').fill(title);
    await typeOption(admin, dialog.getByLabel('牵头单位'), '区投资促进中心');
    await pickDate(admin, dialog.getByLabel('办结期限'), dayFromToday(10 + i * 10));
    await closeLists(admin, dialog);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(decisionsCard.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(decisionsCard.getByRole('row')).toHaveCount(3);

  // The lead unit's promoter finds both in 我的待办, and carries the first out.
  const promoterContext = await browser.newContext({ storageState: storageState('promoter') });
  const promoter = await promoterContext.newPage();
  await promoter.goto('/todo');
  const pending = promoter.getByRole('region', { name: '待落实的议定事项' });
  for (const title of decisions) await expect(pending.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await pending.getByRole('link', { name: new RegExp(decisions[0] ?? '') }).click();
  await expect(promoter.getByRole('heading', { name: decisions[0] })).toBeVisible();
  await expect(promoter.getByText(`议定事项 · ${meetingTitle}`)).toBeVisible();
  await promoter.getByRole('button', { name: '开始办理' }).click();
  await expect(promoter.getByTestId('problem-status')).toHaveText('办理中');
  await promoter.getByLabel('内容', { exact: true }).fill('已完成用地报批材料并上报。');
  await promoter.getByRole('button', { name: '标记已解决' }).click();
  await expect(promoter.getByTestId('problem-status')).toHaveText('已解决');

  await promoter.goto('/todo');
  await expect(pending.getByRole('link', { name: new RegExp(decisions[1] ?? '') })).toBeVisible();
  await expect(pending.getByRole('link', { name: new RegExp(decisions[0] ?? '') })).toHaveCount(0);

  // The meeting shows where each stands.
  await admin.reload();
  const first = decisionsCard.getByRole('row').filter({ hasText: decisions[0] ?? '' });
  await expect(first).toContainText('已解决');
  await promoterContext.close();
  await adminContext.close();
});

test('a leader finds last month’s 调度会 with its 议定事项 and the issued 督查通报, and convenes a 专题协调会 they chair', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ storageState: storageState('leader') });
  const page = await context.newPage();
  await page.goto('/meetings');
  // The demo's meetings: held before today, chaired by the leader, their decisions counted.
  const dispatch = page.getByRole('row').filter({ hasText: /\d{4}年\d{1,2}月招大引强项目调度会/ });
  await expect(dispatch).toContainText('王建国');
  await expect(dispatch).toContainText('2 项');
  await dispatch.getByRole('link').click();
  await expect(page.getByRole('heading', { name: /招大引强项目调度会/ })).toBeVisible();
  const decisions = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '议定事项' }) });
  await expect(decisions.getByRole('row')).toHaveCount(3);
  await expect(page.getByText('会议听取了各牵头单位重点项目推进情况汇报')).toBeVisible();
  await testInfo.attach('meeting-1440', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  // The bulletins issued: a quarterly and a monthly one, each to download; issuing is the office's.
  await page.goto('/meetings?tab=bulletins');
  await expect(page.getByRole('link', { name: /^下载 招大引强项目督查通报（\d{4}年第\d季度）/ }).first()).toBeVisible();
  await expect(
    page.getByRole('link', { name: /^下载 招大引强项目督查通报（\d{4}年\d{1,2}月）/ }).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '出具通报' })).toHaveCount(0);

  // The leader convenes a meeting: they chair it unless they choose another.
  await page.getByRole('tab', { name: '调度会' }).click();
  await page.getByRole('button', { name: '新建会议' }).click();
  const create = page.getByRole('dialog', { name: '新建会议' });
  await create.getByRole('radio', { name: '专题协调会' }).check();
  const title = `用地保障专题协调会-${Date.now().toString(36)}`;
  await create.getByLabel('会议名称').fill(title);
  await expect(create.getByText('王建国')).toBeVisible();
  await create.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: '记录议定事项' })).toBeVisible();
  await context.close();
});
