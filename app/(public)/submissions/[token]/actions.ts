"use server";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { PrivateLinkFormState } from "@/components/private-links/form-state";
import { isAppError } from "@/lib/errors";
import { confirmSubmission } from "@/lib/nominations/confirm-submission";
import { eraseSubmissionByToken } from "@/lib/nominations/erase-submission-by-token";
import { updateSubmission } from "@/lib/nominations/update-submission";
import { editFormInput, editFormValues } from "@/lib/nominations/update-submission-input";
import { withdrawSubmission } from "@/lib/nominations/withdraw-submission";
import { fieldErrorsOf, linkPath, privateLinkRateLimited, tokenFrom } from "../private-link-guard";

// The submitter's buttons behind their private link. Plain form posts (they
// work without JavaScript); Next checks the origin of every server action. A
// link that does not work (unknown, altered, expired, erased) always lands on
// the link's own page, which answers 404 with the same calm words.

const page = (token: string, notice?: string) => linkPath("submissions", token, notice ? `?notice=${notice}` : "");

/** A notice key for an expected refusal; anything else is logged. */
function noticeFor(error: unknown, action: string): string {
  // Keys only: a domain message in prose ("… changed by someone else") becomes its code.
  if (isAppError(error)) return /^[A-Za-z_]+$/.test(error.message) ? error.message : error.code;
  console.error(`[private-link] ${action} failed:`, error);
  return "generic";
}

export async function confirmSubmissionAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (await privateLinkRateLimited("confirm")) redirect(page(token, "rateLimited"));
  let notice = "confirmed";
  try {
    await confirmSubmission({ token });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    notice = noticeFor(error, "confirming");
  }
  redirect(page(token, notice));
}

export async function updateSubmissionAction(_previous: PrivateLinkFormState, formData: FormData): Promise<PrivateLinkFormState> {
  const token = tokenFrom(formData);
  const t = await getTranslations("privateLink");
  const values = editFormValues(formData);
  const attempt = Date.now();
  if (await privateLinkRateLimited("edit")) return { ok: false, message: t("notice.rateLimited"), values, attempt };
  let notice: string;
  try {
    const result = await updateSubmission({ token, input: editFormInput(formData) });
    if (!result.ok) {
      const fieldErrors = await fieldErrorsOf(result.issues, result.kind);
      return { ok: false, fieldErrors, message: t("edit.formHasErrors"), values, attempt };
    }
    // The guardian's email not going out matters most: it says what to do.
    notice = result.guardianNotEmailed ? "savedGuardianNotEmailed" : result.backToReview ? "savedForReview" : result.changed.length ? "saved" : "unchanged";
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    const key = noticeFor(error, "editing");
    return { ok: false, message: t.has(`notice.${key}`) ? t(`notice.${key}`) : t("notice.generic"), values, attempt };
  }
  redirect(page(token, notice));
}

export async function withdrawSubmissionAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (await privateLinkRateLimited("withdraw")) redirect(page(token, "rateLimited"));
  let notice = "withdrawn";
  try {
    await withdrawSubmission({ token });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    notice = noticeFor(error, "withdrawing");
  }
  redirect(page(token, notice));
}

export async function eraseSubmissionAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (await privateLinkRateLimited("erase")) redirect(page(token, "rateLimited"));
  try {
    await eraseSubmissionByToken({ token });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    redirect(page(token, noticeFor(error, "erasing")));
  }
  // The link itself stops working with the data; a page of its own says it is done.
  redirect("/submissions/deleted");
}
