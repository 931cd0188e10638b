/**
 * The order of an article's photos after moving some of them (one dragged tile, or a whole selection) next
 * to another photo: the moved ones keep their order among themselves and land together, before or after the
 * target. Dropping a selection on one of its own photos puts the selection together at that place.
 */
export function movePhotos(order: readonly string[], moving: readonly string[], targetId: string, place: 'before' | 'after'): string[] {
  const moved = new Set(moving);
  const group = order.filter((id) => moved.has(id));
  if (group.length === 0 || !order.includes(targetId)) return [...order];
  const rest = order.filter((id) => !moved.has(id));
  // Onto one of the photos being moved: the group closes up where the first of them was.
  const at = moved.has(targetId)
    ? order.indexOf(group[0])
    : rest.indexOf(targetId) + (place === 'after' ? 1 : 0);
  return [...rest.slice(0, at), ...group, ...rest.slice(at)];
}

/** One photo a step (or more) earlier or later, as the ← Trước / Sau → buttons and Alt+arrows do. */
export function shiftPhoto(order: readonly string[], id: string, delta: number): string[] {
  const index = order.indexOf(id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= order.length) return [...order];
  const next = order.filter((item) => item !== id);
  next.splice(target, 0, id);
  return next;
}
