"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button } from "@/components/ui";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

/** Withdraws one declaration; `context` (read by screen readers) says whose, so the button makes sense out of the table. */
export function WithdrawConflictButton({ action, conflictId, context }: { action: Action; conflictId: string; context: string }) {
  const t = useTranslations("conflictsAdmin.list");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction}>
      <input type="hidden" name="conflictId" value={conflictId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? t("withdrawing") : t("withdraw")}
        <span className="sr-only"> {context}</span>
      </Button>
      {state.message && !state.ok ? (
        <Alert tone="danger" className="mt-2 text-sm">
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
