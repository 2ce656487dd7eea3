import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicFrame } from "@/components/layout/public-frame";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errorPages");
  return { title: t("notFoundTitle") };
}

// Rendered inside the root layout only, so it brings the public header and footer itself.
export default async function NotFound() {
  const t = await getTranslations("errorPages");
  return (
    <PublicFrame>
      <Container size="narrow">
        <PageHeader title={t("notFoundTitle")} description={t("notFoundBody")} />
        <Button href="/">{t("home")}</Button>
      </Container>
    </PublicFrame>
  );
}
