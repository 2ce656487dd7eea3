import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FinalistsTable } from "@/components/shortlist/finalists-table";
import { JuryProgressNotice } from "@/components/shortlist/jury-progress-notice";
import { RankingTable } from "@/components/shortlist/ranking-table";
import { ShortlistForm } from "@/components/shortlist/shortlist-form";
import { UnlockForm } from "@/components/shortlist/unlock-form";
import { Alert, Button, Card, EmptyState, Notice, PageHeader, StatusBadge } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { can } from "@/lib/permissions/can";
import { requireStaff } from "@/lib/permissions/require-staff";
import { getRanking } from "@/lib/shortlist/get-ranking";
import { profilePath, shortlistPath } from "../action-helpers";
import { lockAction, unlockAction } from "./actions";
import { displayTitle, toRowViews } from "./to-row-views";

type Params = Promise<{ id: string; categoryId: string }>;

const NOTICES = new Set(["locked", "unlocked"]);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shortlist");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ShortlistPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id, categoryId } = await params;
  const actor = await requireStaff("shortlist.manage", { programmeId: id, categoryId });
  const view = await getRanking({ actor, programmeId: id, categoryId }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("shortlist"), getLocale()]);
  const notice = (await searchParams).notice;
  const zone = { locale, timeZone: view.programme.timeZone };
  const { category, programme } = view;
  const locked = category.lockedAt !== null;
  const rows = toRowViews(view, t, locale);
  const caption = t("table.caption", { category: category.name });
  const showNormalised = programme.juryNormalise;
  const titleOf = new Map(rows.map((r) => [r.nominationId, r.title]));
  const finalists = view.finalists.map((f) => ({ ...f, title: displayTitle(view, t, f), publicName: view.blind ? "—" : f.publicName }));
  const departed = finalists.filter((f) => f.noLongerTakingPart);
  const weights = new Intl.NumberFormat(locale === "en" ? "en-GB" : locale, { maximumFractionDigits: 2 });
  const h2 = "mb-4 text-xl font-semibold";

  return (
    <>
      <PageHeader
        eyebrow={`${programme.name} · ${programme.edition}`}
        title={t("title", { category: category.name })}
        description={t("intro", { count: view.rows.length, finalists: category.finalistCount })}
        actions={locked ? <StatusBadge tone="success">{t("locked.status", { date: formatDate(category.lockedAt!, zone) })}</StatusBadge> : null}
      />
      <p className="mb-6">
        <Link href={shortlistPath(id)} className="text-brand underline hover:no-underline">
          {t("back", { programme: programme.name })}
        </Link>
      </p>
      {typeof notice === "string" && NOTICES.has(notice) ? (
        <Alert tone="success" className="mb-6">
          {t(`notice.${notice}` as never)}
        </Alert>
      ) : null}

      {view.withheld?.untilJuryPhaseEnds ? (
        <Notice tone="info" title={t("withheld.untilJuryEndsTitle")} className="mb-6">
          <p>{t("withheld.untilJuryEndsBody")}</p>
        </Notice>
      ) : null}
      {view.withheld?.outstanding ? (
        <Notice tone="info" title={t("withheld.title")} className="mb-6">
          <p>{t("withheld.body", { count: view.withheld.outstanding })}</p>
          <p className="mt-3">
            <Button href={`/jury/programmes/${id}`} variant="secondary" size="sm">
              {t("withheld.action")}
            </Button>
          </p>
        </Notice>
      ) : null}
      {view.stillScoring && !locked ? <JuryProgressNotice progress={view.progress} deadline={view.deadline ? formatDateTime(view.deadline, zone) : null} /> : null}

      {view.withheld ? null : view.rows.length === 0 ? (
        <EmptyState title={t("table.empty")} />
      ) : (
        <section aria-labelledby="ranking-title">
          <h2 id="ranking-title" className={h2}>
            {caption}
          </h2>
          <div className="mb-4 flex flex-col gap-1 text-ink-muted">
            <p>{t(`method.${view.rankBy}`, { min: category.scale.min, max: category.scale.max })}</p>
            {view.criteria.length ? <p>{t("criteria", { list: view.criteria.map((c) => t("criterion", { name: c.name, weight: weights.format(c.weight) })).join(", ") })}</p> : null}
          </div>
          {Object.keys(view.excluded).length ? (
            <Notice tone="info" title={t("excluded.title")} className="mb-4">
              <ul className="list-disc ps-6">
                {Object.entries(view.excluded).map(([reason, count]) => (
                  <li key={reason}>{t(`excluded.${reason}` as "excluded.draft", { count })}</li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {!locked && view.proposal.boundaryTie ? (
            <Notice tone="warning" title={t("tie.title")} className="mb-4">
              {t("tie.body", { rank: view.proposal.boundaryTie.rank, names: view.proposal.boundaryTie.nominationIds.map((n) => titleOf.get(n) ?? "").join(", ") })}
            </Notice>
          ) : null}
          {view.may.lock ? (
            <ShortlistForm action={lockAction.bind(null, id, categoryId)} rows={rows} caption={caption} showNormalised={showNormalised} categoryName={category.name} planned={category.finalistCount} />
          ) : (
            <>
              {!locked ? (
                <Notice tone="info" className="mb-4">
                  {t("cannotLock.phase")}
                </Notice>
              ) : null}
              <RankingTable rows={rows} caption={caption} showNormalised={showNormalised} />
            </>
          )}
        </section>
      )}

      {locked ? (
        <section aria-labelledby="finalists-title" className="mt-10">
          <h2 id="finalists-title" className={h2}>
            {t("locked.caption", { category: category.name })}
          </h2>
          {departed.length ? (
            <Notice tone="warning" title={t("locked.noLongerTitle")} className="mb-4">
              {t("locked.noLongerBody", { names: departed.map((f) => f.title).join(", ") })}
            </Notice>
          ) : null}
          <FinalistsTable
            finalists={finalists}
            caption={t("locked.caption", { category: category.name })}
            profileHref={view.may.editProfiles ? (finalistId) => profilePath(id, categoryId, finalistId) : null}
            formatDate={(d) => formatDate(d, zone)}
          />
          {programme.phase === "jury_review" ? (
            <p className="mt-4">
              {t("locked.nextStep")}{" "}
              {can(actor, "programme.transition", { programmeId: id }) ? (
                <Link href={`/admin/programmes/${id}`} className="text-brand underline hover:no-underline">
                  {t("locked.overview")}
                </Link>
              ) : null}
            </p>
          ) : null}
        </section>
      ) : null}

      {locked && can(actor, "jury.manage", { programmeId: id, categoryId }) ? (
        <Card as="section" className="mt-10">
          {view.may.unlock ? <UnlockForm action={unlockAction.bind(null, id, categoryId)} /> : <p>{t("unlock.tooLate")}</p>}
        </Card>
      ) : null}
    </>
  );
}
