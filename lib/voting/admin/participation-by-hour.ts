// Votes per hour for the participation page. Pure: counts only, never choices.

const HOUR = 3_600_000;

export interface HourCount {
  /** The start of the hour (UTC instant; shown in the programme's time zone). */
  hourStart: Date;
  votes: number;
}

/**
 * One entry per hour from the first vote's hour to the last one's, quiet hours
 * included (a gap is information too). Hours are whole UTC hours, which are
 * whole local hours in every time zone a city is likely to be in.
 */
export function participationByHour(castAt: readonly Date[]): HourCount[] {
  if (castAt.length === 0) return [];
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const at of castAt) {
    const hour = Math.floor(at.getTime() / HOUR) * HOUR;
    counts.set(hour, (counts.get(hour) ?? 0) + 1);
    first = Math.min(first, hour);
    last = Math.max(last, hour);
  }
  const hours: HourCount[] = [];
  for (let hour = first; hour <= last; hour += HOUR) hours.push({ hourStart: new Date(hour), votes: counts.get(hour) ?? 0 });
  return hours;
}
