"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { PhaseTransitionRefused } from "@/lib/programmes/programme-errors";
import { transitionPhase } from "@/lib/programmes/transition-phase";
import { publishResults } from "@/lib/results/publish-results";
import { ZPhase } from "@/lib/validation/statuses";

export interface TransitionState {
  ok: boolean;
  message?: string;
}

export async function transitionPhaseAction(programmeId: string, _previous: TransitionState, formData: FormData): Promise<TransitionState> {
  const t = await getTranslations("programmeAdmin");
  const to = ZPhase.safeParse(formData.get("to"));
  const from = ZPhase.safeParse(formData.get("from"));
  if (!to.success || !from.success) return { ok: false, message: t("errors.generic") };
  try {
    // Publishing is more than a phase change (every result stamped, winners and finalists told): one path for it.
    if (to.data === "results_published") await publishResults({ actor: await getCurrentUser(), programmeId: String(programmeId) });
    else await transitionPhase({ actor: await getCurrentUser(), programmeId: String(programmeId), to: to.data, from: from.data });
  } catch (error) {
    const tr = await getTranslations("admin.results");
    if (to.data === "results_published" && isAppError(error) && tr.has(`errors.${error.message}` as never)) return { ok: false, message: tr(`errors.${error.message}` as never) };
    if (error instanceof PhaseTransitionRefused) return { ok: false, message: t(`refusals.${error.reason}`) };
    if (isAppError(error)) return { ok: false, message: t.has(`errors.app.${error.code}` as never) ? t(`errors.app.${error.code}` as never) : t("errors.generic") };
    console.error("[programmes] phase change failed:", error);
    return { ok: false, message: t("errors.generic") };
  }
  revalidatePath(`/admin/programmes/${programmeId}`, "layout");
  revalidatePath("/admin");
  return { ok: true, message: t("overview.moved", { phase: (await getTranslations("phase"))(to.data) }) };
}
