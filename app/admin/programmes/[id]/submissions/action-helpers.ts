import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";

export type ModerationT = Awaited<ReturnType<typeof getTranslations<"moderation">>>;

/** An error key (from a schema or an AppError) in the organiser's language. */
export function errorText(t: ModerationT, key: string): string {
  const full = `errors.${key}`;
  return t.has(full as never) ? t(full as never) : t("errors.generic");
}

/** Expected errors become their message; anything else is logged and shown as a generic failure. */
export function failureMessage(error: unknown, t: ModerationT): string {
  if (isAppError(error)) {
    if (t.has(`errors.${error.message}` as never)) return t(`errors.${error.message}` as never);
    return errorText(t, error.code);
  }
  console.error("[moderation] action failed:", error);
  return t("errors.generic");
}

export const queuePath = (programmeId: string) => `/admin/programmes/${programmeId}/submissions`;
export const detailPath = (programmeId: string, nominationId: string) => `${queuePath(programmeId)}/${nominationId}`;
