// Calendar dates typed by organisers mean that day in the programme's time
// zone. They are stored as an instant at noon local time, so reading the date
// back in that zone gives the same day whatever the offset or daylight saving.
import { localDateIn } from "@/lib/eligibility/age";
import { offsetAt } from "@/lib/programmes/zoned-time";

/** "2027-01-31" in Europe/London → the instant of 12:00 that day there. */
export function instantForLocalDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const noonAsUtc = Date.UTC(y, m - 1, d, 12);
  return new Date(noonAsUtc - offsetAt(new Date(noonAsUtc), timeZone));
}

/** The YYYY-MM-DD an instant falls on in a time zone (for date inputs). */
export function localDateString(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateIn(instant, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
