import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";

export type ShortlistT = Awaited<ReturnType<typeof getTranslations<"shortlist">>>;

/** An error key (from a schema or an AppError) in the reader's language. */
export function errorText(t: ShortlistT, key: string): string {
  const full = `errors.${key}`;
  return t.has(full as never) ? t(full as never) : t("errors.generic");
}

/** Expected errors become their message; anything else is logged and shown as a generic failure. */
export function failureMessage(error: unknown, t: ShortlistT): string {
  if (isAppError(error)) {
    if (t.has(`errors.${error.message}` as never)) return t(`errors.${error.message}` as never);
    return errorText(t, error.code);
  }
  console.error("[shortlist] action failed:", error);
  return t("errors.generic");
}

export const shortlistPath = (programmeId: string) => `/jury/programmes/${programmeId}/shortlist`;
export const categoryPath = (programmeId: string, categoryId: string) => `${shortlistPath(programmeId)}/${categoryId}`;
export const profilePath = (programmeId: string, categoryId: string, finalistId: string) => `${categoryPath(programmeId, categoryId)}/finalists/${finalistId}`;
