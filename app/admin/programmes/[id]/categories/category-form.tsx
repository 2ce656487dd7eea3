"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, RadioGroup, Select, TextArea, TextInput } from "@/components/ui";
import { PRIZE_CURRENCIES } from "@/lib/validation/category";
import { INITIAL_FORM_STATE, type AdminFormState } from "./form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

/** The category's fields; used to add a category and to edit one. */
export function CategoryForm({
  action,
  initial,
  timeZone,
  mode,
}: {
  action: Action;
  initial: Record<string, string>;
  timeZone: string;
  mode: "create" | "edit";
}) {
  const t = useTranslations("categoryAdmin");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const v = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  const optional = t("optional");
  const fieldset = "flex flex-col gap-4 rounded-lg border border-line p-4";

  return (
    <form action={formAction} aria-label={mode === "create" ? t("newTitle") : t("submitSave")} className="flex flex-col gap-6" noValidate>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      {/* Remounted on each answer so the fields show what was typed (or saved). */}
      <div key={state.attempt ?? 0} className="flex flex-col gap-6">
        <TextInput name="name" label={t("field.name")} required defaultValue={v.name} error={e.name} maxLength={120} />
        <TextArea name="description" label={t("field.description")} hint={t("field.descriptionHint")} optionalText={optional} rows={3} defaultValue={v.description} error={e.description} />

        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">{t("field.prizeLegend")}</legend>
          <RadioGroup
            name="prizeKind"
            legend={t("field.prizeKindLegend")}
            defaultValue={v.prizeKind ?? "none"}
            error={e.prizeKind}
            options={(["money", "other", "none"] as const).map((k) => ({ value: k, label: t(`field.prizeKind.${k}`) }))}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput name="prizeAmount" label={t("field.prizeAmount")} hint={t("field.prizeAmountHint")} inputMode="decimal" defaultValue={v.prizeAmount} error={e.prizeAmount} />
            <Select
              name="prizeCurrency"
              label={t("field.prizeCurrency")}
              defaultValue={v.prizeCurrency ?? "EUR"}
              error={e.prizeCurrency}
              options={PRIZE_CURRENCIES.map((c) => ({ value: c, label: c }))}
            />
          </div>
          <TextInput name="prizeDescription" label={t("field.prizeDescription")} hint={t("field.prizeDescriptionHint")} defaultValue={v.prizeDescription} error={e.prizeDescription} />
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="winnerCount" type="number" min={1} label={t("field.winnerCount")} required defaultValue={v.winnerCount ?? "1"} error={e.winnerCount} />
          <TextInput name="finalistCount" type="number" min={1} label={t("field.finalistCount")} hint={t("field.finalistCountHint")} required defaultValue={v.finalistCount ?? "3"} error={e.finalistCount} />
        </div>

        <RadioGroup
          name="nomineeKind"
          legend={t("field.nomineeKind")}
          defaultValue={v.nomineeKind ?? "individual"}
          error={e.nomineeKind}
          options={(["individual", "group", "either"] as const).map((k) => ({ value: k, label: t(`field.nomineeKindOption.${k}`) }))}
        />
        <RadioGroup
          name="submissionMode"
          legend={t("field.submissionMode")}
          defaultValue={v.submissionMode ?? "both"}
          error={e.submissionMode}
          options={(["self", "nomination", "both"] as const).map((k) => ({ value: k, label: t(`field.submissionModeOption.${k}`) }))}
        />

        <fieldset className={fieldset} aria-describedby="age-hint">
          <legend className="px-1 text-lg font-semibold">{t("field.ageLegend")}</legend>
          <p id="age-hint" className="text-sm text-ink-muted">
            {t("field.ageHint")}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput name="minAge" type="number" min={0} max={120} label={t("field.minAge")} optionalText={optional} defaultValue={v.minAge} error={e.minAge} />
            <TextInput name="maxAge" type="number" min={0} max={120} label={t("field.maxAge")} optionalText={optional} defaultValue={v.maxAge} error={e.maxAge} />
          </div>
          <RadioGroup
            name="ageReference"
            legend={t("field.ageReference")}
            defaultValue={v.ageReference ?? "submission"}
            error={e.ageReference}
            options={(["submission", "date"] as const).map((k) => ({ value: k, label: t(`field.ageReferenceOption.${k}`) }))}
          />
          <TextInput
            name="ageReferenceDate"
            type="date"
            label={t("field.ageReferenceDate")}
            hint={t("field.ageReferenceDateHint", { timeZone })}
            defaultValue={v.ageReferenceDate}
            error={e.ageReferenceDate}
          />
        </fieldset>

        <TextArea name="voteAreas" label={t("field.voteAreas")} hint={t("field.voteAreasHint")} optionalText={optional} rows={3} defaultValue={v.voteAreas} error={e.voteAreas} />

        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">{t("field.scoreLegend")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput name="scoreScaleMin" type="number" label={t("field.scoreScaleMin")} required defaultValue={v.scoreScaleMin ?? "1"} error={e.scoreScaleMin} />
            <TextInput name="scoreScaleMax" type="number" label={t("field.scoreScaleMax")} required defaultValue={v.scoreScaleMax ?? "10"} error={e.scoreScaleMax} />
          </div>
        </fieldset>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : mode === "create" ? t("submitCreate") : t("submitSave")}
        </Button>
      </div>
    </form>
  );
}
