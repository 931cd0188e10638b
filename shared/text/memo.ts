/**
 * A function of a word with its answers remembered in a bounded map, cleared when full: the words of an article
 * repeat on every check, and memory stays bounded whatever is pasted. `compute` never answers `undefined`.
 */
export function rememberedBy<T>(compute: (word: string) => T, limit: number): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const answer = known.get(word);
    if (answer !== undefined) return answer;
    const computed = compute(word);
    if (known.size >= limit) known.clear();
    known.set(word, computed);
    return computed;
  };
}
