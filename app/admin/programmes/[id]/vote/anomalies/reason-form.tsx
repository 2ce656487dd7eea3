"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextArea } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

/** Quarantine or release: the hidden fields name the votes, the reason is required (5–300 characters). */
export function ReasonForm({ action, hidden, id, label, submit, pendingLabel, variant = "primary" }: {
  action: Action;
  hidden: Record<string, string>;
  id: string;
  label: string;
  submit: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const t = useTranslations("admin.vote.anomalies");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextArea name="reason" id={id} rows={2} label={label} hint={t("reasonHint")} maxLength={300} defaultValue={state.values?.reason} error={state.fieldErrors?.reason} required />
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? pendingLabel : submit}
        </Button>
      </div>
    </form>
  );
}
