import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { CategoryCard } from "@/components/programmes/category-card";
import { PhaseBadge } from "@/components/programmes/phase-badge";
import { ProgrammeTimeline } from "@/components/programmes/programme-timeline";
import { TakePartNotice } from "@/components/programmes/take-part-notice";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { VoteCallToAction } from "@/components/vote/vote-call-to-action";
import { getPublicProgramme } from "@/lib/programmes/get-public-programme";
import { hasPublicVote, voteStatus } from "@/lib/voting/context/vote-status";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page read the same programme once per request.
const loadProgramme = cache((slug: string) => getPublicProgramme({ slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const programme = await loadProgramme((await params).slug);
  if (!programme) return {};
  const t = await getTranslations("programmePage");
  return {
    title: t("title", { name: programme.name, edition: programme.edition }),
    description: programme.description.slice(0, 200) || undefined,
  };
}

export default async function ProgrammePage({ params }: Props) {
  const programme = await loadProgramme((await params).slug);
  if (!programme) notFound();
  const [t, tResults] = await Promise.all([getTranslations("programmePage"), getTranslations("results")]);
  const { timeZone } = programme;
  const isEmail = /^[^\s@]+@[^\s@]+$/.test(programme.organiserContact);
  // The way in is shown only while nominations are open; otherwise the notice says when they open or closed.
  const open = programme.nominations.state === "open";
  const formHref = (categoryId: string) => (kind: "nomination" | "application") => `/programmes/${programme.slug}/take-part/${categoryId}?kind=${kind}`;
  const voteWindow = programme.timeline.find((e) => e.phase === "public_vote");
  const resultsPublished = programme.phase === "results_published" || programme.phase === "archived";
  const voteOpen =
    hasPublicVote(programme.decisionMode) && voteStatus(programme.phase, { opensAt: voteWindow?.startsAt ?? null, closesAt: voteWindow?.endsAt ?? null }, new Date()) === "open";

  return (
    <Container>
      <PageHeader
        eyebrow={programme.city}
        title={t("title", { name: programme.name, edition: programme.edition })}
        actions={<PhaseBadge phase={programme.phase} />}
      />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-10">
          {resultsPublished ? (
            <Card as="section" aria-labelledby="results-link" className="border-brand bg-brand-soft">
              <h2 id="results-link" className="mb-2 text-2xl font-bold">
                {t("resultsTitle")}
              </h2>
              <p className="mb-3">{tResults("linkIntro")}</p>
              <Link href={`/programmes/${programme.slug}/results`} className="font-semibold text-brand underline hover:no-underline">
                {tResults("link")}
              </Link>
            </Card>
          ) : null}
          {voteOpen ? <VoteCallToAction slug={programme.slug} closesAt={voteWindow?.endsAt ?? null} timeZone={timeZone} /> : null}
          <section aria-labelledby="take-part" className="scroll-mt-6">
            <h2 id="take-part" className="mb-3 text-2xl font-bold">
              {t("takePart")}
            </h2>
            <TakePartNotice nominations={programme.nominations} timeZone={timeZone} categoriesHref={open && programme.categories.length ? "#categories" : undefined} />
          </section>

          <section aria-labelledby="about">
            <h2 id="about" className="mb-3 text-2xl font-bold">
              {t("about")}
            </h2>
            {programme.description ? <p className="max-w-prose whitespace-pre-line">{programme.description}</p> : null}
            <h3 className="mt-6 mb-1 text-lg font-semibold">{t("howChosen")}</h3>
            <p>{t(`decisionMode.${programme.decisionMode}`)}</p>
          </section>

          <section aria-labelledby="categories">
            <h2 id="categories" tabIndex={-1} className="mb-3 scroll-mt-6 text-2xl font-bold">
              {t("categories")}
            </h2>
            {programme.categories.length ? (
              <ul className="flex flex-col gap-6">
                {programme.categories.map((category) => (
                  <CategoryCard key={category.id} category={category} timeZone={timeZone} formHref={open ? formHref(category.id) : undefined} />
                ))}
              </ul>
            ) : (
              <p>{t("noCategories")}</p>
            )}
          </section>
        </div>

        <div className="flex flex-col gap-6">
          {programme.timeline.length ? (
            <Card as="section" aria-labelledby="timeline">
              <h2 id="timeline" className="mb-4 text-xl font-bold">
                {t("timeline")}
              </h2>
              <ProgrammeTimeline entries={programme.timeline} phase={programme.phase} timeZone={timeZone} />
            </Card>
          ) : null}

          {programme.transparencyPublic ? (
            <Card as="section" aria-labelledby="jury-record">
              <h2 id="jury-record" className="mb-3 text-xl font-bold">
                {t("juryRecordTitle")}
              </h2>
              <p>{t("juryRecordIntro")}</p>
              <p className="mt-3">
                <Link href={`/programmes/${programme.slug}/jury`} className="text-brand underline">
                  {t("juryRecordLink")}
                </Link>
              </p>
            </Card>
          ) : null}

          <Card as="section" aria-labelledby="organiser">
            <h2 id="organiser" className="mb-3 text-xl font-bold">
              {t("organiser")}
            </h2>
            <p>{programme.organiserName}</p>
            <p className="mt-2">
              <span className="font-semibold">{t("contact")}: </span>
              {isEmail ? (
                <a href={`mailto:${programme.organiserContact}`} className="break-all text-brand underline">
                  {programme.organiserContact}
                </a>
              ) : (
                <span className="break-words">{programme.organiserContact}</span>
              )}
            </p>
          </Card>

          <Card as="section" aria-labelledby="privacy">
            <h2 id="privacy" className="mb-3 text-xl font-bold">
              {t("privacy")}
            </h2>
            <p className="whitespace-pre-line">{programme.privacyNotice || t("noPrivacyNotice")}</p>
            <p className="mt-3">
              <Link href="/privacy" className="text-brand underline">
                {t("generalPrivacy")}
              </Link>
            </p>
          </Card>
        </div>
      </div>
    </Container>
  );
}
