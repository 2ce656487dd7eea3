import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmStepForm } from "@/components/private-links/confirm-step-form";
import { Container, PageHeader } from "@/components/ui";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";
import { loadConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { declineConsentAction } from "../actions";

export const generateMetadata = () => privatePageMetadata("consentPage.declinePage");

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
      <ConfirmStepForm action={declineConsentAction} token={token} confirmLabel={t(erase ? "eraseButton" : "button")} cancelLabel={t("cancel")} backHref={back} />
    </Container>
  );
}
