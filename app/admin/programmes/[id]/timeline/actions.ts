"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions/can";
import { TimelineRefused, updateTimeline } from "@/lib/programmes/update-timeline";
import { parseTimeline, WINDOW_PHASES, type TimelineIssue } from "@/lib/validation/programme";
import type { ProgrammeFormState } from "../../new/form-state";

type T = Awaited<ReturnType<typeof getTranslations<"programmeAdmin">>>;

function issueMessages(issues: TimelineIssue[], t: T, phase: (p: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    out[`${issue.phase}.${issue.field}`] ??= t(`errors.${issue.code}`, { other: issue.other ? phase(issue.other) : "" });
  }
  return out;
}

export async function updateTimelineAction(programmeId: string, _previous: ProgrammeFormState, formData: FormData): Promise<ProgrammeFormState> {
  const [t, phase] = await Promise.all([getTranslations("programmeAdmin"), getTranslations("phase")]);
  const rows = WINDOW_PHASES.filter((p) => formData.has(`${p}.startsAt`)).map((p) => ({
    phase: p,
    startsAt: String(formData.get(`${p}.startsAt`) ?? "").slice(0, 40),
    endsAt: String(formData.get(`${p}.endsAt`) ?? "").slice(0, 40),
  }));
  const values = Object.fromEntries(rows.flatMap((r) => [[`${r.phase}.startsAt`, r.startsAt], [`${r.phase}.endsAt`, r.endsAt]]));
  const actor = await getCurrentUser();
  if (!can(actor, "programme.edit", { programmeId: String(programmeId) })) {
    return { ok: false, message: t(actor ? "errors.app.forbidden" : "errors.app.unauthenticated"), values };
  }
  // The zone is read from the programme, never from the form.
  const programme = await db.programme.findUnique({ where: { id: String(programmeId) }, select: { timeZone: true } });
  if (!programme) return { ok: false, message: t("errors.app.not_found"), values };

  const { windows, issues } = parseTimeline(rows, programme.timeZone);
  if (issues.length > 0) return { ok: false, fieldErrors: issueMessages(issues, t, phase), message: t("errors.formHasErrors"), values };
  try {
    await updateTimeline({ actor, programmeId: String(programmeId), windows });
  } catch (error) {
    if (error instanceof TimelineRefused) return { ok: false, fieldErrors: issueMessages(error.issues, t, phase), message: t("errors.formHasErrors"), values };
    if (isAppError(error)) return { ok: false, message: t.has(`errors.app.${error.code}` as never) ? t(`errors.app.${error.code}` as never) : t("errors.generic"), values };
    console.error("[programmes] timeline could not be saved:", error);
    return { ok: false, message: t("errors.generic"), values };
  }
  revalidatePath(`/admin/programmes/${programmeId}`, "layout");
  return { ok: true, message: t("timeline.saved"), values };
}
