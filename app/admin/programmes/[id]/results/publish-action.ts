"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { publishResults } from "@/lib/results/publish-results";
import type { AdminFormState } from "../categories/form-state";
import { refusalState } from "./results-form-state";

// The programmeId is bound from the page's URL; publishResults checks "results.manage" there, the phase and that every category is confirmed.
export async function publishResultsAction(programmeId: string, previous: AdminFormState): Promise<AdminFormState> {
  const t = await getTranslations("admin.results");
  const attempt = (previous.attempt ?? 0) + 1;
  let emailed = 0;
  try {
    ({ emailed } = await publishResults({ actor: await getCurrentUser(), programmeId: String(programmeId) }));
  } catch (error) {
    return refusalState(t, error, "publishing", {}, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}`, "layout");
  revalidatePath("/programmes", "layout");
  return { ok: true, message: t("publish.done", { count: emailed }), attempt };
}
