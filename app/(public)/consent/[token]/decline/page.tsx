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

// The confirm step before declining, or (for a nomination that ended otherwise)
// before deleting its data on request: the data goes at once. The button on this page does it.
export default async function DeclineNominationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadConsentByToken({ token });
  if (!view) notFound();
  const back = `/consent/${encodeURIComponent(token)}`;
  const erase = view.state === "closed" && view.canErase;
  if (view.state !== "pending" && view.state !== "accepted" && !erase) redirect(back);
  const t = await getTranslations("consentPage.declinePage");
  return (
    <Container size="narrow">
      {erase ? (
        <PageHeader eyebrow={view.programme.title} title={t("eraseTitle")} description={t("eraseBody")} />
      ) : (
        <PageHeader eyebrow={view.programme.title} title={t("title")} description={t("body", { nominator: view.nominatorName })} />
      )}
      <p className="mb-6">{t(erase ? "eraseFinal" : "noReason")}</p>
      <form action={declineConsentAction} className="flex flex-wrap gap-3">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" variant="danger">
          {t(erase ? "eraseButton" : "button")}
        </Button>
        <Button href={back} variant="secondary">
          {t("cancel")}
        </Button>
      </form>
    </Container>
  );
}
