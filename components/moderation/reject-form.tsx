"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextArea } from "@/components/ui";
import { REJECTION_REASON_MAX } from "@/lib/moderation/moderation-schemas";
import { INITIAL_MODERATION_STATE, type ModerationAction } from "./form-state";

/** Reject with a reason; the submitter receives the reason by email, in their language. */
export function RejectForm({ action, submitterLanguage }: { action: ModerationAction; submitterLanguage: string }) {
  const t = useTranslations("moderation.reject");
  const [state, formAction, pending] = useActionState(action, INITIAL_MODERATION_STATE);
  return (
    <form action={formAction} aria-label={t("title")} className="flex flex-col gap-4" noValidate>
      {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
      <div key={state.attempt ?? 0}>
        <TextArea
          name="reason"
          id="reject-reason"
          label={t("reason")}
          hint={t("reasonHint", { language: submitterLanguage, max: REJECTION_REASON_MAX })}
          required
          rows={4}
          maxLength={REJECTION_REASON_MAX}
          defaultValue={state.values?.reason}
          error={state.fieldErrors?.reason}
        />
      </div>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
