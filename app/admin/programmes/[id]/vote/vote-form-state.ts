import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { VoteFieldError } from "@/lib/voting/admin/vote-admin-errors";
import type { AdminFormState } from "../categories/form-state";

export type VoteT = Awaited<ReturnType<typeof getTranslations<"admin.vote">>>;

/** A message under admin.vote.errors, or the generic one for a key it does not know. */
export function voteErrorText(t: VoteT, key: string, values?: Record<string, string | number>): string {
  return t.has(`errors.${key}` as never) ? t(`errors.${key}` as never, values as never) : t("errors.generic");
}

/** What a refused vote action tells its form: next to the field when it is about one, above the form otherwise. */
export function voteRefusal(t: VoteT, error: unknown, where: string, values: Record<string, string>, attempt: number): AdminFormState {
  if (error instanceof VoteFieldError) {
    return { ok: false, fieldErrors: { [error.field]: voteErrorText(t, error.message, error.values) }, message: t("errors.formHasErrors"), values, attempt };
  }
  if (isAppError(error)) return { ok: false, message: voteErrorText(t, t.has(`errors.${error.message}` as never) ? error.message : error.code), values, attempt };
  console.error(`[vote-admin] ${where} failed:`, error);
  return { ok: false, message: t("errors.generic"), values, attempt };
}

/** The first message per field of a zod refusal, translated. */
export function voteFieldErrors(t: VoteT, issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[String(issue.path.at(-1) ?? "form")] ??= voteErrorText(t, issue.message);
  return fieldErrors;
}
