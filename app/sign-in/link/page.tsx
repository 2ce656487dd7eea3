import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, Button, PageHeader } from "@/components/ui";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/sign-in-link-token";
import { safeCallbackUrl } from "@/lib/validation/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.link");
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Emailed links land here, not on Auth.js's callback: mail security scanners
// open every link in a message, which would use up a one-time token before the
// person clicks. Scanners do not submit forms, so the token is spent only when
// the person presses the button.
export default async function SignInLinkPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const token = one("token");
  const email = one("email");
  const callbackUrl = safeCallbackUrl(one("callbackUrl"));
  const t = await getTranslations("auth.link");
  const complete = token && /^[0-9a-f]{16,128}$/.test(token) && email && email.length <= 254;

  return (
    <div className="mx-auto w-full max-w-xl px-4">
      <PageHeader title={t("title")} />
      {complete ? (
        <>
          <p>{t("body", { email })}</p>
          <form method="get" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}`} className="mt-6">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="email" value={email} />
            {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
            <Button type="submit" size="lg">
              {t("submit")}
            </Button>
          </form>
          <p className="mt-6 text-sm text-ink-muted">{t("why")}</p>
        </>
      ) : (
        <Alert tone="danger">{t("incomplete")}</Alert>
      )}
      <p className="mt-6">
        <Link href="/sign-in" className="font-semibold text-brand underline hover:no-underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
