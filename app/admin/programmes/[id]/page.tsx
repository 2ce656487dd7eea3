import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Card, PageHeader, StatusBadge, Table, TBody, THead, Td, Th, Tr, Timeline } from "@/components/ui";
import { ACTION_PATH } from "@/lib/programmes/next-actions";
import { formatDateRange, formatDateTime } from "@/lib/i18n/format";
import { timelinePhases } from "@/lib/validation/programme";
import { PHASES } from "@/lib/validation/statuses";
import { transitionPhaseAction } from "./actions";
import { loadProgrammeForPage } from "./load-programme";
import { PhaseButtons } from "./phase-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeAdmin.overview");
  return { title: t("title") };
}

export default async function ProgrammeOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { programme } = await loadProgrammeForPage(id, "programme.view");
  const [t, phase, errors, vote, results, locale] = await Promise.all([
    getTranslations("programmeAdmin.overview"),
    getTranslations("phase"),
    getTranslations("programmeAdmin.refusals"),
    getTranslations("admin.vote"),
    getTranslations("admin.results"),
    getLocale(),
  ]);
  const zone = { locale, timeZone: programme.timeZone };
  const currentIndex = PHASES.indexOf(programme.phase);
  const phases = ["draft" as const, ...timelinePhases(programme.decisionMode), "archived" as const];
  const nominations = Object.entries(programme.counts.nominationsByStatus);

  return (
    <>
      <PageHeader
        eyebrow={programme.city}
        title={`${programme.name} ${programme.edition}`}
        actions={
          <>
            <StatusBadge tone={programme.phase === "draft" || programme.phase === "archived" ? "neutral" : "brand"}>{phase(programme.phase)}</StatusBadge>
            {programme.phase !== "draft" && (
              <Link href={`/programmes/${programme.slug}`} className="text-brand underline hover:no-underline">
                {t("publicPage")}
              </Link>
            )}
            <Link href={`/admin/programmes/${programme.id}/duplicate`} className="text-brand underline hover:no-underline">
              {t("duplicate")}
            </Link>
          </>
        }
      />
      <ProgrammeTabs programmeId={programme.id} current="overview" />

      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="next-title" className="lg:col-span-2">
          <h2 id="next-title" className="mb-2 text-xl font-semibold">
            {t("nextTitle")}
          </h2>
          {programme.nextActions.length === 0 ? (
            <p>{t("nothingToDo")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {programme.nextActions.map((key) => (
                <li key={key}>
                  {ACTION_PATH[key] ? (
                    <Link href={`/admin/programmes/${programme.id}${ACTION_PATH[key]}`} className="text-brand underline hover:no-underline">
                      {t(`action.${key}`)}
                    </Link>
                  ) : (
                    t(`action.${key}`)
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card as="section" aria-labelledby="phase-title">
          <h2 id="phase-title" className="mb-2 text-xl font-semibold">
            {t("phaseTitle")}
          </h2>
          <p className="mb-4">
            {t("currentPhase", { phase: phase(programme.phase), since: formatDateTime(programme.phaseChangedAt, zone) })}
          </p>
          {programme.next.length === 0 ? (
            <p>{t("noNext")}</p>
          ) : (
            <PhaseButtons
              action={transitionPhaseAction.bind(null, programme.id)}
              from={programme.phase}
              choices={programme.next.map((n) => ({ phase: n.phase, label: phase(n.phase), refusal: n.refusal ? errors(n.refusal) : null }))}
            />
          )}
        </Card>

        <Card as="section" aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-4 text-xl font-semibold">
            {t("timelineTitle")}
          </h2>
          <Timeline
            label={t("timelineTitle")}
            currentLabel={t("now")}
            pastLabel={t("done")}
            items={phases.map((p) => {
              const window = programme.timeline.find((w) => w.phase === p);
              const range = window ? formatDateRange(window.startsAt, window.endsAt, zone) : null;
              const index = PHASES.indexOf(p);
              return {
                key: p,
                label: phase(p),
                dates: range ? t(`range.${range.kind}`, { dates: range.text }) : undefined,
                state: index < currentIndex ? "past" : index === currentIndex ? "current" : "upcoming",
              };
            })}
          />
          <p className="mt-4">
            <Link href={`/admin/programmes/${programme.id}/timeline`} className="text-brand underline hover:no-underline">
              {t("editTimeline")}
            </Link>
          </p>
        </Card>

        <Card as="section" aria-labelledby="counts-title" className="lg:col-span-2">
          <h2 id="counts-title" className="mb-4 text-xl font-semibold">
            {t("countsTitle")}
          </h2>
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            <div>
              <dt className="text-sm text-ink-muted">{t("categories")}</dt>
              <dd className="text-2xl font-semibold">{programme.counts.categories}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">{t("organisers")}</dt>
              <dd className="text-2xl font-semibold">{programme.counts.organisers}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">{t("jurors")}</dt>
              <dd className="text-2xl font-semibold">{programme.counts.jurors}</dd>
            </div>
            <div>
              <dt className="text-sm text-ink-muted">{t("nominations")}</dt>
              <dd className="text-2xl font-semibold">{nominations.reduce((sum, [, n]) => sum + n, 0)}</dd>
            </div>
          </dl>
          {nominations.length > 0 && (
            <ul className="mt-4 flex flex-wrap gap-2">
              {nominations.map(([status, n]) => (
                <li key={status}>
                  <StatusBadge>{t("nominationStatus", { status: t.has(`statuses.${status}` as never) ? t(`statuses.${status}` as never) : status, count: n })}</StatusBadge>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card as="section" aria-labelledby="jury-title" className="lg:col-span-2">
          <h2 id="jury-title" className="mb-4 text-xl font-semibold">
            {t("juryTitle")}
          </h2>
          {programme.juryProgress.length === 0 ? (
            <p>{t("juryNone")}</p>
          ) : (
            <Table caption={t("juryCaption")} captionHidden>
              <THead>
                <Tr>
                  <Th>{t("jurorCol")}</Th>
                  <Th>{t("progressCol")}</Th>
                </Tr>
              </THead>
              <TBody>
                {programme.juryProgress.map((j) => (
                  <Tr key={j.userId}>
                    <Th scope="row">{j.name}</Th>
                    <Td>{t("progressValue", { scored: j.scored, assigned: j.assigned })}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {programme.votesCast !== null && (
            <p className="mt-4">
              <strong>{t("votesCast")}:</strong> {programme.votesCast}. <span className="text-ink-muted">{t("votesHint")}</span>
            </p>
          )}
          {programme.decisionMode !== "jury_only" && (
            <p className="mt-4">
              <Link href={`/admin/programmes/${programme.id}/vote`} className="text-brand underline hover:no-underline">
                {vote("overviewLink")}
              </Link>
            </p>
          )}
          {PHASES.indexOf(programme.phase) >= PHASES.indexOf("results_review") && (
            <p className="mt-4">
              <Link href={`/admin/programmes/${programme.id}/results`} className="text-brand underline hover:no-underline">
                {results("overviewLink")}
              </Link>
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
