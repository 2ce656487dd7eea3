import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/validation/auth";
import { EmailLinkForm } from "./email-link-form";
import { PasswordSignInForm } from "./password-sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Auth.js sends failed link sign-ins back here with ?error=<type>. */
function errorKey(error: string | undefined) {
  if (!error) return undefined;
  if (error === "Verification") return "linkInvalid" as const;
  if (error === "AccessDenied") return "linkRefused" as const;
  if (error === "CredentialsSignin") return "credentialsWrong" as const;
  return "generic" as const;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const callbackUrl = safeCallbackUrl(one("callbackUrl"));
  if (await getCurrentUser()) redirect(callbackUrl ?? "/sign-in/continue");

  const t = await getTranslations("auth");
  const problem = errorKey(one("error"));
  return (
    <div className="mx-auto w-full max-w-xl px-4">
      <PageHeader title={t("signIn.title")} description={t("signIn.intro")} />
      <div className="flex flex-col gap-6">
        {problem && <Alert tone="danger">{t(`errors.${problem}`)}</Alert>}
        {one("signedOut") && <Alert tone="success">{t("signIn.signedOut")}</Alert>}

        <Card as="section" aria-labelledby="password-heading">
          <h2 id="password-heading" className="mb-4 text-xl font-semibold">
            {t("signIn.passwordHeading")}
          </h2>
          <PasswordSignInForm callbackUrl={callbackUrl} />
        </Card>

        <p className="text-center text-ink-muted" aria-hidden="true">
          {t("signIn.or")}
        </p>

        <Card as="section" aria-labelledby="link-heading">
          <h2 id="link-heading" className="mb-4 text-xl font-semibold">
            {t("signIn.linkHeading")}
          </h2>
          <EmailLinkForm callbackUrl={callbackUrl} />
        </Card>

        <p className="text-sm">
          <Link href="/" className="text-brand underline hover:no-underline">
            {t("signIn.publicNote")}
          </Link>
        </p>
      </div>
    </div>
  );
}
