"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clearAllowList } from "@/lib/voting/admin/clear-allow-list";
import { replaceAllowList } from "@/lib/voting/admin/replace-allow-list";
import type { AdminFormState } from "../../categories/form-state";
import { voteRefusal } from "../vote-form-state";

/** A list bigger than this cannot be 20,000 addresses: refuse it before reading. */
const MAX_FILE_BYTES = 900_000;

/** The pasted list, or the uploaded file when one was chosen. */
async function listText(formData: FormData): Promise<string | null> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.size > MAX_FILE_BYTES ? null : file.text();
  const pasted = formData.get("list");
  return typeof pasted === "string" ? pasted : "";
}

export async function replaceAllowListAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.vote");
  const attempt = (previous.attempt ?? 0) + 1;
  const text = await listText(formData);
  // Addresses are personal data: a refused form is given back what was pasted, but it is never logged or stored.
  const values = { list: typeof formData.get("list") === "string" ? String(formData.get("list")).slice(0, MAX_FILE_BYTES) : "" };
  if (text === null) return { ok: false, fieldErrors: { list: t("errors.allowListTooLong") }, message: t("errors.formHasErrors"), values, attempt };
  let count: number;
  let duplicates: number;
  try {
    ({ count, duplicates } = await replaceAllowList({ actor: await getCurrentUser(), programmeId: String(programmeId), text }));
  } catch (error) {
    return voteRefusal(t, error, "replacing the allow-list", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote/allow-list`);
  return { ok: true, message: t("allowList.replaced", { count, duplicates }), attempt };
}

export async function clearAllowListAction(programmeId: string, previous: AdminFormState): Promise<AdminFormState> {
  const t = await getTranslations("admin.vote");
  const attempt = (previous.attempt ?? 0) + 1;
  let removed: number;
  try {
    ({ removed } = await clearAllowList({ actor: await getCurrentUser(), programmeId: String(programmeId) }));
  } catch (error) {
    return voteRefusal(t, error, "clearing the allow-list", {}, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote/allow-list`);
  return { ok: true, message: t("allowList.cleared", { count: removed }), attempt };
}
