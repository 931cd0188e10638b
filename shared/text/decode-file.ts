import { detectLegacy, fromLegacy, vietnameseScore, type LegacyEncoding } from './legacy-encoding';

export type TextFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | LegacyEncoding;

export const ENCODING_LABELS: Record<TextFileEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
};

/**
 * The text of a file in whatever encoding an office used: a byte-order mark says UTF-8 or UTF-16; valid
 * UTF-8 is UTF-8 (unless it carries garbled TCVN3/VNI, which is converted); other bytes are read as
 * Windows-1258, TCVN3 or VNI, whichever reads as Vietnamese. Always NFC.
 */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextFileEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  // UTF-16 without a mark: every other byte zero in ASCII text.
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let index = 0; index < Math.min(bytes.length, 4096); index += 2) {
      if (bytes[index] === 0) evenZeros += 1;
      if (bytes[index + 1] === 0) oddZeros += 1;
    }
    const pairs = Math.min(bytes.length, 4096) / 2;
    if (oddZeros > pairs * 0.3 && evenZeros === 0) return finish(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
    if (evenZeros > pairs * 0.3 && oddZeros === 0) return finish(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  }
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: one byte per character.
  }
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  const legacy = detectLegacy(latin1);
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (legacy) {
    const converted = fromLegacy(latin1, legacy);
    if (vietnameseScore(converted).score >= vietnameseScore(cp1258).score) return { text: converted, encoding: legacy };
  }
  return { text: cp1258, encoding: 'windows-1258' };
}

function finish(text: string, encoding: TextFileEncoding): { text: string; encoding: TextFileEncoding } {
  const legacy = detectLegacy(text);
  return legacy ? { text: fromLegacy(text, legacy), encoding: legacy } : { text: text.normalize('NFC'), encoding };
}
