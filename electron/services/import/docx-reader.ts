import { zipSync } from 'fflate';
import { ApiError } from '../../../shared/api/errors';
import { readZip } from '../storage/zip-reader';
import { MAX_IMPORT_BYTES } from '../../../shared/files/limits';
import { encodingOfFont, fromLegacy, type LegacyEncoding } from '../../../shared/text/legacy-encoding';


export interface DocxImage {
  /** The placeholder the HTML's img src carries. */
  key: string;
  contentType: string;
  bytes: Uint8Array;
  alt: string;
}

export interface DocxContent {
  html: string;
  images: DocxImage[];
  /** What could not be kept, said for people. */
  report: string[];
  /** The legacy encodings found (by the runs' fonts) and converted. */
  converted: LegacyEncoding[];
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuse(message: string): never {
  throw new ApiError('INVALID_INPUT', message);
}

/** The font each style gives its text (following `basedOn`), and the document's default. */
function styleFonts(stylesXml: string): { fontOf: (styleId: string | null | undefined) => string | null; defaultFont: string | null } {
  const fontIn = (xml: string): string | null => /<w:rFonts\b[^>]*?w:(?:ascii|hAnsi)="([^"]+)"/.exec(xml)?.[1] ?? null;
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(stylesXml)?.[1] ?? '';
  const styles = new Map<string, { font: string | null; basedOn: string | null }>();
  for (const match of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    styles.set(match[1], { font: fontIn(match[2]), basedOn: /<w:basedOn w:val="([^"]+)"/.exec(match[2])?.[1] ?? null });
  }
  const fontOf = (styleId: string | null | undefined): string | null => {
    for (let id = styleId, depth = 0; id && depth < 20; depth += 1) {
      const style = styles.get(id);
      if (!style) return null;
      if (style.font) return style.font;
      id = style.basedOn;
    }
    return null;
  };
  return { fontOf, defaultFont: fontIn(defaults) ?? fontOf('Normal') };
}

interface MammothElement {
  type: string;
  styleId?: string | null;
  font?: string | null;
  value?: string;
  children?: MammothElement[];
}

/** Mammoth's warnings, said for people (style names it does not map are no loss: the text keeps its place). */
function explain(message: string): string | null {
  if (/unrecognised (paragraph|run|table) style/i.test(message)) return null;
  const image = /image of type (\S+)/i.exec(message);
  if (image) return `Một hình dạng ${image[1].replace(/^image\/(x-)?/, '').toUpperCase()} (hình vẽ của Word) không hiển thị được trên web nên không giữ.`;
  if (/w:sym/i.test(message)) return 'Một số ký hiệu đặc biệt (phông Symbol, Wingdings) không chuyển được.';
  if (/comment/i.test(message)) return 'Lời bình (comment) trong Word không được nhập.';
  // Anything else is the library's own wording, in English: said for people, not quoted.
  return 'Một phần định dạng của văn bản không giữ được (nội dung chữ vẫn được nhập).';
}

/**
 * A .docx into clean HTML (mammoth), its images set aside for the photo desk, text typed in legacy fonts
 * (.VnTime…, VNI-…) converted by the font of each run (direct, or from its style, or the document's default).
 * Refuses, with a message, what is not a .docx: a .doc, a password-protected file, a damaged one, a zip bomb.
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<DocxContent> {
  if (bytes.length > MAX_IMPORT_BYTES) refuse(`«${name}» quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa ${MAX_IMPORT_BYTES / 1048576} MB).`);
  if (CFB.every((byte, index) => bytes[index] === byte)) {
    // An encrypted .docx is a compound file with these streams (their names, UTF-16, in its directory, wherever that lies).
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le')) || buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      refuse(`«${name}» được đặt mật khẩu. Hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi nhập.`);
    }
    refuse(`«${name}» là định dạng Word cũ (.doc). Hãy mở bằng Word và chọn Lưu thành → «Tài liệu Word (.docx)», rồi nhập tệp .docx.`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse(`«${name}» không phải tệp Word (.docx).`);
  const entries = await readZip(bytes, name);
  if (!entries.has('word/document.xml')) refuse(`«${name}» không có nội dung văn bản Word (có thể là tệp nén khác đổi đuôi).`);
  const styles = styleFonts(new TextDecoder().decode(entries.get('word/styles.xml') ?? new Uint8Array()));
  const converted = new Set<LegacyEncoding>();

  const visit = (element: MammothElement, paragraphStyle: string | null | undefined): void => {
    if (element.type === 'run') {
      const font = element.font ?? styles.fontOf(element.styleId) ?? styles.fontOf(paragraphStyle) ?? styles.defaultFont;
      const legacy = encodingOfFont(font);
      if (legacy) {
        const convert = (node: MammothElement): void => {
          if (node.type === 'text' && node.value) node.value = fromLegacy(node.value, legacy.encoding, { capitals: legacy.capitals });
          node.children?.forEach(convert);
        };
        element.children?.forEach(convert);
        converted.add(legacy.encoding);
      }
    }
    for (const child of element.children ?? []) visit(child, element.type === 'paragraph' ? element.styleId : paragraphStyle);
  };

  const images: DocxImage[] = [];
  // Loaded when a document comes in, not at start-up.
  const { default: mammoth } = await import('mammoth');
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      // Only the entries checked above, stored again as one plain zip: Word's library never sees another directory.
      { buffer: Buffer.from(zipSync(Object.fromEntries(entries), { level: 0 })) },
      {
        transformDocument: (document: MammothElement) => {
          visit(document, null);
          return document;
        },
        convertImage: mammoth.images.imgElement(async (image) => {
          const key = `toasoan-image-${images.length}`;
          images.push({ key, contentType: image.contentType, bytes: new Uint8Array(await image.readAsBuffer()), alt: (image as unknown as { altText?: string }).altText ?? '' });
          return { src: key };
        }),
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Caption'] => p.caption:fresh", 'u => u', 'strike => s'],
      },
    );
  } catch (error) {
    if (error instanceof ApiError) throw error;
    refuse(`«${name}» không đọc được: tệp bị hỏng hoặc không đúng định dạng Word. Hãy mở bằng Word và lưu lại rồi nhập.`);
  }
  const report = new Set<string>();
  for (const message of result.messages) {
    const said = explain(message.message);
    if (said) report.add(said);
  }
  return { html: result.value.normalize('NFC'), images, report: [...report], converted: [...converted] };
}
