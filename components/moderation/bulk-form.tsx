"use client";
import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, Select, TextArea } from "@/components/ui";
import { REJECTION_REASON_MAX } from "@/lib/moderation/moderation-schemas";
import { INITIAL_MODERATION_STATE, type BulkAction, type BulkFormState } from "./form-state";

/**
 * The queue's table inside one form: tick submissions, choose what to do,
 * confirm. The answer says how many changed and lists, by name, the ones that
 * could not and why.
 */
export function BulkForm({ action, children }: { action: BulkAction; children: ReactNode }) {
  const t = useTranslations("moderation.bulk");
  const errors = useTranslations("moderation.errors");
  const [state, formAction, pending] = useActionState(action, INITIAL_MODERATION_STATE as BulkFormState);
  const e = state.fieldErrors ?? {};
  const statuses = useTranslations("moderation.status");
  const reasonText = (f: { reason: string; status: string | null }) => {
    // "Not possible while it is Rejected" says more than a generic state error.
    if (f.reason === "invalid_state" && f.status && statuses.has(f.status as never)) return t("notWhile", { status: statuses(f.status as never) });
    return errors.has(f.reason as never) ? errors(f.reason as never) : errors("generic");
  };

  return (
    <form action={formAction} aria-label={t("title")} className="flex flex-col gap-6" noValidate>
      {state.message ? (
        <Alert tone={state.ok && !state.failed?.length ? "success" : state.ok ? "warning" : "danger"} title={state.message}>
          {state.failed?.length ? (
            <>
              <p>{t("failedIntro")}</p>
              <ul className="mt-2 list-disc ps-6">
                {state.failed.map((f) => (
                  <li key={f.nominationId}>
                    <span className="font-semibold">{f.title ?? t("unknownSubmission")}</span>: {reasonText(f)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
      {children}
      <fieldset className="flex flex-col gap-4 rounded-lg border border-line p-4" key={state.attempt ?? 0}>
        <legend className="px-1 text-lg font-semibold">{t("title")}</legend>
        {e.nominationIds ? (
          <p id="bulk-ids-error" className="text-sm font-semibold text-danger">
            <span aria-hidden="true">! </span>
            {e.nominationIds}
          </p>
        ) : null}
        <Select
          name="action"
          id="bulk-action"
          label={t("action")}
          required
          placeholder={t("choose")}
          defaultValue={state.values?.action ?? ""}
          error={e.action}
          options={[
            { value: "accept", label: t("accept") },
            { value: "reject", label: t("reject") },
          ]}
        />
        <TextArea
          name="reason"
          id="bulk-reason"
          label={t("reason")}
          hint={t("reasonHint", { max: REJECTION_REASON_MAX })}
          rows={3}
          maxLength={REJECTION_REASON_MAX}
          defaultValue={state.values?.reason}
          error={e.reason}
        />
        <Checkbox name="confirm" id="bulk-confirm" label={t("confirm")} error={e.confirm} />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("pending") : t("submit")}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
