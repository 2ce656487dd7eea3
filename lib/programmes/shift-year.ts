// Moving a date to the same wall-clock moment a year later, for "run again next
// year". Pure. Works on the programme's wall clock so 18:00 stays 18:00 across DST.
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/programmes/zoned-time";

export function shiftOneYear(date: Date, timeZone: string): Date {
  const local = utcToZonedLocal(date, timeZone);
  const year = Number(local.slice(0, 4)) + 1;
  const shifted = `${year}${local.slice(4)}`;
  // 29 February has no twin in most years: use 28 February.
  return zonedLocalToUtc(shifted, timeZone) ?? zonedLocalToUtc(`${year}-02-28${local.slice(10)}`, timeZone) ?? new Date(date.getTime() + 365 * 86_400_000);
}
