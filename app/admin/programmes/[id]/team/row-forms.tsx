"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, Select } from "@/components/ui";
import { removeMemberAction, resendInvitationAction, revokeInvitationAction, updateMembershipAction } from "./actions";
import { INITIAL_TEAM_STATE, type TeamFormState } from "./form-state";

function Message({ state }: { state: TeamFormState }) {
  if (!state.message) return null;
  return (
    <Alert tone={state.ok ? "success" : "danger"} className="mt-2 text-sm">
      {state.message}
    </Alert>
  );
}

/** One button that acts on one row; `context` (read by screen readers) names the person, so each button makes sense out of context. */
function RowButton({
  action,
  field,
  id,
  label,
  context,
  pendingLabel,
  variant = "secondary",
  state,
  pending,
}: {
  action: (formData: FormData) => void;
  field: string;
  id: string;
  label: string;
  context: string;
  pendingLabel: string;
  variant?: "secondary" | "danger";
  state: TeamFormState;
  pending: boolean;
}) {
  return (
    <form action={action}>
      <input type="hidden" name={field} value={id} />
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
        <span className="sr-only"> {context}</span>
      </Button>
      <Message state={state} />
    </form>
  );
}

export function RemoveMemberButton({ programmeId, membershipId, person }: { programmeId: string; membershipId: string; person: string }) {
  const t = useTranslations("teamAdmin.members");
  const [state, action, pending] = useActionState(removeMemberAction.bind(null, programmeId), INITIAL_TEAM_STATE);
  return (
    <RowButton
      action={action}
      field="membershipId"
      id={membershipId}
      label={t("remove")}
      context={person}
      pendingLabel={t("removing")}
      variant="danger"
      state={state}
      pending={pending}
    />
  );
}

export function ResendInvitationButton({ programmeId, invitationId, email }: { programmeId: string; invitationId: string; email: string }) {
  const t = useTranslations("teamAdmin.invitations");
  const [state, action, pending] = useActionState(resendInvitationAction.bind(null, programmeId), INITIAL_TEAM_STATE);
  return (
    <RowButton action={action} field="invitationId" id={invitationId} label={t("resend")} context={email} pendingLabel={t("resending")} state={state} pending={pending} />
  );
}

export function RevokeInvitationButton({ programmeId, invitationId, email }: { programmeId: string; invitationId: string; email: string }) {
  const t = useTranslations("teamAdmin.invitations");
  const [state, action, pending] = useActionState(revokeInvitationAction.bind(null, programmeId), INITIAL_TEAM_STATE);
  return (
    <RowButton
      action={action}
      field="invitationId"
      id={invitationId}
      label={t("revoke")}
      context={email}
      pendingLabel={t("revoking")}
      variant="danger"
      state={state}
      pending={pending}
    />
  );
}

export interface JurorSettings {
  membershipId: string;
  person: string;
  categoryId: string | null;
  isChair: boolean;
  isPreviousWinner: boolean;
}

/** Category, chair and previous-winner flags of one juror, behind a disclosure to keep the table readable. */
export function ChangeJurorForm({ programmeId, juror, categories }: { programmeId: string; juror: JurorSettings; categories: { id: string; name: string }[] }) {
  const t = useTranslations("teamAdmin.members");
  const [state, action, pending] = useActionState(updateMembershipAction.bind(null, programmeId), INITIAL_TEAM_STATE);
  const prefix = `juror-${juror.membershipId}`;
  return (
    <details className="group">
      <summary className="cursor-pointer font-semibold text-brand underline">{t("change", { person: juror.person })}</summary>
      <form action={action} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="membershipId" value={juror.membershipId} />
        <Select
          name="categoryId"
          id={`${prefix}-category`}
          label={t("category")}
          defaultValue={juror.categoryId ?? ""}
          options={[{ value: "", label: t("allCategories") }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Checkbox name="isChair" id={`${prefix}-chair`} label={t("chair")} defaultChecked={juror.isChair} />
        <Checkbox name="isPreviousWinner" id={`${prefix}-previous-winner`} label={t("previousWinner")} defaultChecked={juror.isPreviousWinner} />
        <div>
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </Button>
        </div>
        <Message state={state} />
      </form>
    </details>
  );
}
