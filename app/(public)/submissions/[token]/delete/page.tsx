import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmStepForm } from "@/components/private-links/confirm-step-form";
import { Container, PageHeader } from "@/components/ui";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";
import { loadSubmissionByToken } from "@/lib/nominations/load-submission-by-token";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { eraseSubmissionAction } from "../actions";

export const generateMetadata = () => privatePageMetadata("privateLink.erase");

// The confirm step before erasure on request: the button on this page does it.
export default async function DeleteSubmissionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadSubmissionByToken({ token });
  if (!view) notFound();
  const back = `/submissions/${encodeURIComponent(token)}`;
  if (!view.canErase) redirect(back);
  const t = await getTranslations("privateLink.erase");
  return (
    <Container size="narrow">
      <PageHeader eyebrow={programmeTitle(view.programme)} title={t("title")} description={t("body")} />
      {view.kind === "nomination" ? <p className="mb-4">{t("nomineeToo")}</p> : null}
      <p className="mb-6">{t("final")}</p>
      <ConfirmStepForm action={eraseSubmissionAction} token={token} confirmLabel={t("button")} cancelLabel={t("cancel")} backHref={back} />
    </Container>
  );
}
