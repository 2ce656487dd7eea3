import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { CONFLICT_NOTE_MAX } from "@/lib/jury/conflict-input";
import { isJuryInputRefused } from "@/lib/jury/jury-input-refused";
import { SCORE_SHEET_LIMITS } from "@/lib/jury/score-sheet-input";

export type JuryT = Awaited<ReturnType<typeof getTranslations<"jury">>>;

export const categoryPath = (programmeId: string, categoryId: string) => `/jury/programmes/${programmeId}/categories/${categoryId}`;
export const nominationPath = (programmeId: string, nominationId: string) => `/jury/programmes/${programmeId}/nominations/${nominationId}`;

/** The limit a "tooLong" on this field refers to. */
function maxFor(path: string): number {
  if (path === "overallNote") return SCORE_SHEET_LIMITS.overallNote;
  if (path === "note") return CONFLICT_NOTE_MAX;
  return SCORE_SHEET_LIMITS.comment;
}

/** A message key from a schema or an AppError in the juror's language. */
export function errorText(t: JuryT, key: string, path = "", scale?: { min: number; max: number }): string {
  const full = `errors.${key}`;
  if (!t.has(full as never)) return t("errors.invalid");
  return t(full as never, { min: scale?.min ?? 0, max: key === "outOfScale" ? (scale?.max ?? 0) : maxFor(path) } as never);
}

export function fieldMessages(fields: Record<string, string>, t: JuryT, scale?: { min: number; max: number }): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, key]) => [path, errorText(t, key, path, scale)]));
}

/** Expected refusals become their message (and field messages); anything else is logged and shown as a generic failure. */
export function failure(error: unknown, t: JuryT): { message: string; fieldErrors?: Record<string, string> } {
  if (isJuryInputRefused(error)) return { message: t("errors.formHasErrors"), fieldErrors: fieldMessages(error.fields, t, error.scale) };
  if (isAppError(error)) {
    if (t.has(`errors.${error.message}` as never)) return { message: errorText(t, error.message) };
    return { message: errorText(t, error.code) };
  }
  console.error("[jury] action failed:", error);
  return { message: t("errors.generic") };
}
