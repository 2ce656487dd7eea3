import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { BallotForm } from "@/components/vote/ballot-form";
import { FinalistCard } from "@/components/vote/finalist-card";
import { VoteStateNotice } from "@/components/vote/vote-state-notice";
import { findVoteCategory } from "@/lib/voting/context/vote-context";
import { shuffleFinalists } from "@/lib/voting/finalists/shuffle-finalists";
import { loadContext, voteNoticeProps } from "../load-vote-page";

type Props = { params: Promise<{ slug: string; categoryId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, categoryId } = await params;
  const context = await loadContext(slug);
  const category = context && findVoteCategory(context, categoryId);
  if (!context || !category) return {};
  const t = await getTranslations("vote.category");
  return { title: t("metaTitle", { category: category.name, programme: `${context.programme.name} ${context.programme.edition}` }) };
}

export default async function VoteCategoryPage({ params }: Props) {
  const { slug, categoryId } = await params;
  const context = await loadContext(slug);
  const category = context && findVoteCategory(context, categoryId);
  if (!context || !category) notFound();
  const t = await getTranslations("vote.category");
  const { programme, status } = context;
  // A fresh order for every visitor: nobody gains from being first on the page.
  const finalists = shuffleFinalists(category.finalists);
  const notice = await voteNoticeProps(context);

  return (
    <Container>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title", { category: category.name })} description={category.description || undefined} />
      <div className="flex flex-col gap-8">
        <VoteStateNotice {...notice} />
        {category.voteAreas ? <p>{t("areas", { areas: category.voteAreas.join(", ") })}</p> : null}
        {status === "not_yet" ? null : (
          <section aria-labelledby="finalists-title" className="flex flex-col gap-4">
            <h2 id="finalists-title" className="text-2xl font-bold">
              {t("finalists")}
            </h2>
            {status === "open" ? <p className="text-ink-muted">{t("randomOrder")}</p> : null}
            <ul className="flex flex-col gap-4">
              {finalists.map((f) => (
                <li key={f.id}>
                  <FinalistCard slug={programme.slug} finalist={f} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {status === "open" && finalists.length ? (
          <section aria-labelledby="ballot-title" className="flex flex-col gap-4">
            <h2 id="ballot-title" className="text-2xl font-bold">
              {t("yourVote")}
            </h2>
            <BallotForm
              slug={programme.slug}
              category={{ id: category.id, name: category.name }}
              finalists={finalists.map((f) => ({ id: f.id, publicName: f.publicName }))}
              votesPerCategory={programme.votesPerCategory}
              voteChangeAllowed={programme.voteChangeAllowed}
            />
          </section>
        ) : null}
        <p>
          <Link href={`/programmes/${programme.slug}/vote`} className="font-semibold text-brand underline">
            {t("backToVote")}
          </Link>
        </p>
      </div>
    </Container>
  );
}
