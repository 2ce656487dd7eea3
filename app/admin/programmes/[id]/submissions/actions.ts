"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { BulkFormState } from "@/components/moderation/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { bulkModerate } from "@/lib/moderation/bulk-moderate";
import { BULK_MAX, ZBulkAction, ZNominationId, ZRejectionReason } from "@/lib/moderation/moderation-schemas";
import { errorText, failureMessage, queuePath } from "./action-helpers";

/** Accept or reject the ticked submissions; reports which could not change and why. */
export async function bulkModerateAction(programmeId: string, _previous: BulkFormState, formData: FormData): Promise<BulkFormState> {
  const t = await getTranslations("moderation");
  const attempt = Date.now();
  const values = { action: String(formData.get("action") ?? "").slice(0, 20), reason: String(formData.get("reason") ?? "").slice(0, 5000) };
  const ids = formData.getAll("ids").filter((v): v is string => typeof v === "string" && ZNominationId.safeParse(v).success);
  const fieldErrors: Record<string, string> = {};

  const action = ZBulkAction.safeParse(values.action);
  if (!action.success) fieldErrors.action = errorText(t, "chooseAction");
  if (ids.length === 0) fieldErrors.nominationIds = errorText(t, "noneSelected");
  if (ids.length > BULK_MAX) fieldErrors.nominationIds = errorText(t, "tooMany");
  if (action.success && action.data === "reject") {
    const reason = ZRejectionReason.safeParse(values.reason);
    if (!reason.success) fieldErrors.reason = errorText(t, reason.error.issues[0]?.message ?? "reasonRequired");
  }
  if (formData.get("confirm") !== "on") fieldErrors.confirm = errorText(t, "confirmRequired");
  if (Object.keys(fieldErrors).length > 0 || !action.success) {
    return { ok: false, message: t("errors.formHasErrors"), fieldErrors, values, attempt };
  }

  try {
    const result = await bulkModerate({ actor: await getCurrentUser(), programmeId, action: action.data, nominationIds: ids, reason: values.reason });
    revalidatePath(queuePath(programmeId), "layout");
    const message =
      result.failed.length === 0
        ? t("bulk.done", { count: result.changed.length })
        : t("bulk.partly", { changed: result.changed.length, failed: result.failed.length });
    // A finished action starts from a clean form: the reason was used.
    return { ok: true, message, changed: result.changed, failed: result.failed, attempt };
  } catch (error) {
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
}
