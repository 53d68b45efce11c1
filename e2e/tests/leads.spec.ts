import { expect, type Page, test } from '@playwright/test';
import { storageState } from './accounts.ts';
import { chooseOption, closeLists, typeOption } from './select.ts';

/** The district's day (Asia/Shanghai), as the server counts it. */
const day = (offset = 0) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const stamp = Date.now();
const title = `年产3万吨碳纤维复合材料项目-${stamp}`;
const company = `浙江碳谷新材料有限公司-${stamp}`;
let leadUrl = '';

/** Picks an option of a form's select, then closes whatever list is left open over the dialog's buttons. */
async function pick(page: Page, form: ReturnType<Page['getByRole']>, label: string, option: string) {
  await form.getByLabel(label).click();
  await chooseOption(page, option);
  await closeLists(page, form);
}

/** Fills an Ant Design date field by typing the day, as a keyboard user would. */
async function fillDate(page: Page, label: string, value: string, scope = page.locator('body')) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test.describe
  .serial('before the project: a lead to 在谈', () => {
    test('a promoter records a lead from an exhibition, a visit with a follow-up, the letter of intent, and converts it', async ({
      browser,
    }) => {
      test.slow();
      const context = await browser.newContext({ storageState: storageState('promoter') });
      const page = await context.newPage();
      await page.goto('/leads');
      await page.getByRole('button', { name: '新建线索' }).click();
      const form = page.getByRole('dialog', { name: '新建线索' });
      await form.getByLabel('线索名称').fill(title);
      // The company is new: registered here, its credit code checked by the server.
      await form.getByRole('button', { name: '新建客商' }).click();
      const investor = page.getByRole('dialog', { name: '新建客商' });
      await investor.getByLabel('客商名称').fill(company);
      await investor.getByLabel('统一社会信用代码').fill('91330604MA2BCDEF1N');
      await investor.getByRole('button', { name: '保存' }).click();
      await expect(investor.getByText('校验位正确')).toBeVisible();
      await investor.getByLabel('统一社会信用代码').fill('');
      await investor.getByRole('button', { name: '保存' }).click();
      await expect(investor).toBeHidden();
      await pick(page, form, '产业类别', '新材料');
      await pick(page, form, '线索来源', '展会');
      await form.getByLabel('意向投资（亿元）').fill('12');
      await form.getByRole('button', { name: '保存' }).click();

      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      leadUrl = page.url();
      await expect(page.getByTestId('lead-status')).toHaveText('新线索');

      // A visit, with the follow-up date that becomes a to-do.
      await page.getByRole('button', { name: '记录洽谈' }).click();
      const talk = page.getByRole('dialog', { name: '记录洽谈' });
      await talk.getByLabel('洽谈内容').fill('赴企业总部拜访，对方计划在杭州湾布局复合材料产线');
      await talk.getByLabel('下一步').fill('寄送园区用地资料');
      await fillDate(page, '跟进日期', day(7), talk);
      await talk.getByRole('button', { name: '保存' }).click();
      await expect(talk).toBeHidden();
      await expect(page.getByText('赴企业总部拜访，对方计划在杭州湾布局复合材料产线')).toBeVisible();
      await expect(page.getByText(`${day(7)} 跟进`)).toBeVisible();
      await expect(page.getByTestId('lead-status')).toHaveText('跟进中');

      // The letter of intent, judged by its bytes on the server.
      await page.getByRole('button', { name: '上传文档' }).first().click();
      const upload = page.getByRole('dialog', { name: '上传文档' });
      await upload.getByLabel('文档名称').fill('投资意向书');
      await upload.locator('input[type=file]').setInputFiles({
        name: '投资意向书.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% 投资意向书\n%%EOF\n'),
      });
      await upload.getByRole('button', { name: '保存' }).click();
      await expect(upload).toBeHidden();
      await expect(page.getByRole('link', { name: '投资意向书.pdf' })).toBeVisible();
      await expect(page.getByText('现行版本')).toBeVisible();

      await page.getByRole('button', { name: '转为在谈项目' }).click();
      await page.getByRole('dialog', { name: '转为在谈项目' }).getByRole('button', { name: '转为在谈项目' }).click();
      await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByTestId('project-stage')).toHaveText('在谈');
      await page.getByRole('tab', { name: '洽谈与文档' }).click();
      const history = page.getByRole('tabpanel', { name: '洽谈与文档' });
      await expect(history.getByText('赴企业总部拜访，对方计划在杭州湾布局复合材料产线')).toBeVisible();
      await expect(history.getByRole('link', { name: '投资意向书.pdf' })).toBeVisible();
      // The follow-up is in 我的待办, on the project now.
      await page.goto('/todo');
      await expect(page.getByText(`${title}：跟进（寄送园区用地资料）`)).toBeVisible();
      await context.close();
    });

    test('another unit chases the same company; ADMIN decides which unit leads (撞单)', async ({ browser }) => {
      test.slow();
      const other = await browser.newContext({ storageState: storageState('promoter2') });
      const page = await other.newPage();
      await page.goto('/leads');
      await page.getByRole('button', { name: '新建线索' }).click();
      const form = page.getByRole('dialog', { name: '新建线索' });
      await form.getByLabel('线索名称').fill(`碳纤维二期-${stamp}`);
      await typeOption(page, form.getByLabel('客商'), company);
      await pick(page, form, '产业类别', '新材料');
      await pick(page, form, '线索来源', '以商引商');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(page.getByText('撞单：区投资促进中心也在跟进该客商')).toBeVisible();
      await expect(page.getByText('待管理员裁定，默认由首报单位区投资促进中心牵头')).toBeVisible();
      const secondUrl = page.url();
      await other.close();

      const admin = await browser.newContext({ storageState: storageState('admin') });
      const adminPage = await admin.newPage();
      await adminPage.goto('/todo');
      await adminPage.getByText(`撞单：区投资促进中心 与 杭州湾经开区`).first().waitFor();
      await adminPage.goto(secondUrl);
      await adminPage.getByRole('button', { name: '裁定牵头单位' }).click();
      const decide = adminPage.getByRole('dialog', { name: '裁定牵头单位' });
      await decide.getByRole('radio', { name: /杭州湾经开区/ }).check();
      await decide.getByLabel('裁定说明').fill('经开区已与企业签订保密协议，由经开区牵头');
      await decide.getByRole('button', { name: '保存' }).click();
      await expect(
        adminPage.getByText('撞单已裁定：由杭州湾经开区牵头：经开区已与企业签订保密协议，由经开区牵头'),
      ).toBeVisible();
      await admin.close();

      // The first unit's record says so too.
      const first = await browser.newContext({ storageState: storageState('promoter') });
      const firstPage = await first.newPage();
      await firstPage.goto(leadUrl);
      await firstPage.getByRole('link', { name: /查看项目/ }).click();
      await expect(firstPage.getByText('撞单已裁定：由杭州湾经开区牵头')).toBeVisible();
      await first.close();
    });
  });
