import { describe, expect, it } from 'vitest';
import { movePhotos, shiftPhoto } from '../../../shared/media/order';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('moving photos in the desk', () => {
  it('drops one photo before or after another', () => {
    expect(movePhotos(order, ['e'], 'b', 'before')).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(movePhotos(order, ['a'], 'c', 'after')).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(movePhotos(order, ['a'], 'e', 'after')).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(movePhotos(order, ['c'], 'a', 'before')).toEqual(['c', 'a', 'b', 'd', 'e']);
  });

  it('moves a selection together, in the order it had, whatever order it was picked in', () => {
    expect(movePhotos(order, ['d', 'b'], 'a', 'before')).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(movePhotos(order, ['a', 'c'], 'e', 'after')).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('closes a selection up where its first photo was when it is dropped on itself', () => {
    expect(movePhotos(order, ['b', 'd'], 'd', 'after')).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(movePhotos(order, ['a', 'e'], 'a', 'before')).toEqual(['a', 'e', 'b', 'c', 'd']);
  });

  it('changes nothing for unknown photos', () => {
    expect(movePhotos(order, ['x'], 'a', 'before')).toEqual(order);
    expect(movePhotos(order, ['a'], 'x', 'before')).toEqual(order);
  });

  it('shifts one photo a step, not past either end', () => {
    expect(shiftPhoto(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect(shiftPhoto(order, 'c', 1)).toEqual(['a', 'b', 'd', 'c', 'e']);
    expect(shiftPhoto(order, 'a', -1)).toEqual(order);
    expect(shiftPhoto(order, 'e', 1)).toEqual(order);
  });
});
