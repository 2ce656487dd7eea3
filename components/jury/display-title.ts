// A nomination's title for jurors: the name, or "Nomination 3" in blind mode
// (the domain functions send no name then).
type NumberT = (key: "blindTitle", values: { number: number }) => string;

export function displayTitle(t: NumberT, n: { title: string | null; number: number }): string {
  return n.title ?? t("blindTitle", { number: n.number });
}
