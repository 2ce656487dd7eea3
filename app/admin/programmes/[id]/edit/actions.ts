"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { updateProgramme } from "@/lib/programmes/update-programme";
import { failure, parseProgrammeDetails, translateIssues } from "../../new/details-form-data";
import type { ProgrammeFormState } from "../../new/form-state";

export async function updateProgrammeAction(programmeId: string, _previous: ProgrammeFormState, formData: FormData): Promise<ProgrammeFormState> {
  const t = await getTranslations("programmeAdmin");
  const { values, parsed } = parseProgrammeDetails(formData);
  if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, t), message: t("errors.formHasErrors"), values };
  try {
    await updateProgramme({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data });
  } catch (error) {
    return failure(error, t, values);
  }
  revalidatePath(`/admin/programmes/${programmeId}`, "layout");
  return { ok: true, message: t("edit.saved"), values };
}
