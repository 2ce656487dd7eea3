import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClasses, Card, Notice, PageHeader, Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import { getVoteResults } from "@/lib/voting/admin/get-vote-results";
import { getVoteSettings } from "@/lib/voting/admin/get-vote-settings";
import { tallyAvailable } from "@/lib/voting/admin/vote-stage";
import { loadVotePage } from "../load-vote-page";
import { VoteNav } from "../vote-nav";
import { StatList } from "../stat-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.vote.results");
  return { title: t("title"), robots: { index: false } };
}

// The count exists only after the close; before it this page says so and shows no number at all.
export default async function VoteResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { programme } = await loadVotePage(id, (actor) => getVoteSettings({ actor, programmeId: id }));
  const t = await getTranslations("admin.vote.results");
  const header = (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <VoteNav programmeId={programme.id} current="results" />
    </>
  );
  if (!tallyAvailable(programme.phase)) {
    return (
      <>
        {header}
        <Notice tone="info" className="max-w-3xl">
          {t("embargo")}
        </Notice>
      </>
    );
  }
  const results = await loadVotePage(id, (actor) => getVoteResults({ actor, programmeId: id }));
  const { integrity } = results;
  return (
    <>
      {header}
      <div className="flex flex-col gap-8">
        <Card as="section" aria-labelledby="integrity-title" className="max-w-3xl">
          <h2 id="integrity-title" className="mb-4 text-xl font-semibold">
            {t("integrityTitle")}
          </h2>
          <StatList items={[{ label: t("totalVotes"), value: integrity.totalVotes }, { label: t("counted"), value: integrity.counted }, { label: t("quarantined"), value: integrity.quarantined }]} />
          {integrity.byReason.length > 0 ? (
            <>
              <h3 className="mt-6 mb-2 font-semibold">{t("byReason")}</h3>
              <ul className="list-disc space-y-1 ps-5">
                {integrity.byReason.map((r) => (
                  <li key={r.reason}>{t("reasonCount", { reason: r.reason, count: r.count })}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="mt-6 flex flex-col gap-2">
            <div>
              {/* A plain link: the file comes from a route handler, not a page. */}
              <a href={`/api/programmes/${programme.id}/vote/recount`} download className={buttonClasses({ variant: "secondary" })}>
                {t("recount")}
              </a>
            </div>
            <p className="text-sm text-ink-muted">{t("recountHint")}</p>
          </div>
        </Card>
        {results.categories.map((c) => (
          <section key={c.id} aria-labelledby={`category-${c.id}`}>
            <h2 id={`category-${c.id}`} className="mb-2 text-xl font-semibold">
              {c.name}
            </h2>
            <p className="mb-4 text-ink-muted">{t("categorySummary", { counted: c.counted, quarantined: c.quarantined })}</p>
            <Table caption={t("tallyCaption", { category: c.name })} captionHidden>
              <THead>
                <Tr>
                  <Th>{t("rank")}</Th>
                  <Th>{t("finalist")}</Th>
                  <Th>{t("votes")}</Th>
                </Tr>
              </THead>
              <TBody>
                {c.finalists.map((f) => (
                  <Tr key={f.id}>
                    <Td>{f.rank}</Td>
                    <Th scope="row">{f.publicName}</Th>
                    <Td>{f.votes}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
        ))}
      </div>
    </>
  );
}
