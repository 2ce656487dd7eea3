"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, TextArea } from "@/components/ui";
import { SHORTLIST_LIMITS } from "@/lib/shortlist/shortlist-schemas";
import { INITIAL_SHORTLIST_STATE, type ShortlistAction } from "./form-state";

/** Unlocking removes the finalists: the organiser gives a reason and ticks a box to confirm. */
export function UnlockForm({ action }: { action: ShortlistAction }) {
  const t = useTranslations("shortlist.unlock");
  const [state, formAction, pending] = useActionState(action, INITIAL_SHORTLIST_STATE);
  return (
    <form action={formAction} aria-labelledby="unlock-title" className="flex flex-col gap-4" noValidate>
      <h2 id="unlock-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("body")}</p>
      {state.message && !state.ok ? <Alert tone="danger">{state.message}</Alert> : null}
      <div key={state.attempt ?? 0} className="flex flex-col gap-4">
        <TextArea
          name="reason"
          id="unlock-reason"
          label={t("reason")}
          required
          rows={3}
          maxLength={SHORTLIST_LIMITS.reason}
          defaultValue={state.values?.reason}
          error={state.fieldErrors?.reason}
        />
        <Checkbox name="confirm" id="unlock-confirm" label={t("confirm")} error={state.fieldErrors?.confirm} defaultChecked={state.values?.confirm === "on"} />
      </div>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("pending") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
