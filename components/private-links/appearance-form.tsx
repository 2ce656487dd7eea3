"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { AppearanceFields, appearanceFrom, type AppearanceValues } from "@/components/private-links/appearance-fields";
import { INITIAL_PRIVATE_LINK_STATE, type PrivateLinkFormState } from "@/components/private-links/form-state";
import { Alert, Button } from "@/components/ui";

type Action = (state: PrivateLinkFormState, formData: FormData) => Promise<PrivateLinkFormState>;

/** After accepting: the nominee changes how they appear (until nominations close). */
export function AppearanceForm({ action, token, stored, fullName }: { action: Action; token: string; stored: AppearanceValues; fullName: string }) {
  const t = useTranslations("consentPage.accepted");
  const [state, formAction, pending] = useActionState(action, INITIAL_PRIVATE_LINK_STATE);
  return (
    <form action={formAction} aria-labelledby="change-title" className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="token" value={token} />
      {state.message ? <Alert tone="danger">{state.message}</Alert> : null}
      <div key={state.attempt ?? 0}>
        <AppearanceFields values={appearanceFrom(state.values, stored)} errors={state.fieldErrors ?? {}} fullName={fullName} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
