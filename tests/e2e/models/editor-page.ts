import { expect, type Locator, type Page } from '@playwright/test';

export class EditorPage {
  readonly title: Locator;
  readonly lead: Locator;
  readonly body: Locator;
  readonly byline: Locator;
  readonly saveState: Locator;
  readonly wordCount: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Tiêu đề', { exact: true });
    this.lead = page.getByLabel('Sapo');
    this.body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
    this.byline = page.getByLabel('Tác giả bài viết (dòng ký tên cuối bài)');
    this.saveState = page.getByTestId('save-state');
    this.wordCount = page.getByTestId('word-count');
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/^Đã lưu \d{2}:\d{2}$/);
  }

  async typeBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.type(text);
  }

  articleId(): string {
    const match = /#\/bai-viet\/([a-z0-9-]+)/.exec(this.page.url());
    if (!match) throw new Error(`not on an article: ${this.page.url()}`);
    return match[1];
  }

  async saveVersion(): Promise<void> {
    await this.page.keyboard.press('Control+s');
    await expect(this.page.getByText(/^Đã lưu phiên bản lúc \d{2}:\d{2}\.$/)).toBeVisible();
  }

  async openVersions(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Thêm lệnh' }).click();
    await this.page.getByRole('menuitemcheckbox', { name: 'Các phiên bản' }).click();
    const panel = this.page.getByRole('complementary', { name: 'Phiên bản' });
    await expect(panel).toBeVisible();
    return panel;
  }
}
