/** Joins class names, skipping falsy ones (so `cond && "class"` works with any condition). */
export function cx(...names: unknown[]): string {
  return names.filter((n): n is string => typeof n === "string" && n.length > 0).join(" ");
}
