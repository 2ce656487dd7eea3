import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { VoteRules } from "@/components/vote/vote-rules";
import { VoteStateNotice } from "@/components/vote/vote-state-notice";
import { VoterPanel } from "@/components/vote/voter-panel";
import { loadContext, voteNoticeProps, renderedAt } from "./load-vote-page";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ category?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const context = await loadContext((await params).slug);
  if (!context) return {};
  const t = await getTranslations("vote.page");
  const programme = `${context.programme.name} ${context.programme.edition}`;
  return { title: t("metaTitle", { programme }), description: t("metaDescription", { programme }) };
}

export default async function VotePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const context = await loadContext(slug);
  if (!context) notFound();
  const t = await getTranslations("vote.page");
  const { programme, status, categories } = context;
  const programmeTitle = `${programme.name} ${programme.edition}`;
  const notice = await voteNoticeProps(context);
  // Only a category of this programme: the address never sends anyone elsewhere.
  const asked = (await searchParams).category;
  const returnTo = categories.find((c) => c.id === asked)?.id;

  return (
    <Container>
      <PageHeader eyebrow={programme.city} title={t("title", { programme: programmeTitle })} description={t("intro")} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-8">
          <VoteStateNotice {...notice} />
          {status === "open" ? (
            <VoterPanel
              slug={programme.slug}
              categories={categories.map((c) => ({ id: c.id, name: c.name, finalistCount: c.finalists.length }))}
              areas={context.areas}
              allowList={programme.voteVerification === "allow_list"}
              startedAt={renderedAt()}
              returnTo={returnTo}
            />
          ) : status === "closed" ? (
            <section aria-labelledby="finalists-title">
              <h2 id="finalists-title" className="mb-3 text-2xl font-bold">
                {t("finalistsTitle")}
              </h2>
              <ul className="flex flex-col gap-3">
                {categories.map((c) => (
                  <li key={c.id}>
                    <Link href={`/programmes/${programme.slug}/vote/${c.id}`} className="text-lg font-semibold text-brand underline">
                      {c.name}
                    </Link>
                  </li>
                ))}
              </ul>
              <p className="mt-4">
                <Link href={`/programmes/${programme.slug}/vote/receipt`} className="text-brand underline">
                  {t("checkReceipt")}
                </Link>
              </p>
            </section>
          ) : null}
          <p>
            <Link href={`/programmes/${programme.slug}`} className="font-semibold text-brand underline">
              {t("backToProgramme", { programme: programmeTitle })}
            </Link>
          </p>
        </div>
        <Card>
          <VoteRules context={context} />
        </Card>
      </div>
    </Container>
  );
}
