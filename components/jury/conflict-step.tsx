"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Card, RadioGroup, TextArea } from "@/components/ui";
import { CONFLICT_NOTE_MAX, CONFLICT_REASONS } from "@/lib/jury/conflict-input";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { INITIAL_JURY_FORM_STATE, type JuryFormAction } from "./form-state";

/**
 * Before a juror reads a nomination: only its title, and the choice between
 * "no conflict, continue" and declaring a conflict of interest. Both work
 * without JavaScript.
 */
export function ConflictStep({ title, continueAction, declareAction }: { title: string; continueAction: JuryFormAction; declareAction: JuryFormAction }) {
  const t = useTranslations("jury.conflict");
  const [state, formAction, pending] = useActionState(declareAction, INITIAL_JURY_FORM_STATE);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-6">
      <Card as="section" aria-labelledby="conflict-check-title">
        <h2 id="conflict-check-title" className="mb-2 text-xl font-semibold">
          {t("checkTitle")}
        </h2>
        <p className="mb-4 max-w-prose">{t("checkIntro", { title })}</p>
        <ActionButtonForm action={continueAction} label={t("continue")} pendingLabel={t("working")} />
      </Card>

      <Card as="section" aria-labelledby="declare-title">
        <h2 id="declare-title" className="mb-2 text-xl font-semibold">
          {t("declareTitle")}
        </h2>
        <p className="mb-4 max-w-prose text-ink-muted">{t("declareIntro")}</p>
        <form action={formAction} className="flex flex-col gap-4" key={state.attempt} noValidate>
          {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
          <RadioGroup
            name="reason"
            legend={t("reason")}
            defaultValue={values.reason}
            error={errors.reason}
            options={CONFLICT_REASONS.map((reason) => ({ value: reason, label: t(`reasons.${reason}`) }))}
          />
          <TextArea
            id="conflict-note"
            name="note"
            label={t("note")}
            optionalText={t("optional")}
            hint={t("noteHint")}
            error={errors.note}
            rows={3}
            maxLength={CONFLICT_NOTE_MAX}
            defaultValue={values.note}
          />
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? t("working") : t("declare")}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
