// Converting between a wall-clock time in a programme's time zone (what a
// datetime-local input holds) and a UTC instant. Pure, so DST edges are unit tested.

/** True for IANA zone names Intl knows ("Europe/Berlin"); false for anything else. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock parts of `date` as seen in `timeZone`. */
function wallParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** How far `timeZone` is ahead of UTC at `date`, in milliseconds. */
export function offsetAt(date: Date, timeZone: string): number {
  const p = wallParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-03-29T02:30" in Europe/Berlin → the UTC instant. Returns null for text
 * that is not a datetime-local value. A wall time skipped by a spring-forward
 * gap moves forward by the gap (02:30 → 03:30 CEST); an ambiguous autumn time
 * takes the earlier instant (summer time), as most calendars do.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(naive);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // Try the offsets in force a day either side; keep the candidates that read back as the wall time.
  const offsets = [...new Set([offsetAt(new Date(naive - 86_400_000), timeZone), offsetAt(new Date(naive + 86_400_000), timeZone)])];
  const exact = offsets
    .map((offset) => new Date(naive - offset))
    .filter((candidate) => offsetAt(candidate, timeZone) === naive - candidate.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  if (exact.length > 0) return exact[0];
  // In a gap: no wall time matches; use the offset from before the change, which lands after the gap.
  const before = Math.min(...offsets);
  return new Date(naive - before);
}

/** The UTC instant as a datetime-local value ("2026-03-29T03:30") in `timeZone`. */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  const p = wallParts(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
