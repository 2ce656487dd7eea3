"use client";
import { useActionState } from "react";
import { Alert, Button, type ButtonVariant } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

/** Confirm or reopen one category: hidden fields name it, a refusal shows above the button. */
export function ButtonForm({ action, hidden, label, pendingLabel, description, variant = "primary" }: {
  action: Action;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  description?: string;
  variant?: ButtonVariant;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </div>
    </form>
  );
}
