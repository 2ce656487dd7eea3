"use client";
import { useActionState } from "react";
import { Alert, Button, Select, type SelectOption } from "@/components/ui";
import { INITIAL_MODERATION_STATE, type ModerationAction } from "./form-state";

/** Choose the other nomination (same category) for "duplicate of" or "merge into". */
export function LinkForm({
  action,
  id,
  title,
  label,
  hint,
  placeholder,
  submit,
  pendingLabel,
  options,
}: {
  action: ModerationAction;
  id: string;
  title: string;
  label: string;
  hint: string;
  placeholder: string;
  submit: string;
  pendingLabel: string;
  options: SelectOption[];
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_MODERATION_STATE);
  return (
    <form action={formAction} aria-label={title} className="flex flex-col gap-4" noValidate>
      {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
      <div key={state.attempt ?? 0}>
        <Select
          name="targetId"
          id={id}
          label={label}
          hint={hint}
          required
          placeholder={placeholder}
          options={options}
          defaultValue={state.values?.targetId ?? ""}
          error={state.fieldErrors?.targetId}
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? pendingLabel : submit}
        </Button>
      </div>
    </form>
  );
}
