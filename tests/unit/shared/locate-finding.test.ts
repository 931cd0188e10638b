import { describe, expect, it } from 'vitest';
import { locateFinding } from '../../../shared/style/locate';

describe('a finding found again after an edit', () => {
  it('is where the check saw it, or at the nearest place its text stands now, or gone', () => {
    const text = 'Hội nghị. Chiều cùng ngày.Sáng mai.';
    expect(locateFinding(text, { start: 25, end: 27, text: '.S' })).toEqual({ start: 25, end: 27 });
    // One character inserted before it (another fix): found one further on.
    expect(locateFinding(text, { start: 24, end: 26, text: '.S' })).toEqual({ start: 25, end: 27 });
    expect(locateFinding('.S và .S', { start: 5, end: 7, text: '.S' })).toEqual({ start: 6, end: 8 });
    expect(locateFinding(text, { start: 3, end: 7, text: 'UĐND' })).toBeNull();
  });
});
