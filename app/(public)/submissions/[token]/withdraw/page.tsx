import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmStepForm } from "@/components/private-links/confirm-step-form";
import { Container, PageHeader } from "@/components/ui";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";
import { loadSubmissionByToken } from "@/lib/nominations/load-submission-by-token";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { withdrawSubmissionAction } from "../actions";

export const generateMetadata = () => privatePageMetadata("privateLink.withdraw");

// The confirm step before withdrawing: the button on this page does it.
export default async function WithdrawSubmissionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadSubmissionByToken({ token });
  if (!view) notFound();
  const back = `/submissions/${encodeURIComponent(token)}`;
  if (!view.canWithdraw) redirect(view.status === "withdrawn" ? `${back}?notice=withdrawn` : `${back}?notice=withdrawNotPossible`);
  const t = await getTranslations("privateLink.withdraw");
  const about = { programme: programmeTitle(view.programme), category: view.category.name, nominee: view.group?.name || view.nominee.name };
  return (
    <Container size="narrow">
      <PageHeader eyebrow={about.programme} title={t("title")} description={t(`body.${view.kind}`, about)} />
      {view.kind === "nomination" && view.nomineeAsked ? <p className="mb-6">{t("nominee")}</p> : null}
      <ConfirmStepForm action={withdrawSubmissionAction} token={token} confirmLabel={t("button")} cancelLabel={t("cancel")} backHref={back} />
    </Container>
  );
}
