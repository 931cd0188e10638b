/**
 * Where a finding's text is now in its block: at the place the check saw it, or — when an edit since moved it
 * (another fix in the same paragraph, a few keystrokes) — at the nearest place the same text stands. Null when
 * it is gone. A fix clicked right after another one therefore still lands, before the checker has run again.
 */
export function locateFinding(text: string, finding: { start: number; end: number; text: string }): { start: number; end: number } | null {
  if (text.slice(finding.start, finding.end) === finding.text) return { start: finding.start, end: finding.end };
  if (!finding.text) return null;
  let best: number | null = null;
  for (let at = text.indexOf(finding.text); at >= 0; at = text.indexOf(finding.text, at + 1)) {
    if (best === null || Math.abs(at - finding.start) < Math.abs(best - finding.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + finding.text.length };
}
