"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, TextArea } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

/** Choose the winners differently: the reason (10–500 characters) is kept with the results and in the audit log. */
export function OverrideForm({ action, categoryId, candidates, winnerCount }: {
  action: Action;
  categoryId: string;
  candidates: { finalistId: string; publicName: string }[];
  winnerCount: number;
}) {
  const t = useTranslations("admin.results.override");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const chosen = new Set((state.values?.winners ?? "").split(","));
  const groupId = `override-${categoryId}-winners`;
  const winnersError = state.fieldErrors?.winners;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <input type="hidden" name="categoryId" value={categoryId} />
      <fieldset className="flex flex-col gap-2" aria-describedby={`${groupId}-hint${winnersError ? ` ${groupId}-error` : ""}`}>
        <legend className="font-semibold">{t("winnersLegend")}</legend>
        <p id={`${groupId}-hint`} className="text-sm text-ink-muted">
          {t("winnersHint", { count: winnerCount })}
        </p>
        {winnersError ? (
          <p id={`${groupId}-error`} className="text-sm font-semibold text-danger">
            {winnersError}
          </p>
        ) : null}
        {candidates.map((f) => (
          <Checkbox key={f.finalistId} id={`${groupId}-${f.finalistId}`} name="winners" value={f.finalistId} label={f.publicName} defaultChecked={chosen.has(f.finalistId)} />
        ))}
      </fieldset>
      <TextArea name="reason" id={`override-${categoryId}-reason`} rows={3} label={t("reasonLabel")} hint={t("reasonHint")} maxLength={500} defaultValue={state.values?.reason} error={state.fieldErrors?.reason} required />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
