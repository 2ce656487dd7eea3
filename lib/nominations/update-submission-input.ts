// The private-link edit form: the public form's own pieces (ZSubmission,
// ZAppearance), minus what cannot change after sending (category, kind, the
// confirmed address). Pure, so the form and the server read the same fields.
import { z } from "zod";
import { ZAppearance, ZSubmission } from "@/lib/validation/submission";

export const ZSubmissionEdit = z.object({
  nominee: ZSubmission.shape.nominee,
  group: ZSubmission.shape.group,
  nominatorName: ZSubmission.shape.nominator.unwrap().shape.name.optional(),
  story: ZSubmission.shape.story,
  answers: ZSubmission.shape.answers,
  appearance: ZAppearance.optional(),
  guardianEmail: ZSubmission.shape.guardianEmail,
  /** Upload token of a new photo (POST /api/uploads); "" keeps the current one. */
  photoUpload: ZSubmission.shape.photoUpload,
  removePhoto: z.boolean().default(false),
});
export type SubmissionEdit = z.infer<typeof ZSubmissionEdit>;

/** The edit form's field names; answers are "answers.<questionId>". */
export const EDIT_FIELDS = [
  "nominee.name",
  "nominee.email",
  "nominee.birthDate",
  "nominee.district",
  "group.name",
  "group.size",
  "group.memberAges",
  "nominator.name",
  "story",
  "appearance.displayName",
  "appearance.chosenName",
  "appearance.showPhoto",
  "appearance.showDistrict",
  "guardianEmail",
  "photoUpload",
  "removePhoto",
] as const;

type FormSource = Pick<FormData, "get" | "getAll" | "keys">;

const str = (form: FormSource, name: string): string | undefined => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

/** "16, 17 22" → [16, 17, 22]; anything that is not a number stays, so the schema names the mistake. */
export function parseMemberAges(text: string): (number | string)[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : part));
}

/**
 * The form as the object ZSubmissionEdit reads. Which parts are there depends
 * on the submission (a group's fields, an applicant's appearance); answers
 * keep every value a field sent (multiple-choice questions send several).
 */
export function editFormInput(form: FormSource): Record<string, unknown> {
  const answers: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (!key.startsWith("answers.")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    answers[key.slice("answers.".length)] = values.length === 1 ? values[0] : values;
  }
  const input: Record<string, unknown> = {
    nominee: {
      name: str(form, "nominee.name") ?? "",
      email: str(form, "nominee.email"),
      birthDate: str(form, "nominee.birthDate") ?? "",
      district: str(form, "nominee.district") ?? "",
    },
    story: str(form, "story") ?? "",
    answers,
    guardianEmail: str(form, "guardianEmail"),
    photoUpload: str(form, "photoUpload") ?? "",
    removePhoto: form.get("removePhoto") === "on",
  };
  if (form.get("group.name") !== null) {
    input.group = { name: str(form, "group.name") ?? "", size: str(form, "group.size") ?? "", memberAges: parseMemberAges(str(form, "group.memberAges") ?? "") };
  }
  if (form.get("nominator.name") !== null) input.nominatorName = str(form, "nominator.name");
  if (form.get("appearance.displayName") !== null) {
    input.appearance = {
      displayName: str(form, "appearance.displayName"),
      chosenName: str(form, "appearance.chosenName") ?? "",
      showPhoto: form.get("appearance.showPhoto") === "on",
      showDistrict: form.get("appearance.showDistrict") === "on",
    };
  }
  return input;
}

/** What the person typed, to put back into the form after a refusal (strings, lists for multiple choice). */
export function editFormValues(form: FormSource): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key === "token" || key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 20000));
    out[key] = key.startsWith("answers.") && values.length !== 1 ? values : (values[0] ?? "");
  }
  return out;
}
