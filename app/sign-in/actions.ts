"use server";
import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import { signIn } from "@/auth";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { sendEmail } from "@/lib/mail/send-email";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { ZRequestSignInLink, ZSignInWithPassword } from "@/lib/validation/auth";
import type { SignInFormState } from "./form-state";

const AFTER_SIGN_IN = "/sign-in/continue";

type T = Awaited<ReturnType<typeof getTranslations<"auth">>>;

function fieldErrors(error: z.ZodError, t: T): SignInFormState["fieldErrors"] {
  const out: NonNullable<SignInFormState["fieldErrors"]> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "email" || field === "password") && !out[field]) {
      out[field] = t(`errors.${issue.message}` as Parameters<T>[0]);
    }
  }
  return out;
}

function typedEmail(formData: FormData): string {
  const value = formData.get("email");
  return typeof value === "string" ? value.slice(0, 254) : "";
}

export async function signInWithPasswordAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const t = await getTranslations("auth");
  const values = { email: typedEmail(formData) };
  const parsed = ZSignInWithPassword.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl"),
  });
  if (!parsed.success) {
    // An over-long password is just a wrong password: the same message for every failure.
    if (parsed.error.issues.some((i) => i.message === "credentialsWrong")) {
      return { ok: false, message: t("errors.credentialsWrong"), values };
    }
    return { ok: false, fieldErrors: fieldErrors(parsed.error, t), message: t("errors.formHasErrors"), values };
  }
  const destination = parsed.data.callbackUrl ?? AFTER_SIGN_IN;
  try {
    // Rate limits and the lock-out run inside the provider's authorize().
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false, redirectTo: destination });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: t("errors.credentialsWrong"), values };
    throw error;
  }
  redirect(destination);
}

export async function requestSignInLinkAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const t = await getTranslations("auth");
  const values = { email: typedEmail(formData) };
  const parsed = ZRequestSignInLink.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error, t), message: t("errors.formHasErrors"), values };

  const result = await requestSignInLink({
    email: parsed.data.email,
    callbackUrl: parsed.data.callbackUrl ?? AFTER_SIGN_IN,
    ip: clientIp(await headers()),
    locale: await getLocale(),
    // Sent after the response, so how long the mail server takes cannot tell
    // anyone whether the address has an account.
    deliver: async (mail) => {
      after(() =>
        sendEmail(mail).catch((error) => console.error("[auth] sign-in link email could not be stored or sent:", error)),
      );
    },
  });
  if (result.status === "rate_limited") {
    return { ok: false, message: t("errors.tooManyLinks", { minutes: Math.max(1, Math.ceil(result.retryAfterMs / 60_000)) }), values };
  }
  redirect("/sign-in/check-email");
}
