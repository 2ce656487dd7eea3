import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { supportedLocales } from "@/lib/i18n/locales";
import { ProgrammeFieldError } from "@/lib/programmes/programme-errors";
import { makeZProgrammeDetails, PROGRAMME_FIELDS } from "@/lib/validation/programme";
import type { ProgrammeFormState } from "./form-state";

type T = Awaited<ReturnType<typeof getTranslations<"programmeAdmin">>>;

/** Every text field of a form as typed, so a refused form comes back as the person left it. */
export function typedValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(formData.get(f) ?? "").slice(0, 10_000)]));
}

/** Zod's message keys become sentences next to the right fields. */
export function translateIssues(error: z.ZodError, t: T): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    out[field] ??= t.has(`errors.${issue.message}` as never) ? t(`errors.${issue.message}` as never) : t("errors.invalid");
  }
  return out;
}

export function parseProgrammeDetails(formData: FormData) {
  const values = typedValues(formData, PROGRAMME_FIELDS);
  return { values, parsed: makeZProgrammeDetails(supportedLocales()).safeParse(values) };
}

/** Expected errors become messages; anything else is logged and shown as a generic failure. */
export function failure(error: unknown, t: T, values: Record<string, string>): ProgrammeFormState {
  if (error instanceof ProgrammeFieldError) {
    const fieldErrors = Object.fromEntries(Object.entries(error.fields).map(([f, key]) => [f, t(`errors.${key}` as never)]));
    return { ok: false, fieldErrors, message: t("errors.formHasErrors"), values };
  }
  if (isAppError(error)) {
    const key = `errors.app.${error.code}`;
    return { ok: false, message: t.has(key as never) ? t(key as never) : t("errors.generic"), values };
  }
  console.error("[programmes] action failed:", error);
  return { ok: false, message: t("errors.generic"), values };
}
