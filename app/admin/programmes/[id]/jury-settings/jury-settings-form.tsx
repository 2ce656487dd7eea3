"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Card, Checkbox, RadioGroup } from "@/components/ui";
import type { TJurySettings } from "@/lib/jury-settings/jury-settings-schema";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export function JurySettingsForm({ action, settings, normaliseLocked }: { action: Action; settings: TJurySettings; normaliseLocked: boolean }) {
  const t = useTranslations("jurySettings");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const e = state.fieldErrors ?? {};
  // After a refused save the form shows what the person chose, not what is stored.
  const v = state.values;
  const checked = (field: "juryBlind" | "juryNormalise" | "transparencyPublic") => (v ? v[field] === "on" : settings[field]);
  return (
    <form action={formAction} aria-label={t("title")} className="flex max-w-3xl flex-col gap-6" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}

      <Card as="section" aria-labelledby="independence-title">
        <h2 id="independence-title" className="mb-4 text-xl font-semibold">
          {t("independence.title")}
        </h2>
        <div className="flex flex-col gap-6">
          <Checkbox name="juryBlind" id="jury-blind" label={t("independence.blind")} hint={t("independence.blindHint")} defaultChecked={checked("juryBlind")} error={e.juryBlind} />
          <RadioGroup
            name="juryScoresVisibility"
            id="jury-visibility"
            legend={t("independence.visibility")}
            defaultValue={v?.juryScoresVisibility || settings.juryScoresVisibility}
            error={e.juryScoresVisibility}
            options={[
              { value: "after_own", label: t("independence.afterOwn"), hint: t("independence.afterOwnHint") },
              { value: "after_review", label: t("independence.afterReview"), hint: t("independence.afterReviewHint") },
            ]}
          />
        </div>
      </Card>

      <Card as="section" aria-labelledby="combining-title">
        <h2 id="combining-title" className="mb-2 text-xl font-semibold">
          {t("combining.title")}
        </h2>
        <p className="mb-4">{t("combining.intro")}</p>
        {normaliseLocked ? (
          <>
            {/* A disabled checkbox posts nothing: keep the stored value so saving other settings does not change it. */}
            {settings.juryNormalise ? <input type="hidden" name="juryNormalise" value="on" /> : null}
            <Checkbox name="juryNormaliseShown" id="jury-normalise" label={t("combining.normalise")} hint={t("combining.normaliseLocked")} defaultChecked={settings.juryNormalise} disabled />
          </>
        ) : (
          <Checkbox name="juryNormalise" id="jury-normalise" label={t("combining.normalise")} hint={t("combining.normaliseHint")} defaultChecked={checked("juryNormalise")} error={e.juryNormalise} />
        )}
      </Card>

      <Card as="section" aria-labelledby="transparency-title">
        <h2 id="transparency-title" className="mb-4 text-xl font-semibold">
          {t("transparency.title")}
        </h2>
        <Checkbox
          name="transparencyPublic"
          id="transparency-public"
          label={t("transparency.public")}
          hint={t("transparency.publicHint")}
          defaultChecked={checked("transparencyPublic")}
          error={e.transparencyPublic}
        />
      </Card>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
