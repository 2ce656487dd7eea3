"use client";
import { useTranslations } from "next-intl";
import { Checkbox, RadioGroup, TextInput } from "@/components/ui";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";

export interface AppearanceValues {
  displayName?: string;
  chosenName?: string;
  showPhoto?: boolean;
  showDistrict?: boolean;
}

/**
 * How a nominee or applicant appears if they become a finalist or winner:
 * the name (full, first only, or one they choose), photo, district. Used by
 * the consent page and the applicant's edit form; field names are
 * "appearance.<field>".
 */
export function AppearanceFields({ values, errors, fullName }: { values: AppearanceValues; errors: Record<string, string | undefined>; fullName?: string }) {
  const t = useTranslations("privateLink.appearance");
  const first = fullName?.trim().split(/\s+/)[0];
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{t("legend")}</legend>
      <p className="text-sm text-ink-muted">{t("publicNote")}</p>
      <RadioGroup
        name="appearance.displayName"
        id="appearance-displayName"
        legend={t("nameLegend")}
        defaultValue={values.displayName}
        error={errors["appearance.displayName"]}
        options={[
          { value: "full_name", label: t("full_name"), hint: fullName ? t("example", { name: fullName }) : undefined },
          { value: "first_name", label: t("first_name"), hint: first ? t("example", { name: first }) : undefined },
          { value: "chosen_name", label: t("chosen_name") },
        ]}
      />
      <TextInput
        name="appearance.chosenName"
        id="appearance-chosenName"
        label={t("chosenName")}
        hint={t("chosenNameHint")}
        optionalText={t("onlyForChosenName")}
        defaultValue={values.chosenName}
        error={errors["appearance.chosenName"]}
        maxLength={SUBMISSION_LIMITS.chosenName}
        autoComplete="nickname"
      />
      <Checkbox name="appearance.showPhoto" id="appearance-showPhoto" label={t("showPhoto")} defaultChecked={values.showPhoto} error={errors["appearance.showPhoto"]} />
      <Checkbox name="appearance.showDistrict" id="appearance-showDistrict" label={t("showDistrict")} defaultChecked={values.showDistrict} error={errors["appearance.showDistrict"]} />
    </fieldset>
  );
}

/** Appearance values from a form's kept values ("on" for ticked boxes) or from what is stored. */
export function appearanceFrom(values: Record<string, string | string[] | undefined> | undefined, stored: AppearanceValues): AppearanceValues {
  if (!values) return stored;
  const s = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  return {
    displayName: s("appearance.displayName"),
    chosenName: s("appearance.chosenName") ?? "",
    showPhoto: s("appearance.showPhoto") === "on",
    showDistrict: s("appearance.showDistrict") === "on",
  };
}
