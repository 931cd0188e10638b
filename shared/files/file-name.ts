/**
 * A file name as the app keeps and shows it: composed (NFC), without control characters or the invisible marks
 * that turn text around (U+202E makes «gpj.exe» read as «exe.jpg»), without a path, and not empty.
 */
export function cleanFileName(name: string, fallback = 'tệp'): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return clean.slice(0, 200) || fallback;
}
