import { answerPath } from "@/lib/nominations/answers";
import type { PublicFormQuestion } from "@/lib/nominations/load-submission-form";
import type { FieldKit } from "@/components/submission/field-kit";
import { PHOTO_FIELD, type FormValues, type SubmissionKind } from "@/components/submission/form-values";

/** Fields in the order the form shows them, so the error summary reads top to bottom. */
export function fieldOrder(questions: readonly PublicFormQuestion[]): string[] {
  return [
    "nomineeKind",
    "group.name",
    "group.size",
    "group.memberAges",
    "nominee.name",
    "nominee.email",
    "nominee.birthDate",
    "nominee.district",
    "nominator.name",
    "nominator.email",
    "story",
    ...questions.map((q) => answerPath(q.id)),
    PHOTO_FIELD,
    "appearance.displayName",
    "appearance.chosenName",
    "guardianEmail",
    "privacyAccepted",
  ];
}

/** Each field's label as shown, for the error summary ("Their email address: Please enter …"). */
export function fieldLabels(t: FieldKit["t"], kind: SubmissionKind, nomineeKind: FormValues["nomineeKind"], questions: readonly PublicFormQuestion[]): Record<string, string> {
  const group = nomineeKind === "group";
  const variant = group ? (kind === "nomination" ? "groupNomination" : "groupApplication") : kind;
  return {
    nomineeKind: t(kind === "nomination" ? "field.nomineeKind.legendNomination" : "field.nomineeKind.legendApplication"),
    "group.name": t("field.groupName"),
    "group.size": t("field.groupSize"),
    "group.memberAges": t("field.groupMemberAges"),
    "nominee.name": t(`field.nomineeName.${variant}`),
    "nominee.email": t(`field.nomineeEmail.${variant}`),
    "nominee.birthDate": t(`field.nomineeBirthDate.${kind}`),
    "nominee.district": t(group ? "field.nomineeDistrict.group" : `field.nomineeDistrict.${kind}`),
    "nominator.name": t("field.nominatorName"),
    "nominator.email": t("field.nominatorEmail"),
    story: t(`field.story.${kind === "application" ? "application" : group ? "nominationGroup" : "nomination"}`),
    ...Object.fromEntries(questions.map((q) => [answerPath(q.id), q.label])),
    [PHOTO_FIELD]: t("field.photo.label"),
    "appearance.displayName": t("field.displayName.legend"),
    "appearance.chosenName": t("field.chosenName"),
    guardianEmail: t("field.guardianEmail"),
    privacyAccepted: t("section.privacy"),
  };
}
