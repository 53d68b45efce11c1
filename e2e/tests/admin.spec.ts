import { expect, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { LoginPage } from './login-page.ts';
import { ProjectPage } from './project-page.ts';
import { chooseOption, typeOption } from './select.ts';

test.describe('系统管理', () => {
  test.use({ storageState: storageState('admin') });

  test('admin adds a promoter, who must change the initial password at first sign-in', async ({ page, browser }) => {
    // Its own account each run, so a retry starts afresh.
    const username = `sunli${Date.now().toString(36).slice(-5)}`;
    await page.goto('/admin');
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('孙丽');
    await dialog.getByLabel('角色').click();
    // Only the business roles: the administrators are the security administrator's to appoint.
    await expect(page.getByRole('option', { name: '安全管理员' })).toHaveCount(0);
    await chooseOption(page, '招商人员');
    await typeOption(page, dialog.getByLabel('所属单位'), '曹娥江经开区');
    await expect(dialog.getByTitle('曹娥江经开区')).toBeVisible();
    await dialog.getByLabel('初始密码').fill('welcome2024');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('密码须包含大写字母、小写字母、数字、符号中的至少三类')).toBeVisible();
    await dialog.getByLabel('初始密码').fill('Welcome-2024');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(
      page.getByRole('row', { name: new RegExp(`${username}.*孙丽.*招商人员.*曹娥江经开区.*待改初始密码`) }),
    ).toBeVisible();

    const context = await browser.newContext({ storageState: undefined });
    const newcomer = await context.newPage();
    const login = new LoginPage(newcomer);
    await login.goto();
    await login.signIn(username, 'Welcome-2024');
    await expect(newcomer.getByRole('heading', { name: '请先修改密码' })).toBeVisible();
    await newcomer.getByLabel('当前密码').fill('Welcome-2024');
    await newcomer.getByLabel('新密码', { exact: true }).fill('Caoe-river-2024');
    await newcomer.getByLabel('确认新密码').fill('Caoe-river-2024');
    await newcomer.getByRole('button', { name: '修改密码' }).click();
    await expect(newcomer.getByTestId('current-user')).toHaveText('孙丽');
    await expect(newcomer.getByRole('heading', { name: '请先修改密码' })).toHaveCount(0);
    await context.close();
  });

  test('admin adds a node to the 技改 template; a 技改 project signed afterwards has it', async ({ page }) => {
    test.slow();
    const node = `生产线调试-${Date.now().toString(36).slice(-5)}`;
    await page.goto('/admin');
    await page.getByRole('tab', { name: '项目类型与节点' }).click();
    await page.getByRole('button', { name: '编辑模板 技改' }).click();
    const drawer = page.getByRole('dialog', { name: '编辑模板 · 技改' });
    await drawer.getByRole('button', { name: '添加节点' }).click();
    const rows = drawer.locator('.template-node-row');
    const last = await rows.count();
    await drawer.getByLabel(`节点名称 ${last}`).fill(node);
    // Months that go back are refused beside the field, and nothing is saved.
    await drawer.getByLabel(`签约后月数 ${last}`).fill('1');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(drawer.getByText('节点应按计划月数由先到后排列')).toBeVisible();
    await drawer.getByLabel(`签约后月数 ${last}`).fill('20');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('模板已保存，此后签约的“技改”项目按新模板生成节点')).toBeVisible();
    await expect(drawer).toBeHidden();
    await page
      .getByRole('row', { name: /技改.*TECH_UPGRADE/ })
      .getByRole('button', { name: '展开行' })
      .click();
    await expect(page.getByTestId('template-nodes-TECH_UPGRADE')).toContainText(node);

    // A 技改 project logged and signed now gets the node, planned 20 months after signing.
    const name = `技改模板项目-${Date.now()}`;
    await page.goto('/projects');
    await page.getByRole('button', { name: '新增项目' }).click();
    const form = page.getByRole('dialog', { name: '新增项目' });
    await form.getByLabel('项目名称').fill(name);
    await form.getByLabel('投资方').fill('浙江虞舜技改有限公司');
    await form.getByLabel('总投资（亿元）').fill('3');
    await form.getByLabel('项目类型').click();
    await chooseOption(page, '技改');
    await typeOption(page, form.getByLabel('责任单位'), '区投资促进中心');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.locator('.ant-descriptions')).toContainText('技改');
    const project = new ProjectPage(page);
    await project.advanceTo('已签约');
    await project.openTab('节点');
    await expect(project.nodeRow(node)).toBeVisible();
    await expect(project.nodeRow('设备安装调试')).toBeVisible();
    await expect(project.nodeRow('主体结顶')).toHaveCount(0);
  });

  test('the administrator has no audit log, and other roles no administration page', async ({ page, browser }) => {
    await page.goto('/audit');
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/admin');
    await expect(page.getByRole('tab', { name: '操作日志' })).toHaveCount(0);
    const context = await browser.newContext({ storageState: storageState('leader') });
    const leader = await context.newPage();
    await leader.goto('/admin');
    await expect(leader).toHaveURL(/\/$/);
    await context.close();
  });
});

test.describe('系统管理 → 备份', () => {
  test.use({ storageState: storageState('admin') });

  test('ADMIN starts a backup and sees it listed, done, with its size and checksum', async ({ page }) => {
    await page.goto('/admin?tab=backups');
    await expect(page.getByRole('tab', { name: '备份', selected: true })).toBeVisible();
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(page.getByText('已开始备份，完成后列在下方')).toBeVisible();
    // The newest row, by hand, followed until done.
    const newest = page.getByRole('row').filter({ hasText: '手动（系统管理员）' }).first();
    await expect(newest).toContainText('已完成', { timeout: 90_000 });
    await expect(newest).toContainText(/\d+(\.\d)? (KB|MB)/);
    await expect(newest.getByRole('link', { name: /^zdyq-backup-\d{8}-\d{6}-\d{3}\.tar$/ })).toBeVisible();
  });
});
