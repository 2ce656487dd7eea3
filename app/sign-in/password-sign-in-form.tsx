"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextInput } from "@/components/ui";
import { signInWithPasswordAction } from "./actions";
import { INITIAL_SIGN_IN_STATE } from "./form-state";

export function PasswordSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signInWithPasswordAction, INITIAL_SIGN_IN_STATE);
  return (
    <form action={action} aria-label={t("signIn.passwordFormLabel")} className="flex flex-col gap-4" noValidate>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      {state.message && <Alert tone="danger">{state.message}</Alert>}
      <TextInput
        id="password-email"
        name="email"
        type="email"
        label={t("signIn.email")}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextInput
        id="password-password"
        name="password"
        type="password"
        label={t("signIn.password")}
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("signIn.submittingPassword") : t("signIn.submitPassword")}
        </Button>
      </div>
    </form>
  );
}
