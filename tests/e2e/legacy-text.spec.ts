import { EditorPage } from './models/editor-page';
import { expect, screenshot, test } from './support/fixtures';

async function paste(page: import('@playwright/test').Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const target = document.querySelector('.ProseMirror') as HTMLElement;
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

test('text typed years ago in TCVN3 or VNI comes in as Unicode: on paste (with an undo), by the font from Word, and by a command', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Bài chuyển mã' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  const editor = new EditorPage(page);
  await editor.body.click();

  // Garbled text from an old file: converted right after the paste; one Ctrl+Z gives the pasted text back.
  await paste(page, { 'text/plain': 'Héi nghÞ s¬ kÕt c«ng t¸c d©n vËn n¨m 2024' });
  await expect(editor.body).toContainText('Hội nghị sơ kết công tác dân vận năm 2024');
  await expect(page.getByText('Đoạn dán là chữ TCVN3 nên đã được chuyển sang Unicode. Bấm Ctrl+Z để giữ nguyên như lúc dán.')).toBeVisible();
  await screenshot(page, '26-legacy-paste');
  await page.keyboard.press('Control+z');
  await expect(editor.body).toContainText('Héi nghÞ s¬ kÕt c«ng t¸c d©n vËn n¨m 2024');
  await page.keyboard.press('Control+y');
  await expect(editor.body).toContainText('Hội nghị sơ kết công tác dân vận năm 2024');

  // From Word: the runs' fonts say it, capitals fonts as capitals.
  await page.keyboard.press('Enter');
  await paste(page, {
    'text/html': '<p><span style="font-family:.VnTimeH">uû ban nh©n d©n tØnh</span> <span style="font-family:\'.VnTime\'">th«ng b¸o</span> <span style="font-family:VNI-Times">lòch tieáp coâng daân</span></p>',
    'text/plain': 'uû ban nh©n d©n tØnh th«ng b¸o lòch tieáp coâng daân',
  });
  await expect(editor.body).toContainText('UỶ BAN NHÂN DÂN TỈNH thông báo lịch tiếp công dân');

  // A selection typed in VNI, converted by the command.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ban Tuyeân giaùo Tænh uûy');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: /^Chuyển chữ gõ bằng phông cũ/ }).click();
  await expect(editor.body).toContainText('Ban Tuyên giáo Tỉnh ủy');
  await expect(page.getByText('Đã chuyển đoạn chọn từ VNI sang Unicode.')).toBeVisible();
  await editor.waitSaved();
  const saved = await workspace.api<{ body: unknown }>('articles.get', { id: article.id });
  expect(JSON.stringify(saved.body)).toContain('Ban Tuyên giáo Tỉnh ủy');
  expect(JSON.stringify(saved.body).normalize('NFC')).toBe(JSON.stringify(saved.body));
});
