// "No conflict, continue" is remembered per browser in one small cookie, not
// in the database: it only decides whether the juror is asked again, and the
// first autosave creates a draft sheet, which remembers it for good. The cookie
// names its juror, so someone else signing in on the same browser is asked
// themselves. Pure, so parsing a tampered value is a unit test.

export const CONTINUED_COOKIE = "laurel-jury-continued";
/** Cookies stay under 4 KB: the most recent nominations are kept. */
export const CONTINUED_MAX = 120;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The nominations this juror continued on, newest last; empty for another juror's or a malformed cookie. */
export function parseContinued(value: string | undefined, userId: string): string[] {
  if (!value) return [];
  const colon = value.indexOf(":");
  if (colon < 0 || value.slice(0, colon) !== userId) return [];
  return value
    .slice(colon + 1)
    .split(".")
    .filter((id) => ID.test(id));
}

/** The cookie value with `nominationId` added (moved to the end if present), trimmed to the newest CONTINUED_MAX. */
export function addContinued(value: string | undefined, userId: string, nominationId: string): string {
  const ids = parseContinued(value, userId).filter((id) => id !== nominationId);
  if (ID.test(nominationId)) ids.push(nominationId);
  return `${userId}:${ids.slice(-CONTINUED_MAX).join(".")}`;
}
