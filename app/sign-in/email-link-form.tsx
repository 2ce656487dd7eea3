"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextInput } from "@/components/ui";
import { requestSignInLinkAction } from "./actions";
import { INITIAL_SIGN_IN_STATE } from "./form-state";

export function EmailLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(requestSignInLinkAction, INITIAL_SIGN_IN_STATE);
  return (
    <form action={action} aria-label={t("signIn.linkFormLabel")} className="flex flex-col gap-4" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {state.message && <Alert tone="danger">{state.message}</Alert>}
      <TextInput
        id="link-email"
        name="email"
        type="email"
        label={t("signIn.email")}
        hint={t("signIn.linkIntro")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("signIn.submittingLink") : t("signIn.submitLink")}
        </Button>
      </div>
    </form>
  );
}
