import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button, Container, PageHeader } from "@/components/ui";
import { loadConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { declineConsentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consentPage.declinePage");
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// The confirm step before declining (its data is deleted at once): the button on this page does it.
export default async function DeclineNominationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadConsentByToken({ token });
  if (!view) notFound();
  const back = `/consent/${encodeURIComponent(token)}`;
  if (view.state !== "pending" && view.state !== "accepted") redirect(back);
  const t = await getTranslations("consentPage.declinePage");
  return (
    <Container size="narrow">
      <PageHeader eyebrow={view.programme.title} title={t("title")} description={t("body", { nominator: view.nominatorName })} />
      <p className="mb-6">{t("noReason")}</p>
      <form action={declineConsentAction} className="flex flex-wrap gap-3">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" variant="danger">
          {t("button")}
        </Button>
        <Button href={back} variant="secondary">
          {t("cancel")}
        </Button>
      </form>
    </Container>
  );
}
