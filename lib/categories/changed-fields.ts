// What an edit changed, for the audit log: { field: { from, to } } for each
// field whose value differs. Pure.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function toJson(value: unknown): Json {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as Json;
}

export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: Json; to: Json }> {
  const out: Record<string, { from: Json; to: Json }> = {};
  for (const key of Object.keys(after)) {
    const from = toJson(before[key]);
    const to = toJson(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) out[key] = { from, to };
  }
  return out;
}
