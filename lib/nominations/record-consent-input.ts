// The nominee's answer form (behind their private link): how they want to
// appear, their date of birth, and a parent's or guardian's address when they
// are under 18. Pure: the form and the server read the same fields. Messages
// are keys under `submission.errors` (the public form's), so both say the same.
import { z } from "zod";
import { ZAppearance, ZSubmission } from "@/lib/validation/submission";

export const ZConsentAccept = z.object({
  birthDate: z.string().trim().max(10, { error: "dateInvalid" }).default(""),
  appearance: ZAppearance,
  guardianEmail: ZSubmission.shape.guardianEmail,
});
export type ConsentAccept = z.infer<typeof ZConsentAccept>;

type FormSource = Pick<FormData, "get">;

const str = (form: FormSource, name: string): string | undefined => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

/** The appearance fields as ZAppearance reads them. */
export function appearanceFormInput(form: FormSource) {
  return {
    displayName: str(form, "appearance.displayName"),
    chosenName: str(form, "appearance.chosenName") ?? "",
    showPhoto: form.get("appearance.showPhoto") === "on",
    showDistrict: form.get("appearance.showDistrict") === "on",
  };
}

export function consentFormInput(form: FormSource) {
  return { birthDate: str(form, "birthDate") ?? "", appearance: appearanceFormInput(form), guardianEmail: str(form, "guardianEmail") };
}

export const CONSENT_FIELDS = ["birthDate", "appearance.displayName", "appearance.chosenName", "appearance.showPhoto", "appearance.showDistrict", "guardianEmail"] as const;
