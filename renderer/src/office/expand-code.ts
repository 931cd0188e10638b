const TRIGGER = /[\s.,;:!?)]/;
const CODE_BEFORE = /(?:^|[\s(“"])([a-z0-9đ]{2,12})$/u;

/**
 * The typing codes in a plain text field: if the character just typed (before `caret`) ends a code,
 * the code becomes its text. Returns the new value and caret, or null when nothing changes.
 */
export function expandCode(value: string, caret: number, lookup: (code: string) => string | undefined): { value: string; caret: number } | null {
  if (caret < 3 || !TRIGGER.test(value[caret - 1])) return null;
  const match = CODE_BEFORE.exec(value.slice(0, caret - 1));
  if (!match) return null;
  const replacement = lookup(match[1]);
  if (!replacement) return null;
  const start = caret - 1 - match[1].length;
  return { value: value.slice(0, start) + replacement + value.slice(caret - 1), caret: start + replacement.length + 1 };
}

/** The value of an input or textarea after a keystroke, with a code expanded and the caret kept after it. */
export function valueWithCodes(element: HTMLInputElement | HTMLTextAreaElement, lookup: (code: string) => string | undefined): string {
  const expanded = expandCode(element.value, element.selectionStart ?? element.value.length, lookup);
  if (!expanded) return element.value;
  // Changed in place, so React finds the value it expects and leaves the caret where it is.
  element.value = expanded.value;
  element.setSelectionRange(expanded.caret, expanded.caret);
  return expanded.value;
}
