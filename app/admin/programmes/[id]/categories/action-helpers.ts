import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";

export type CategoryAdminT = Awaited<ReturnType<typeof getTranslations<"categoryAdmin">>>;

/** An error key from a schema or an AppError in the person's language. */
export function errorText(t: CategoryAdminT, key: string): string {
  const full = `errors.${key}`;
  return t.has(full as never) ? t(full as never) : t("errors.invalid");
}

/** The first message per field, keyed by the field's path ("criteria.0.weight"). */
export function fieldErrorsOf(error: z.ZodError, t: CategoryAdminT, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = prefix + issue.path.map(String).join(".");
    if (!out[field]) out[field] = errorText(t, issue.message);
  }
  return out;
}

/** Expected errors become their message; anything else is logged and shown as a generic failure. */
export function failureMessage(error: unknown, t: CategoryAdminT): string {
  if (isAppError(error)) {
    const specific = `errors.${error.message}`;
    if (t.has(specific as never)) return t(specific as never);
    return t.has(`errors.${error.code}` as never) ? t(`errors.${error.code}` as never) : t("errors.generic");
  }
  console.error("[categories] action failed:", error);
  return t("errors.generic");
}

/** The form's string fields as typed (files and unknown fields ignored), each cut to a sane length. */
export function typedValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value.slice(0, 20000);
  }
  return out;
}
