import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacyPage");
  return { title: t("title") };
}

const SECTIONS = ["nominees", "voters", "cookies", "rights"] as const;

export default async function PrivacyPage() {
  const t = await getTranslations("privacyPage");
  return (
    <Container size="narrow">
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="flex flex-col gap-8">
        {SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`privacy-${section}`}>
            <h2 id={`privacy-${section}`} className="mb-2 text-xl font-bold">
              {t(`${section}Title`)}
            </h2>
            <p className="max-w-prose">{t(section)}</p>
          </section>
        ))}
      </div>
    </Container>
  );
}
