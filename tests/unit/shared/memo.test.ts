import { describe, expect, it } from 'vitest';
import { rememberedBy } from '../../../shared/text/memo';

describe('a function of a word with its answers remembered', () => {
  it('computes each word once, null answers too, and forgets all when full', () => {
    const asked: string[] = [];
    const styleOf = rememberedBy((word: string) => {
      asked.push(word);
      return word.length > 2 ? word.toUpperCase() : null;
    }, 3);
    expect([styleOf('hòa'), styleOf('ủy'), styleOf('hòa'), styleOf('ủy')]).toEqual(['HÒA', null, 'HÒA', null]);
    expect(asked).toEqual(['hòa', 'ủy']);
    styleOf('thủy');
    styleOf('khỏe');
    // Full at three: cleared, so «hòa» is computed again.
    styleOf('hòa');
    expect(asked).toEqual(['hòa', 'ủy', 'thủy', 'khỏe', 'hòa']);
  });
});
