"use client";
import { useActionState } from "react";
import { Alert, Button, type ButtonVariant } from "@/components/ui";
import { INITIAL_JURY_FORM_STATE, type JuryFormAction } from "./form-state";

/** One button that does one thing (continue, reopen, withdraw); works without JavaScript; a refusal shows above it. */
export function ActionButton({
  action,
  label,
  pendingLabel,
  variant = "primary",
  description,
}: {
  action: JuryFormAction;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  description?: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_JURY_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
      {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </div>
    </form>
  );
}
