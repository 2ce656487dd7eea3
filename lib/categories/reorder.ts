// Moving one item up or down a list. Pure.
export type Direction = "up" | "down";

/** The ids in their new order; unchanged when the item is already at that end. */
export function moveInList(ids: string[], id: string, direction: Direction): string[] {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
