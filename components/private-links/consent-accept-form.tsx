"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { AppearanceFields, appearanceFrom } from "@/components/private-links/appearance-fields";
import { INITIAL_PRIVATE_LINK_STATE, type PrivateLinkFormState } from "@/components/private-links/form-state";
import { Alert, Button, TextInput } from "@/components/ui";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";

type Action = (state: PrivateLinkFormState, formData: FormData) => Promise<PrivateLinkFormState>;

/**
 * The nominee's "yes": how they appear, their date of birth (individuals) and,
 * if they are under 18, a parent's or guardian's address. The guardian field
 * is always there (it works without JavaScript); the hint says when it counts.
 */
export function ConsentAcceptForm({
  action,
  token,
  individual,
  fullName,
  ageRule,
}: {
  action: Action;
  token: string;
  individual: boolean;
  fullName: string;
  /** "aged 16–25 on 31 January 2027", when the category has an age rule. */
  ageRule: string | null;
}) {
  const t = useTranslations("consentPage.pending");
  const [state, formAction, pending] = useActionState(action, INITIAL_PRIVATE_LINK_STATE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} aria-labelledby="accept-title" className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="token" value={token} />
      {state.message ? <Alert tone="danger">{state.message}</Alert> : null}
      <div key={state.attempt ?? 0} className="flex flex-col gap-6">
        <AppearanceFields values={state.values ? appearanceFrom(v, {}) : { displayName: "first_name" }} errors={e} fullName={fullName} />
        {individual ? (
          <>
            <TextInput
              name="birthDate"
              id="birthDate"
              type="date"
              label={t("birthDate")}
              hint={ageRule ? `${t("birthDateHint")} ${t("ageRule", { rule: ageRule })}` : t("birthDateHint")}
              required
              defaultValue={v.birthDate as string | undefined}
              error={e.birthDate}
              autoComplete="bday"
            />
            <TextInput
              name="guardianEmail"
              id="guardianEmail"
              type="email"
              label={t("guardianEmail")}
              hint={t("guardianEmailHint")}
              optionalText={t("onlyUnder18")}
              defaultValue={v.guardianEmail as string | undefined}
              error={e.guardianEmail}
              maxLength={SUBMISSION_LIMITS.email}
              autoComplete="off"
            />
          </>
        ) : null}
      </div>
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t("accepting") : t("accept")}
        </Button>
      </div>
    </form>
  );
}
