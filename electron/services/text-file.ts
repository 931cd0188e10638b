import { ApiError } from '../../shared/api/errors';

/**
 * Reads bytes a person handed us (a CSV from Excel, a template file, a text for the checker): UTF-8
 * with or without BOM, or UTF-16 with its BOM. Anything else gets a message saying how to save it.
 */
export function decodeText(bytes: Uint8Array, what: string, options: { keepForm?: boolean } = {}): string {
  const finish = (text: string): string => (options.keepForm ? text : text.normalize('NFC'));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return finish(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new ApiError(
      'INVALID_INPUT',
      `${what} không phải văn bản UTF-8 (có thể là bảng mã cũ như TCVN3, VNI hay Windows-1258). Hãy mở tệp và lưu lại dạng «CSV UTF-8» hoặc «Unicode (UTF-8)» rồi thử lại.`,
    );
  }
}
