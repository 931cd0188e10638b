const SIGNATURE = Buffer.from('ICC_PROFILE\0', 'latin1');
/** A segment holds at most 65,535 bytes with its length field; 14 of them name the profile and number the part. */
const PART = 65_535 - 2 - SIGNATURE.length - 2;

/**
 * A JPEG with an ICC profile attached (APP2 segments, after the JFIF and EXIF ones), the pixels untouched:
 * the colours of a picture decoded without colour management (a phone's HEIC in Display P3) are then shown
 * as they were meant, as sharp does for a JPEG that brought its own profile.
 */
export function attachIccProfile(jpeg: Buffer, icc: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  // Past SOI and the APPn segments already there (an ICC profile already there stays first).
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] >= 0xe0 && jpeg[at + 1] <= 0xef) {
    const segment = jpeg.subarray(at + 4, at + 4 + SIGNATURE.length);
    if (jpeg[at + 1] === 0xe2 && segment.equals(SIGNATURE)) return jpeg;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  const count = Math.ceil(icc.length / PART);
  if (count > 255) throw new Error('ICC profile too large');
  const segments: Buffer[] = [];
  for (let index = 0; index < count; index += 1) {
    const part = icc.subarray(index * PART, (index + 1) * PART);
    const header = Buffer.alloc(4);
    header.writeUInt16BE(0xffe2, 0);
    header.writeUInt16BE(2 + SIGNATURE.length + 2 + part.length, 2);
    segments.push(header, SIGNATURE, Buffer.from([index + 1, count]), part);
  }
  return Buffer.concat([jpeg.subarray(0, at), ...segments, jpeg.subarray(at)]);
}
