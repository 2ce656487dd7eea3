// Calendar dates typed by organisers mean that day in the programme's time
// zone. They are stored as an instant at noon local time, so reading the date
// back in that zone gives the same day whatever the offset or daylight saving.
import { localDateIn } from "@/lib/eligibility/age";

function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "2027-01-31" in Europe/London → the instant of 12:00 that day there. */
export function instantForLocalDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const noonAsUtc = Date.UTC(y, m - 1, d, 12);
  return new Date(noonAsUtc - offsetMs(new Date(noonAsUtc), timeZone));
}

/** The YYYY-MM-DD an instant falls on in a time zone (for date inputs). */
export function localDateString(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateIn(instant, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
