"use server";
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { confirmGuardian, refuseGuardian } from "@/lib/nominations/confirm-guardian";
import { linkPath, privateLinkRateLimited, tokenFrom } from "../../submissions/private-link-guard";

// The parent's or guardian's buttons behind their private link (plain form
// posts; Next checks each server action's origin). Links that do not work
// land on their own page, which answers 404 with the dead-link words.

const page = (token: string, notice?: string) => linkPath("guardian", token, notice ? `?notice=${notice}` : "");

function noticeFor(error: unknown, action: string): string {
  if (isAppError(error)) return /^[A-Za-z_]+$/.test(error.message) ? error.message : error.code;
  console.error(`[private-link] ${action} failed:`, error);
  return "generic";
}

export async function confirmGuardianAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (await privateLinkRateLimited("guardian-confirm")) redirect(page(token, "rateLimited"));
  try {
    await confirmGuardian({ token });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    redirect(page(token, noticeFor(error, "guardian confirming")));
  }
  redirect(page(token, "confirmed"));
}

export async function refuseGuardianAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (await privateLinkRateLimited("guardian-refuse")) redirect(page(token, "rateLimited"));
  try {
    await refuseGuardian({ token });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    redirect(page(token, noticeFor(error, "guardian refusing")));
  }
  redirect(page(token));
}
