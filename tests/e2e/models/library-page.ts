import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly sort: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Thư viện bài viết' });
    this.search = page.getByRole('searchbox', { name: 'Tìm bài viết theo tiêu đề và nội dung' });
    this.statusFilter = page.getByRole('combobox', { name: 'Lọc theo trạng thái' });
    this.sort = page.getByRole('combobox', { name: 'Sắp xếp' });
    this.rows = page.locator('.article-table tbody tr');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.heading).toBeVisible();
  }

  /** A blank article, through the chooser a new article starts with. */
  async newArticle(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bài viết mới' }).click();
    await this.page.getByRole('dialog', { name: 'Bài viết mới' }).getByRole('button', { name: 'Tạo trang trắng' }).click();
    await expect(this.page.getByLabel('Tiêu đề', { exact: true })).toBeVisible();
  }

  titles(): Promise<string[]> {
    return this.page.locator('.article-table .article-link').allTextContents();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }
}
