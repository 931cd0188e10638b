import { describe, expect, it } from 'vitest';
import { figurePhotoIds, portalHtml, slugify } from '../../../shared/publish/html';

describe('the body as the portal shows it', () => {
  const body = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Mục <một>' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' và ' },
          { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://quangninh.gov.vn/' } }] },
          { type: 'text', text: ' và ' },
          { type: 'text', text: 'độc', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        ],
      },
      { type: 'figure', attrs: { photoId: 'abc12345' }, content: [{ type: 'text', text: 'Toàn cảnh Hội nghị.' }] },
      { type: 'figure', attrs: { photoId: 'notuploaded' }, content: [] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ý một' }] }] }] },
    ],
  };

  it('writes clean HTML, figures pointing at the uploaded media with the credit, the byline last', () => {
    const html = portalHtml(body, 'Ngô Giang Sơn', (id) => (id === 'abc12345' ? { id: '42', url: 'http://portal/a.jpg', alt: 'Hội trường', credit: 'PV' } : undefined));
    expect(html).toContain('<h2>Mục &lt;một&gt;</h2>');
    expect(html).toContain('<strong>Đậm</strong> và <a href="https://quangninh.gov.vn/">liên kết</a> và độc</p>');
    expect(html).toContain('<img src="http://portal/a.jpg" alt="Hội trường" class="wp-image-42"/><figcaption class="wp-element-caption">Toàn cảnh Hội nghị. <span class="photo-credit">(Ảnh: PV)</span></figcaption>');
    expect(html).not.toContain('notuploaded');
    expect(html).toContain('<ul><li>ý một</li></ul>');
    expect(html.endsWith('<p class="byline"><strong>Ngô Giang Sơn</strong></p>')).toBe(true);
    expect(figurePhotoIds(body)).toEqual(['abc12345', 'notuploaded']);
  });

  it('makes a slug without diacritics', () => {
    expect(slugify('Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026')).toBe('hoi-nghi-so-ket-quy-che-phoi-hop-nhiem-ky-2021-2026');
    expect(slugify('Đại hội Đảng bộ')).toBe('dai-hoi-dang-bo');
  });
});
