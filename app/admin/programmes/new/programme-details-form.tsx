"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, RadioGroup, Select, TextArea, TextInput } from "@/components/ui";
import type { ProgrammeFormState } from "./form-state";

const MODES = ["jury_only", "jury_then_public", "combined", "public_only"] as const;
const CADENCES = ["yearly", "monthly", "once"] as const;

export interface ProgrammeDetailsFormProps {
  action: (state: ProgrammeFormState, formData: FormData) => Promise<ProgrammeFormState>;
  /** The saved values (edit) or sensible defaults (new). */
  initial: Record<string, string>;
  languages: { locale: string; name: string }[];
  submitLabel: string;
}

/** Create and edit share one form: the same fields, messages and kept values. */
export function ProgrammeDetailsForm({ action, initial, languages, submitLabel }: ProgrammeDetailsFormProps) {
  const t = useTranslations("programmeAdmin.form");
  const common = useTranslations("programmeAdmin");
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const v = state.values ?? initial;
  const e = state.fieldErrors ?? {};
  const optional = common("optional");
  // Remount the fields after each answer so they show the values the server handed back.
  const key = JSON.stringify(v);

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      {state.message && <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert>}
      <div key={key} className="flex flex-col gap-5">
        <TextInput name="name" label={t("name")} required defaultValue={v.name} error={e.name} />
        <TextInput name="edition" label={t("edition")} hint={t("editionHint")} required defaultValue={v.edition} error={e.edition} />
        <TextInput name="slug" label={t("slug")} hint={t("slugHint")} required defaultValue={v.slug} error={e.slug} autoCapitalize="none" spellCheck={false} />
        <TextArea name="description" label={t("description")} optionalText={optional} defaultValue={v.description} error={e.description} />
        <TextInput name="organiserName" label={t("organiserName")} required defaultValue={v.organiserName} error={e.organiserName} />
        <TextInput name="organiserContact" label={t("organiserContact")} hint={t("organiserContactHint")} required defaultValue={v.organiserContact} error={e.organiserContact} />
        <TextInput name="city" label={t("city")} required defaultValue={v.city} error={e.city} />
        <TextInput name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} required defaultValue={v.timeZone} error={e.timeZone} autoCapitalize="none" spellCheck={false} />
        <Select
          name="defaultLocale"
          label={t("defaultLocale")}
          required
          defaultValue={v.defaultLocale}
          error={e.defaultLocale}
          options={languages.map((l) => ({ value: l.locale, label: l.name }))}
        />
        <TextInput name="heroImage" label={t("heroImage")} hint={t("heroImageHint")} optionalText={optional} defaultValue={v.heroImage} error={e.heroImage} />
        <TextArea name="privacyNotice" label={t("privacyNotice")} hint={t("privacyNoticeHint")} optionalText={optional} defaultValue={v.privacyNotice} error={e.privacyNotice} />
        <RadioGroup
          name="decisionMode"
          legend={t("decisionMode")}
          required
          defaultValue={v.decisionMode}
          error={e.decisionMode}
          options={MODES.map((m) => ({ value: m, label: t(`modes.${m}`), hint: t(`modeHints.${m}`) }))}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="juryWeight" type="number" inputMode="numeric" min={0} max={100} label={t("juryWeight")} defaultValue={v.juryWeight} error={e.juryWeight} />
          <TextInput name="publicWeight" type="number" inputMode="numeric" min={0} max={100} label={t("publicWeight")} defaultValue={v.publicWeight} error={e.publicWeight} />
        </div>
        <p className="-mt-3 text-sm text-ink-muted">{t("weightsHint")}</p>
        <Select name="cadence" label={t("cadence")} required defaultValue={v.cadence} error={e.cadence} options={CADENCES.map((c) => ({ value: c, label: t(`cadences.${c}`) }))} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common("saving") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
