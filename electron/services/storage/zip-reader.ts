import { Inflate } from 'fflate';
import { ApiError } from '../../../shared/api/errors';

/** What a zip (a .docx, an article package) may unpack to: a "zip bomb" stops here, a report with its photos does not. */
export const ZIP_LIMITS = { maxUnpackedBytes: 600 * 1024 * 1024, maxRatio: 200, maxEntries: 5_000 };

function refuse(message: string): never {
  throw new ApiError('INVALID_INPUT', message);
}

/**
 * The entries of a zip, each inflated under a cap (the sizes its headers declare can lie): too many
 * entries, too much unpacked, or a ratio no document has, and it is refused with a message.
 */
export function readZip(bytes: Uint8Array, name: string): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The central directory: its end record is within the last 64 KiB.
  let end = -1;
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 65_557); index -= 1) {
    if (view.getUint32(index, true) === 0x06054b50) {
      end = index;
      break;
    }
  }
  if (end < 0) refuse(`«${name}» bị hỏng (không đọc được cấu trúc tệp nén).`);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count > ZIP_LIMITS.maxEntries) refuse(`«${name}» có quá nhiều thành phần (${count}); không phải một văn bản Word thông thường.`);
  let total = 0;
  for (let entry = 0; entry < count; entry += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) refuse(`«${name}» bị hỏng (mục lục của tệp không đúng).`);
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const entryName = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) refuse(`«${name}» bị hỏng (thành phần «${entryName}» không đọc được).`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    let unpacked: Uint8Array;
    if (method === 0) unpacked = data;
    else if (method === 8) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const inflate = new Inflate((chunk) => {
        size += chunk.length;
        total += chunk.length;
        if (total > ZIP_LIMITS.maxUnpackedBytes || size > Math.max(1_000_000, compressed * ZIP_LIMITS.maxRatio)) {
          refuse(`«${name}» bung ra quá lớn so với kích thước tệp (có thể là tệp độc hại “zip bomb”), nên không nhập.`);
        }
        chunks.push(chunk);
      });
      try {
        inflate.push(data, true);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        refuse(`«${name}» bị hỏng (thành phần «${entryName}» không giải nén được).`);
      }
      unpacked = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        unpacked.set(chunk, at);
        at += chunk.length;
      }
    } else refuse(`«${name}» dùng kiểu nén lạ (${method}); hãy mở bằng Word và lưu lại.`);
    entries.set(entryName, unpacked);
  }
  return entries;
}

