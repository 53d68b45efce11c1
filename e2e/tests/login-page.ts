import type { Page } from '@playwright/test';

/** The sign-in page, located as a user sees it. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/login');
  }

  async signIn(username: string, password: string) {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.submit();
  }

  /**
   * The form's own 登录 button (not the provider's 使用浙政钉登录), by its role in the form: while
   * antd's loading icon fades out after an attempt its name reads "loading 登录".
   */
  async submit() {
    await this.page.locator('form button[type="submit"]', { hasText: /^登录$/ }).click();
  }
}
