// The jury settings form, shared by the server action and tests. Messages are
// keys under "jurySettings.errors".
import { z } from "zod";

export const JURY_SCORES_VISIBILITY = ["after_own", "after_review"] as const;
export const ZJuryScoresVisibility = z.enum(JURY_SCORES_VISIBILITY, { error: "visibilityInvalid" });

export const ZJurySettings = z.strictObject({
  juryBlind: z.boolean(),
  juryNormalise: z.boolean(),
  juryScoresVisibility: ZJuryScoresVisibility,
  transparencyPublic: z.boolean(),
});
export type TJurySettings = z.infer<typeof ZJurySettings>;

export const JURY_SETTING_FIELDS = ["juryBlind", "juryNormalise", "juryScoresVisibility", "transparencyPublic"] as const satisfies readonly (keyof TJurySettings)[];

/** A ticked checkbox posts "on"; an unticked one posts nothing. Anything else is tampering. */
const ZCheckbox = z.union([z.literal("on"), z.null()], { error: "checkboxInvalid" }).transform((v) => v === "on");

/** Reads the settings from a posted form. */
export const ZJurySettingsForm = z
  .object({
    juryBlind: ZCheckbox,
    juryNormalise: ZCheckbox,
    juryScoresVisibility: z.string({ error: "visibilityInvalid" }).pipe(ZJuryScoresVisibility),
    transparencyPublic: ZCheckbox,
  })
  .pipe(ZJurySettings);

export function jurySettingsFromForm(formData: FormData) {
  return ZJurySettingsForm.safeParse(Object.fromEntries(JURY_SETTING_FIELDS.map((f) => [f, formData.get(f)])));
}
