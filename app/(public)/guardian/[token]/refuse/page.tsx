import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmStepForm } from "@/components/private-links/confirm-step-form";
import { Container, PageHeader } from "@/components/ui";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";
import { loadGuardianByToken } from "@/lib/nominations/load-guardian-by-token";
import { refuseGuardianAction } from "../actions";

export const generateMetadata = () => privatePageMetadata("guardianPage.refusePage");

// The confirm step before saying no, or (for a nomination that ended otherwise)
// before deleting its data on request: the data goes at once. The button on this page does it.
export default async function RefuseGuardianPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadGuardianByToken({ token });
  if (!view) notFound();
  const back = `/guardian/${encodeURIComponent(token)}`;
  const erase = view.state === "closed" && view.canErase;
  if (view.state !== "pending" && view.state !== "confirmed" && !erase) redirect(back);
  const t = await getTranslations("guardianPage.refusePage");
  return (
    <Container size="narrow">
      {erase ? (
        <PageHeader eyebrow={view.programme.title} title={t("eraseTitle")} description={t("eraseBody")} />
      ) : (
        <PageHeader eyebrow={view.programme.title} title={t("title")} description={t(`body.${view.kind}`, { nominee: view.nomineeName })} />
      )}
      <ConfirmStepForm action={refuseGuardianAction} token={token} confirmLabel={t(erase ? "eraseButton" : "button")} cancelLabel={t("cancel")} backHref={back} />
    </Container>
  );
}
