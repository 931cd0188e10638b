/** Longer strings are file contents in base64 (ASCII), never text a person typed: the contract caps text below this. */
const LONGEST_TEXT = 2_000_000;

/**
 * Every string in a value, composed (Unicode NFC): «Hội nghị» typed with combining marks and «Hội nghị» typed
 * precomposed become the same text, for search, the style checker and the portal. The services' door applies it
 * to every call's input; bytes are left as they are.
 */
export function composeStrings<T>(value: T): T {
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex
    return (value.length <= LONGEST_TEXT && /[^\u0000-\u007f]/.test(value) ? value.normalize('NFC') : value) as T;
  }
  if (Array.isArray(value)) return value.map((item) => composeStrings(item)) as T;
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = composeStrings(item);
    return out as T;
  }
  return value;
}
