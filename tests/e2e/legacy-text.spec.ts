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
  await page.getByRole('button', { name: /^Chuyển mã cũ: chữ gõ bằng phông TCVN3/ }).click();
  await expect(editor.body).toContainText('Ban Tuyên giáo Tỉnh ủy');
  await expect(page.getByText('Đã chuyển đoạn chọn từ VNI sang Unicode.')).toBeVisible();
  await editor.waitSaved();
  const saved = await workspace.api<{ body: unknown }>('articles.get', { id: article.id });
  expect(JSON.stringify(saved.body)).toContain('Ban Tuyên giáo Tỉnh ủy');
  expect(JSON.stringify(saved.body).normalize('NFC')).toBe(JSON.stringify(saved.body));
});

test('pasting from Word, LibreOffice or a web page keeps the structure and drops styles and scripts; letters come in composed (NFC)', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Bài dán từ Word' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  const editor = new EditorPage(page);
  await editor.body.click();
  const word = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:"Times New Roman"}</style><script>window.pwned = true</script></head><body>',
    '<h2 class="MsoHeading2" style="color:#c00000;font-size:16pt">Kết quả nổi bật</h2>',
    '<p class="MsoNormal" style="margin:0;font-family:Arial;color:red"><b>Đồng chí</b> <i>Nguyễn Hương Giang</i> <span style="mso-bidi-font-weight:bold">chủ trì</span> <u>Hội nghị</u>.<o:p></o:p></p>',
    '<ul><li style="color:blue">Thu ngân sách đạt 105%</li><li>Giải ngân <a href="https://quangninh.gov.vn/" onclick="alert(1)">vốn đầu tư</a></li></ul>',
    '<table border="1" style="width:600px"><tr><td style="background:yellow">GRDP</td><td>10,2%</td></tr></table>',
    `<p>${'Hội nghị tổng kết'.normalize('NFD')}</p>`,
    '<img src="https://example.com/tracker.gif" onerror="window.pwned = true">',
    '</body></html>',
  ].join('');
  await paste(page, { 'text/html': word, 'text/plain': 'Kết quả nổi bật' });
  await expect(editor.body.locator('h2')).toHaveText('Kết quả nổi bật');
  await expect(editor.body.locator('strong')).toHaveText('Đồng chí');
  await expect(editor.body.locator('em')).toHaveText('Nguyễn Hương Giang');
  await expect(editor.body.locator('u')).toHaveText('Hội nghị');
  await expect(editor.body.locator('ul li')).toHaveText(['Thu ngân sách đạt 105%', 'Giải ngân vốn đầu tư']);
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://quangninh.gov.vn/');
  await expect(editor.body.locator('td')).toHaveText(['GRDP', '10,2%']);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  // Composed in the editor itself, not only when saved: the checker and the search see what is shown.
  const shown = (await editor.body.textContent()) ?? '';
  expect(shown).toContain('Hội nghị tổng kết');
  expect(shown).toBe(shown.normalize('NFC'));
  await editor.waitSaved();
  const saved = JSON.stringify((await workspace.api<{ body: unknown }>('articles.get', { id: article.id })).body);
  expect(saved).toContain('Hội nghị tổng kết');
  expect(saved).toBe(saved.normalize('NFC'));
  expect(saved).not.toMatch(/color|font-family|Mso|onclick|onerror|tracker/);
});
