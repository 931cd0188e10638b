import { Inflate } from 'fflate';
import { ApiError } from '../../../shared/api/errors';

/**
 * What a zip (a .docx, an article package) may unpack to: a "zip bomb" stops here, a report with its photos does
 * not. The total keeps the peak memory of any hostile archive well under 300 MB above the idle host.
 */
export const ZIP_LIMITS = { maxUnpackedBytes: 256 * 1024 * 1024, maxRatio: 100, maxEntries: 5_000 };

/** Compressed input inflated per step: deflate expands at most ≈ 1,032 ×, so one step yields at most ≈ 4 MB. */
const INPUT_SLICE = 4 * 1024;
/** Let other calls in between every few megabytes of output. */
const YIELD_EVERY = 2 * 1024 * 1024;

function refuse(message: string): never {
  throw new ApiError('INVALID_INPUT', message);
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64Locator: 0x07064b50 };

/**
 * The entries of a zip, read from its one central directory and nothing else. Refused with a message: a ZIP64
 * archive or one with a second directory (another reader — Word's library — could see other entries than the ones
 * checked here), a directory that does not end the file, an entry whose local header disagrees with the directory,
 * two entries of the same name, too many entries, and one that unpacks to too much (the sizes the headers declare
 * can lie: inflation goes a slice at a time and stops at the cap, yielding to other calls as it goes).
 */
export async function readZip(bytes: Uint8Array, name: string): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (what: string): never => refuse(`«${name}» bị hỏng (${what}).`);
  // The end record is within the last 64 KiB, and its comment runs exactly to the end of the file.
  let end = -1;
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 65_557); index -= 1) {
    if (view.getUint32(index, true) === SIGNATURE.end && index + 22 + view.getUint16(index + 20, true) === bytes.length) {
      end = index;
      break;
    }
  }
  if (end < 0) damaged('không đọc được cấu trúc tệp nén');
  // A ZIP64 locator sits right before the end record: readers that know ZIP64 follow it to another directory.
  const zip64 = end >= 20 && view.getUint32(end - 20, true) === SIGNATURE.zip64Locator;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (zip64 || count === 0xffff || directoryStart === 0xffffffff || view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    refuse(`«${name}» dùng dạng nén ZIP64 hoặc có hơn một mục lục; Tòa soạn không nhận dạng này. Hãy mở bằng Word (hoặc xuất lại gói) và lưu lại.`);
  }
  if (count > ZIP_LIMITS.maxEntries) refuse(`«${name}» có quá nhiều thành phần (${count}); không phải một văn bản Word hay gói bài thông thường.`);
  if (directoryStart + directorySize !== end) damaged('mục lục không nằm liền trước phần kết của tệp');
  let offset = directoryStart;
  let total = 0;
  let sinceYield = 0;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let entry = 0; entry < count; entry += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== SIGNATURE.central) damaged('mục lục của tệp không đúng');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const declared = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const entryName = decoder.decode(nameBytes);
    offset += 46 + nameLength + extraLength + commentLength;
    if (compressed === 0xffffffff || declared === 0xffffffff || local === 0xffffffff) refuse(`«${name}» dùng dạng nén ZIP64; Tòa soạn không nhận dạng này.`);
    if (flags & 0x1) refuse(`«${name}» được đặt mật khẩu; hãy bỏ mật khẩu rồi nhập.`);
    if (entries.has(entryName)) refuse(`«${name}» có hai thành phần cùng tên «${entryName.slice(0, 80)}», nên không nhập (tệp có thể đã bị sửa).`);
    if (local + 30 > directoryStart || view.getUint32(local, true) !== SIGNATURE.local) damaged(`thành phần «${entryName}» không đọc được`);
    const localNameLength = view.getUint16(local + 26, true);
    const localName = bytes.subarray(local + 30, local + 30 + localNameLength);
    if (localNameLength !== nameLength || !localName.every((byte, index) => byte === nameBytes[index])) damaged(`thành phần «${entryName}» có hai tên khác nhau`);
    const start = local + 30 + localNameLength + view.getUint16(local + 28, true);
    if (start + compressed > directoryStart) damaged(`thành phần «${entryName}» tràn sang mục lục`);
    const data = bytes.subarray(start, start + compressed);
    const tooBig = (): never => refuse(`«${name}» bung ra quá lớn so với kích thước tệp (có thể là tệp độc hại “zip bomb”), nên không nhập.`);
    let unpacked: Uint8Array;
    if (method === 0) {
      total += data.length;
      if (total > ZIP_LIMITS.maxUnpackedBytes) tooBig();
      unpacked = data;
    } else if (method === 8) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const cap = Math.max(1_000_000, compressed * ZIP_LIMITS.maxRatio);
      const inflate = new Inflate((chunk) => {
        size += chunk.length;
        total += chunk.length;
        sinceYield += chunk.length;
        if (total > ZIP_LIMITS.maxUnpackedBytes || size > cap) tooBig();
        chunks.push(chunk);
      });
      try {
        for (let at = 0; at < data.length || at === 0; at += INPUT_SLICE) {
          inflate.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
          if (sinceYield >= YIELD_EVERY) {
            sinceYield = 0;
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      } catch (error) {
        if (error instanceof ApiError) throw error;
        damaged(`thành phần «${entryName}» không giải nén được`);
      }
      unpacked = concat(chunks, size);
    } else refuse(`«${name}» dùng kiểu nén lạ (${method}); hãy mở bằng Word và lưu lại.`);
    entries.set(entryName, unpacked);
  }
  return entries;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
