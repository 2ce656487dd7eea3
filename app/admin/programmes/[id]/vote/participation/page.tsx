import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader, Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import { formattingLocale } from "@/lib/i18n/format";
import { getParticipation } from "@/lib/voting/admin/get-participation";
import { loadVotePage } from "../load-vote-page";
import { VoteNav } from "../vote-nav";
import { StatList } from "../stat-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.vote.participation");
  return { title: t("title"), robots: { index: false } };
}

// Counts only, never per finalist: this page is open while the vote runs.
export default async function ParticipationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await loadVotePage(id, (actor) => getParticipation({ actor, programmeId: id }));
  const [t, locale] = await Promise.all([getTranslations("admin.vote.participation"), getLocale()]);
  const { programme } = p;
  const hourFormat = new Intl.DateTimeFormat(formattingLocale(locale), { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: programme.timeZone, timeZoneName: "short" });
  const busiest = Math.max(1, ...p.byHour.map((h) => h.votes));
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <VoteNav programmeId={programme.id} current="participation" />
      {p.totalVotes === 0 ? (
        <EmptyState title={programme.stage === "before" ? t("notOpen") : t("noVotes")} />
      ) : (
        <div className="flex flex-col gap-8">
          <Card as="section" aria-labelledby="totals-title">
            <h2 id="totals-title" className="mb-4 text-xl font-semibold">
              {t("totalsTitle")}
            </h2>
            <StatList items={[{ label: t("totalVotes"), value: p.totalVotes }, { label: t("voters"), value: p.voters }, { label: t("quarantined"), value: p.quarantined }]} />
          </Card>
          <section aria-labelledby="categories-title">
            <h2 id="categories-title" className="mb-4 text-xl font-semibold">
              {t("categoriesTitle")}
            </h2>
            <Table caption={t("categoriesTitle")} captionHidden>
              <THead>
                <Tr>
                  <Th>{t("category")}</Th>
                  <Th>{t("votes")}</Th>
                </Tr>
              </THead>
              <TBody>
                {p.categories.map((c) => (
                  <Tr key={c.id}>
                    <Th scope="row">{c.name}</Th>
                    <Td>{c.votes}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
          <section aria-labelledby="hours-title">
            <h2 id="hours-title" className="mb-2 text-xl font-semibold">
              {t("hoursTitle")}
            </h2>
            <p className="mb-4 text-ink-muted">{t("hoursIntro")}</p>
            <Table caption={t("hoursTitle")} captionHidden>
              <THead>
                <Tr>
                  <Th>{t("hour")}</Th>
                  <Th>{t("votes")}</Th>
                  <Th>
                    <span className="sr-only">{t("bar")}</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {p.byHour.map((h) => (
                  <Tr key={h.hourStart.toISOString()}>
                    <Th scope="row" className="font-normal whitespace-nowrap">
                      {hourFormat.format(h.hourStart)}
                    </Th>
                    <Td className="text-end tabular-nums">{h.votes}</Td>
                    <Td className="w-1/2">
                      {/* The number is in the cell before; the bar only repeats it for the eye. */}
                      <div aria-hidden="true" className="h-4 rounded-sm bg-brand" style={{ width: `${(h.votes / busiest) * 100}%` }} />
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
        </div>
      )}
    </>
  );
}
