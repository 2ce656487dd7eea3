import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeCard } from "@/components/programmes/programme-card";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPublicProgrammes } from "@/lib/programmes/list-public-programmes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title"), description: t("intro") };
}

export default async function HomePage() {
  const [t, { current, past }] = await Promise.all([getTranslations("home"), listPublicProgrammes()]);
  return (
    <Container>
      <PageHeader title={t("title")} description={t("intro")} />
      {current.length === 0 && past.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <div className="flex flex-col gap-12">
          <section aria-labelledby="current-programmes">
            <h2 id="current-programmes" className="mb-4 text-2xl font-bold">
              {t("currentTitle")}
            </h2>
            {current.length ? (
              <ul className="grid gap-6 md:grid-cols-2">
                {current.map((programme) => (
                  <li key={programme.slug}>
                    <ProgrammeCard programme={programme} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("noCurrent")} headingLevel={3} />
            )}
          </section>
          {past.length ? (
            <section aria-labelledby="past-programmes">
              <h2 id="past-programmes" className="text-2xl font-bold">
                {t("pastTitle")}
              </h2>
              <p className="mt-1 mb-4 text-ink-muted">{t("pastIntro")}</p>
              <ul className="grid gap-6 md:grid-cols-2">
                {past.map((programme) => (
                  <li key={programme.slug}>
                    <ProgrammeCard programme={programme} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </Container>
  );
}
