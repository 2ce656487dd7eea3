import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, PageHeader } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.checkEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

// The same page for every address, known or not: it never says whether a link was sent.
export default async function CheckEmailPage() {
  const t = await getTranslations("auth.checkEmail");
  return (
    <div className="mx-auto w-full max-w-xl px-4">
      <PageHeader title={t("title")} />
      <Alert tone="info">{t("body")}</Alert>
      <p className="mt-4 text-ink-muted">{t("notArrived")}</p>
      <p className="mt-6">
        <Link href="/sign-in" className="font-semibold text-brand underline hover:no-underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
