"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { createProgramme } from "@/lib/programmes/create-programme";
import { failure, parseProgrammeDetails, translateIssues } from "./details-form-data";
import type { ProgrammeFormState } from "./form-state";

export async function createProgrammeAction(_previous: ProgrammeFormState, formData: FormData): Promise<ProgrammeFormState> {
  const t = await getTranslations("programmeAdmin");
  const { values, parsed } = parseProgrammeDetails(formData);
  if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, t), message: t("errors.formHasErrors"), values };
  let id: string;
  try {
    ({ id } = await createProgramme({ actor: await getCurrentUser(), input: parsed.data }));
  } catch (error) {
    return failure(error, t, values);
  }
  revalidatePath("/admin");
  redirect(`/admin/programmes/${id}/timeline?created=1`);
}
