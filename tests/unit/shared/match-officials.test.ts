import { describe, expect, it } from 'vitest';
import { matchOfficials } from '../../../shared/office/match';
import type { Official } from '../../../shared/office/model';

const people: Official[] = [
  { id: '1', name: 'Nguyễn Hương Giang', titles: ['Chủ tịch UBND tỉnh'], organisation: 'UBND tỉnh' },
  { id: '2', name: 'Trần Thị Hằng', titles: ['Phó Chủ tịch HĐND tỉnh'], organisation: 'HĐND tỉnh' },
  { id: '3', name: 'Ngô Giang Sơn', titles: ['Phóng viên'], organisation: 'Cổng TTĐT' },
];

describe('finding people in the directory as one types', () => {
  it('matches any word of the name, without diacritics, and caps the list', () => {
    expect(matchOfficials(people, 'giang').map((person) => person.id)).toEqual(['1', '3']);
    expect(matchOfficials(people, 'hang').map((person) => person.id)).toEqual(['2']);
    expect(matchOfficials(people, 'Hằng').map((person) => person.id)).toEqual(['2']);
    expect(matchOfficials(people, '', 2)).toHaveLength(2);
    expect(matchOfficials(people, 'xyz')).toEqual([]);
  });
});
