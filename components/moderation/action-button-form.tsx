"use client";
import { useActionState } from "react";
import { Alert, Button, type ButtonVariant } from "@/components/ui";
import { INITIAL_MODERATION_STATE, type ModerationAction } from "./form-state";

/** One button that does one thing (accept, undo, unmerge); a refusal shows above it. */
export function ActionButtonForm({
  action,
  label,
  pendingLabel,
  variant = "primary",
  description,
}: {
  action: ModerationAction;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  description?: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_MODERATION_STATE);
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
