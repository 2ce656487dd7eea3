import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { ResultsFieldError } from "@/lib/results/results-errors";
import type { AdminFormState } from "../categories/form-state";

export type ResultsT = Awaited<ReturnType<typeof getTranslations<"admin.results">>>;

/** A message under admin.results.errors, or the generic one for a key it does not know. */
export function resultsErrorText(t: ResultsT, key: string): string {
  return t.has(`errors.${key}` as never) ? t(`errors.${key}` as never) : t("errors.generic");
}

/** What a refused results action tells its form: next to the field when it is about one, above the form otherwise. */
export function refusalState(t: ResultsT, error: unknown, where: string, values: Record<string, string>, attempt: number): AdminFormState {
  if (error instanceof ResultsFieldError && error.field !== "form") {
    return { ok: false, fieldErrors: { [error.field]: resultsErrorText(t, error.message) }, message: t("errors.formHasErrors"), values, attempt };
  }
  if (isAppError(error)) return { ok: false, message: resultsErrorText(t, t.has(`errors.${error.message}` as never) ? error.message : error.code), values, attempt };
  console.error(`[results] ${where} failed:`, error);
  return { ok: false, message: t("errors.generic"), values, attempt };
}

/** The first message per field of a zod refusal, translated. */
export function resultsFieldErrors(t: ResultsT, issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[String(issue.path[0] ?? "form")] ??= resultsErrorText(t, issue.message);
  return fieldErrors;
}
