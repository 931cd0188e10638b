import { describe, expect, it } from 'vitest';
import { fromDisplay, toDisplay } from '../../../shared/format/date-input';

describe('dates as the office writes them', () => {
  it('reads and writes dd/mm/yyyy HH:mm', () => {
    expect(toDisplay('2024-01-29T14:00')).toBe('29/01/2024 14:00');
    expect(fromDisplay('29/01/2024 14:00')).toBe('2024-01-29T14:00');
    expect(fromDisplay('9/2/2024 8h30')).toBe('2024-02-09T08:30');
    expect(fromDisplay('30/02/2024 10:00')).toBeNull();
    expect(fromDisplay('2024-01-29')).toBeNull();
  });
});
