"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox } from "@/components/ui";
import { INITIAL_MODERATION_STATE, type ModerationAction } from "./form-state";

/** Erasure cannot be undone: the organiser ticks a box to confirm. */
export function EraseForm({ action }: { action: ModerationAction }) {
  const t = useTranslations("moderation.erase");
  const [state, formAction, pending] = useActionState(action, INITIAL_MODERATION_STATE);
  return (
    <form action={formAction} aria-label={t("title")} className="flex flex-col gap-4" noValidate>
      {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
      <Checkbox name="confirm" id="erase-confirm" label={t("confirm")} error={state.fieldErrors?.confirm} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
