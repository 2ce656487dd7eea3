"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { duplicateProgramme } from "@/lib/programmes/duplicate-programme";
import { ZDuplicateProgramme } from "@/lib/validation/programme";
import { failure, translateIssues, typedValues } from "../../new/details-form-data";
import type { ProgrammeFormState } from "../../new/form-state";

export async function duplicateProgrammeAction(programmeId: string, _previous: ProgrammeFormState, formData: FormData): Promise<ProgrammeFormState> {
  const t = await getTranslations("programmeAdmin");
  const values = typedValues(formData, ["name", "edition", "slug"]);
  const parsed = ZDuplicateProgramme.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: translateIssues(parsed.error, t), message: t("errors.formHasErrors"), values };
  let id: string;
  try {
    ({ id } = await duplicateProgramme({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data }));
  } catch (error) {
    return failure(error, t, values);
  }
  revalidatePath("/admin");
  redirect(`/admin/programmes/${id}`);
}
