"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, Select, TextArea, TextInput } from "@/components/ui";
import { ZQuestionType, ZQuestionVisibility } from "@/lib/validation/statuses";
import { INITIAL_FORM_STATE, type AdminFormState } from "../../form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export function QuestionForm({
  action,
  initial,
  defaultLanguage,
  mode,
  typeLocked = false,
}: {
  action: Action;
  initial: Record<string, string>;
  /** The programme's default language, named in the person's language. */
  defaultLanguage: string;
  mode: "create" | "edit";
  typeLocked?: boolean;
}) {
  const t = useTranslations("categoryAdmin");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  // After a question was added the form starts empty again.
  const v = state.values ?? (state.ok && mode === "create" && state.attempt ? {} : initial);
  const e = state.fieldErrors ?? {};
  const optional = t("optional");
  const labelHint = t("questions.field.labelHint", { language: defaultLanguage });

  return (
    <form action={formAction} aria-label={mode === "create" ? t("questions.addTitle") : t("questions.editTitle")} className="flex flex-col gap-5" noValidate>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <div key={state.attempt ?? 0} className="flex flex-col gap-5">
        <Select
          name="type"
          label={t("questions.field.type")}
          hint={typeLocked ? t("questions.typeLocked") : undefined}
          defaultValue={v.type ?? "short_text"}
          error={e.type}
          options={ZQuestionType.options.map((k) => ({ value: k, label: t(`questions.type.${k}`) }))}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="labelEn" lang="en" label={t("questions.field.labelEn")} hint={labelHint} defaultValue={v.labelEn} error={e.labelEn} id="q-labelEn" />
          <TextInput name="labelDe" lang="de" label={t("questions.field.labelDe")} hint={labelHint} defaultValue={v.labelDe} error={e.labelDe} id="q-labelDe" />
          <TextArea name="helpEn" lang="en" rows={2} label={t("questions.field.helpEn")} optionalText={optional} defaultValue={v.helpEn} error={e.helpEn} id="q-helpEn" />
          <TextArea name="helpDe" lang="de" rows={2} label={t("questions.field.helpDe")} optionalText={optional} defaultValue={v.helpDe} error={e.helpDe} id="q-helpDe" />
        </div>
        <Checkbox name="required" id="q-required" label={t("questions.field.required")} defaultChecked={v.required === "on"} error={e.required} />
        <Select
          name="visibility"
          id="q-visibility"
          label={t("questions.field.visibility")}
          defaultValue={v.visibility ?? "organisers"}
          error={e.visibility}
          options={ZQuestionVisibility.options.map((k) => ({ value: k, label: t(`questions.visibility.${k}`) }))}
        />
        <TextInput name="maxLength" id="q-maxLength" type="number" min={1} label={t("questions.field.maxLength")} hint={t("questions.field.maxLengthHint")} optionalText={optional} defaultValue={v.maxLength} error={e.maxLength} />
        <TextArea name="options" id="q-options" rows={4} label={t("questions.field.options")} hint={t("questions.field.optionsHint")} optionalText={optional} defaultValue={v.options} error={e.options} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : mode === "create" ? t("questions.submitCreate") : t("questions.submitSave")}
        </Button>
      </div>
    </form>
  );
}
