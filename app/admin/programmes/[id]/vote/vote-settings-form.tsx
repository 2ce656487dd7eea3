"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Card, Checkbox, RadioGroup, TextInput } from "@/components/ui";
import type { TVoteSettings } from "@/lib/voting/admin/vote-admin-schemas";
import { INITIAL_FORM_STATE, type AdminFormState } from "../categories/form-state";

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;

export function VoteSettingsForm({ action, settings, maxVotes }: { action: Action; settings: TVoteSettings; maxVotes: number }) {
  const t = useTranslations("admin.vote.settings");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const e = state.fieldErrors ?? {};
  // After a refused save the form shows what the person chose, not what is stored.
  const v = state.values;
  const checked = (field: "voteChangeAllowed" | "staffMayVote") => (v ? v[field] === "on" : settings[field]);
  return (
    <form action={formAction} aria-label={t("title")} className="flex max-w-3xl flex-col gap-6" noValidate key={state.attempt ?? 0}>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <Card as="section" aria-labelledby="who-title">
        <h2 id="who-title" className="mb-4 text-xl font-semibold">
          {t("whoTitle")}
        </h2>
        <RadioGroup
          name="voteVerification"
          id="vote-verification"
          legend={t("verification")}
          hint={t("verificationHint")}
          defaultValue={v?.voteVerification || settings.voteVerification}
          error={e.voteVerification}
          options={[
            { value: "email", label: t("email"), hint: t("emailHint") },
            { value: "allow_list", label: t("allowList"), hint: t("allowListHint") },
          ]}
        />
        <Checkbox name="staffMayVote" id="staff-may-vote" className="mt-6" label={t("staffMayVote")} hint={t("staffMayVoteHint")} defaultChecked={checked("staffMayVote")} error={e.staffMayVote} />
      </Card>
      <Card as="section" aria-labelledby="how-title">
        <h2 id="how-title" className="mb-4 text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <div className="flex flex-col gap-6">
          <TextInput
            name="votesPerCategory"
            id="votes-per-category"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxVotes}
            className="max-w-32"
            label={t("votesPerCategory")}
            hint={t("votesPerCategoryHint", { max: maxVotes })}
            defaultValue={v?.votesPerCategory ?? String(settings.votesPerCategory)}
            error={e.votesPerCategory}
            required
          />
          <Checkbox name="voteChangeAllowed" id="vote-change-allowed" label={t("voteChangeAllowed")} hint={t("voteChangeAllowedHint")} defaultChecked={checked("voteChangeAllowed")} error={e.voteChangeAllowed} />
        </div>
      </Card>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
