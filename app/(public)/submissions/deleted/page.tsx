import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button, Container, PageHeader } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privateLink.deleted");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

// Where "Delete my data" ends: the private link stops working with the data, so the outcome has a page of its own.
export default async function SubmissionDeletedPage() {
  const t = await getTranslations("privateLink.deleted");
  return (
    <Container size="narrow">
      <PageHeader title={t("title")} description={t("body")} />
      <Button href="/">{t("home")}</Button>
    </Container>
  );
}
