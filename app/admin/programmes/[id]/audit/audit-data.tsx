// Renders an audit event's data as a short readable list: "city: Nuremberg → Bath".
const isChange = (v: unknown): v is { from: unknown; to: unknown } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "from" in v && "to" in v && Object.keys(v).length === 2;

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (typeof value === "object") {
    if (isChange(value)) return `${show(value.from, empty)} → ${show(value.to, empty)}`;
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${show(v, empty)}`)
      .join(", ");
  }
  const text = String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export function AuditData({ data, empty }: { data: unknown; empty: string }) {
  if (data === null || data === undefined) return null;
  if (typeof data !== "object" || Array.isArray(data)) return <span>{show(data, empty)}</span>;
  const entries = Object.entries(data as Record<string, unknown>);
  if (isChange(data)) return <span>{show(data, empty)}</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-semibold">{key}</dt>
          <dd className="break-words">{show(value, empty)}</dd>
        </div>
      ))}
    </dl>
  );
}
