import { EditorPage } from './models/editor-page';
import { expect, screenshot, test } from './support/fixtures';

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

test('a long article: a new paragraph typed at once, at its end or in its middle, gets every letter in order', async ({ page, workspace }) => {
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
  const stored = (await workspace.api<{ body: { content: { content?: { text: string }[] }[] } }>('articles.get', { id: created.id })).body.content;
  const text = (block: { content?: { text: string }[] } | undefined) => (block?.content ?? []).map((part) => part.text).join('');
  expect(stored).toHaveLength(PARAGRAPHS + 2);
  expect(text(stored[PARAGRAPHS / 2 + 1])).toBe('Đoạn chen giữa');
  expect(text(stored.at(-1))).toBe('Ban Tuyên giáo Tỉnh ủy');
  expect(stored.map(text)).toEqual(await editor.body.locator(':scope > p').allTextContents());
});
