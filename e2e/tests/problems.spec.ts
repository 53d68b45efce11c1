import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { ProjectPage } from './project-page.ts';
import { chooseOption, typeOption } from './select.ts';

const projectName = `年产30GWh动力电池基地项目-${Date.now()}`;
const title = `用能指标缺口5万吨标煤-${Date.now()}`;
let projectUrl = '';

test.describe
  .serial('问题督办: a blocking problem on a major project', () => {
    test('a promoter raises a 用能 problem on a ≥50亿 project, with a co-unit', async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageState('promoter') });
      const page = await context.newPage();
      await page.goto('/projects');
      await page.getByRole('button', { name: '新增项目' }).click();
      const drawer = page.getByRole('dialog', { name: '新增项目' });
      await drawer.getByLabel('项目名称').fill(projectName);
      await drawer.getByLabel('投资方').fill('浙江虞能动力电池有限公司');
      await drawer.getByLabel('总投资（亿元）').fill('55');
      await drawer.getByLabel('包抓领导').fill('副区长 沈国平');
      await drawer.getByRole('button', { name: '保存' }).click();
      await expect(page.getByRole('heading', { name: projectName })).toBeVisible();
      projectUrl = page.url();
      await expect(page.getByText('绿灯')).toBeVisible();

      await page.getByRole('tab', { name: '问题督办' }).click();
      await page.getByRole('button', { name: '提出问题' }).click();
      const dialog = page.getByRole('dialog', { name: '提出问题' });
      await dialog.getByLabel('问题标题').fill(title);
      // My unit leads by default; a list not chosen asks to choose, not to type.
      await expect(dialog.locator('.ant-form-item').filter({ hasText: '牵头单位' }).first()).toContainText(
        '区投资促进中心',
      );
      await dialog.getByRole('button', { name: '提出问题' }).click();
      await expect(dialog.getByText('请选择问题类别')).toBeVisible();
      await dialog.getByLabel('问题类别').click();
      await chooseOption(page, '用能');
      await typeOption(page, dialog.getByLabel('牵头单位'), '区发改局');
      await typeOption(page, dialog.getByLabel('配合单位'), '杭州湾经开区');
      await dialog.getByLabel('问题描述').fill('企业用能需求超出本地能耗指标余量。');
      await dialog.getByRole('button', { name: '提出问题' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('link', { name: title })).toBeVisible();
      await context.close();
    });

    test('a leader writes an instruction and escalates; the project turns yellow', async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageState('leader') });
      const page = await context.newPage();
      await page.goto(projectUrl);
      await page.getByRole('tab', { name: '问题督办' }).click();
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      await page.getByLabel('发表批示').fill('请发改局本周内协调能耗指标，专人跟进。');
      await page.getByRole('button', { name: '发表批示' }).click();
      await expect(page.getByText('批示已发出，相关单位已收到通知')).toBeVisible();
      await expect(page.getByRole('alert').getByText('请发改局本周内协调能耗指标，专人跟进。')).toBeInViewport();
      await expect(page.getByText('领导批示')).toBeVisible();
      await page.getByRole('button', { name: '提级督办' }).click();
      await expect(page.getByTestId('problem-level')).toHaveText('区领导督办');

      await page.goto(projectUrl);
      await expect(page.getByRole('heading', { name: projectName })).toBeVisible();
      await expect(page.getByText('黄灯')).toBeVisible();
      await new ProjectPage(page).openTab('修改历史');
      await context.close();
    });

    test("the co-unit's user finds it in their unit's list", async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageState('promoter2') });
      const page = await context.newPage();
      await page.goto('/problems');
      await page.getByRole('checkbox', { name: '只看本单位（牵头或配合）' }).check();
      const column = page.getByRole('region', { name: '待办' });
      await expect(column.getByRole('link', { name: title })).toBeVisible();
      await column.getByRole('link', { name: title }).click();
      // A co-unit works the problem.
      await page.getByRole('button', { name: '开始办理' }).click();
      await expect(page.getByTestId('problem-status')).toHaveText('办理中');
      await context.close();
    });
  });
