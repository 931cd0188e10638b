import { EditorPage } from './models/editor-page';
import type { Page } from '@playwright/test';
import { expect, screenshot, test, type Workspace } from './support/fixtures';

const PARAGRAPHS = 300;

/**
 * A click on a paragraph's last line, then End: the caret at the paragraph's end. (Written when the far blocks of a
 * long article were tried with `content-visibility: auto`: the caret landed in the wrong place and paragraphs never
 * settled while scrolling, so that was taken out; this keeps any such trick honest.)
 */
async function clickAtEnd(paragraph: import('@playwright/test').Locator): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('paragraph not on screen');
  await paragraph.click({ position: { x: box.width - 4, y: box.height - 6 } });
  await paragraph.page().keyboard.press('End');
}

/** A 300-paragraph article, saved, then opened at its address (the editor's first screen). */
async function openLongArticle(page: Page, workspace: Workspace): Promise<{ id: string; editor: EditorPage }> {
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', { title: 'Báo cáo dài' });
  const content = Array.from({ length: PARAGRAPHS }, (_, index) => ({
    type: 'paragraph',
    // Paragraphs of one to six lines, as articles have them.
    content: [{ type: 'text', text: `Đoạn ${index + 1}. ${' Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội của tỉnh trong năm.'.repeat(1 + ((index * 7) % 6)).trim()}` }],
  }));
  await workspace.api('articles.save', { id: created.id, baseRevision: created.revision, title: 'Báo cáo dài', lead: '', byline: '', body: { type: 'doc', content } });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  const editor = new EditorPage(page);
  await expect(editor.body.getByText(`Đoạn ${PARAGRAPHS}.`)).toBeAttached();
  return { id: created.id, editor };
}

test('a long article: a new paragraph typed at once, at its end or in its middle, gets every letter in order', async ({ page, workspace }) => {
  const { id, editor } = await openLongArticle(page, workspace);

  // The last paragraph (far from the caret when clicked), a new paragraph after it, typed at once: every letter in
  // order, in the new paragraph.
  const last = editor.body.locator(':scope > p').last();
  await last.scrollIntoViewIfNeeded();
  await clickAtEnd(last);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ban Tuyên giáo Tỉnh ủy');
  await expect(editor.body.locator(':scope > p').last()).toHaveText('Ban Tuyên giáo Tỉnh ủy');

  // The same in the middle, clicked after scrolling there.
  const middle = editor.body.locator(':scope > p').nth(PARAGRAPHS / 2);
  await middle.scrollIntoViewIfNeeded();
  await clickAtEnd(middle);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn chen giữa');
  await expect(editor.body.locator(':scope > p').nth(PARAGRAPHS / 2 + 1)).toHaveText('Đoạn chen giữa');
  await screenshot(page, '50-long-article-middle');
  await editor.waitSaved();
  // Stored as shown, block for block: the later saves carried only the changed paragraphs, put in their place.
  const stored = (await workspace.api<{ body: { content: { content?: { text: string }[] }[] } }>('articles.get', { id })).body.content;
  const text = (block: { content?: { text: string }[] } | undefined) => (block?.content ?? []).map((part) => part.text).join('');
  expect(stored).toHaveLength(PARAGRAPHS + 2);
  expect(text(stored[PARAGRAPHS / 2 + 1])).toBe('Đoạn chen giữa');
  expect(text(stored.at(-1))).toBe('Ban Tuyên giáo Tỉnh ủy');
  expect(stored.map(text)).toEqual(await editor.body.locator(':scope > p').allTextContents());
});

test('a click at the end of a long article and Enter at once, before the page has told the editor of the click: the new paragraph is there, not at the top', async ({ page, workspace }) => {
  // A busy page, made certain: «selectionchange» (how the editor learns where a click put the caret) is a task of its
  // own, and input events already waiting can run before it on a busy main thread; a key the editor handles itself
  // then acted at its old caret. Here every «selectionchange» listener hears it 300 ms late. (The test above failed
  // once in CI with the symptom this gives without keys-at-caret.ts: the last paragraph unchanged.)
  await page.addInitScript(() => {
    const listen = Document.prototype.addEventListener;
    Document.prototype.addEventListener = function (this: Document, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type !== 'selectionchange' || typeof listener !== 'function') return listen.call(this, type, listener, options);
      return listen.call(this, type, (event: Event) => void setTimeout(() => listener.call(this, event), 300), options);
    } as typeof Document.prototype.addEventListener;
  });
  const { editor } = await openLongArticle(page, workspace);
  const paragraphs = editor.body.locator(':scope > p');
  const first = await paragraphs.first().textContent();
  const last = paragraphs.last();
  await last.scrollIntoViewIfNeeded();
  await clickAtEnd(last);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ban Tuyên giáo Tỉnh ủy');
  await expect(paragraphs.last()).toHaveText('Ban Tuyên giáo Tỉnh ủy');
  await expect(paragraphs).toHaveCount(PARAGRAPHS + 1);
  await expect(paragraphs.first()).toHaveText(first!);
});
