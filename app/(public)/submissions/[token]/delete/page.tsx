import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button, Container, PageHeader } from "@/components/ui";
import { loadSubmissionByToken } from "@/lib/nominations/load-submission-by-token";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { eraseSubmissionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privateLink.erase");
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

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
      <form action={eraseSubmissionAction} className="flex flex-wrap gap-3">
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
