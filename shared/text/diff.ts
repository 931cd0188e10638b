export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words, runs of spaces and single punctuation marks: "Giang," changing to "Giang, Chủ tịch" adds ", Chủ tịch". */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

/**
 * Word-level differences between two texts (longest common subsequence), for "what changed since the
 * last submission". Whitespace runs are tokens of their own, so the result joins back to either text.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Trim the common start and end: most edits are small, and the table stays small with them.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const table: Uint32Array[] = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
  for (let i = midA.length - 1; i >= 0; i -= 1) {
    for (let j = midB.length - 1; j >= 0; j -= 1) {
      table[i][j] = midA[i] === midB[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (start > 0) push('same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < midA.length && j < midB.length) {
    if (midA[i] === midB[j]) {
      push('same', midA[i]);
      i += 1;
      j += 1;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      push('removed', midA[i]);
      i += 1;
    } else {
      push('added', midB[j]);
      j += 1;
    }
  }
  while (i < midA.length) push('removed', midA[i++]);
  while (j < midB.length) push('added', midB[j++]);
  if (endA < a.length) push('same', a.slice(endA).join(''));
  return parts;
}
