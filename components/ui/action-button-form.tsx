"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** The least an action answers: whether it worked, and a message when it did not. */
export interface ActionAnswer {
  ok: boolean;
  message?: string;
}

/**
 * One button that does one thing (accept, undo, reopen, withdraw…) through a
 * server action; works without JavaScript, and a refusal shows above it.
 */
export function ActionButtonForm<S extends ActionAnswer>({
  action,
  label,
  pendingLabel,
  variant = "primary",
  description,
  hidden = {},
}: {
  action: (state: S, formData: FormData) => Promise<S>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  description?: string;
  /** Fields the action needs that the person does not fill in (which item the button is about). */
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState<ActionAnswer, FormData>(
    action as unknown as (state: ActionAnswer, formData: FormData) => Promise<ActionAnswer>,
    { ok: true },
  );
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
