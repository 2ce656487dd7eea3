"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { JURY_SETTING_FIELDS, jurySettingsFromForm } from "@/lib/jury-settings/jury-settings-schema";
import { JurySettingsFieldError, updateJurySettings } from "@/lib/jury-settings/update-jury-settings";
import type { AdminFormState } from "../categories/form-state";

type T = Awaited<ReturnType<typeof getTranslations<"jurySettings">>>;

function errorText(t: T, key: string): string {
  return t.has(`errors.${key}` as never) ? t(`errors.${key}` as never) : t("errors.generic");
}

function typed(formData: FormData): Record<string, string> {
  return Object.fromEntries(JURY_SETTING_FIELDS.map((f) => [f, typeof formData.get(f) === "string" ? String(formData.get(f)).slice(0, 40) : ""]));
}

// The programmeId is bound from the page's URL; updateJurySettings checks the permission in that programme.
export async function updateJurySettingsAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("jurySettings");
  const values = typed(formData);
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = jurySettingsFromForm(formData);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= errorText(t, issue.message);
    return { ok: false, fieldErrors, message: t("errors.formHasErrors"), values, attempt };
  }
  let changed: string[];
  try {
    ({ changed } = await updateJurySettings({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data }));
  } catch (error) {
    if (error instanceof JurySettingsFieldError) {
      return { ok: false, fieldErrors: { [error.field]: errorText(t, error.message) }, message: t("errors.formHasErrors"), values, attempt };
    }
    if (isAppError(error)) return { ok: false, message: errorText(t, t.has(`errors.${error.message}` as never) ? error.message : error.code), values, attempt };
    console.error("[jury-settings] saving failed:", error);
    return { ok: false, message: t("errors.generic"), values, attempt };
  }
  revalidatePath(`/admin/programmes/${programmeId}`, "layout");
  return { ok: true, message: changed.length ? t("saved") : t("nothingChanged"), attempt };
}
