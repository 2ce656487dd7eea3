import type { Metadata } from "next";
import { cookies } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { AutosaveBoundary, FlushLink } from "@/components/jury/autosave-boundary";
import { ConflictNotice } from "@/components/jury/conflict-notice";
import { ConflictStep } from "@/components/jury/conflict-step";
import { displayTitle } from "@/components/jury/display-title";
import { NominationDetails } from "@/components/jury/nomination-details";
import { NominationNav } from "@/components/jury/nomination-nav";
import { OtherSheets } from "@/components/jury/other-sheets";
import { OwnSheet } from "@/components/jury/own-sheet";
import { ScoreForm } from "@/components/jury/score-form";
import { Alert, Notice, PageHeader } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { CONTINUED_COOKIE, parseContinued } from "@/lib/jury/continued-nominations";
import { isPastJuryPhase } from "@/lib/jury/jury-rules";
import { loadJuryNomination, type JuryNominationView } from "@/lib/jury/load-jury-nomination";
import { requireStaff } from "@/lib/permissions/require-staff";
import { categoryPath, nominationPath } from "../../../../action-helpers";
import { autosaveAction, continueAction, declareConflictAction, reopenAction, sheetFormAction, withdrawConflictAction } from "./actions";

type Params = Promise<{ id: string; nominationId: string }>;

const NOTICES = new Set(["submitted", "reopened", "conflictDeclared", "conflictWithdrawn"]);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("jury");
  return { title: t("nomination.metaTitle"), robots: { index: false } };
}

async function load(programmeId: string, nominationId: string): Promise<JuryNominationView> {
  const actor = await requireStaff("area.jury");
  const continued = parseContinued((await cookies()).get(CONTINUED_COOKIE)?.value, actor.id).includes(nominationId);
  try {
    return await loadJuryNomination({ actor, programmeId, nominationId, continued });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}

export default async function JuryNominationPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id, nominationId } = await params;
  const view = await load(id, nominationId);
  const [t, locale] = await Promise.all([getTranslations("jury"), getLocale()]);
  const notice = (await searchParams).notice;
  const when = (date: Date) => formatDateTime(date, { locale, timeZone: view.programme.timeZone });
  const title = displayTitle(t, view.nomination);
  const sheet = view.sheet;
  const editable = view.step === "details" && view.closed === null && sheet?.status !== "submitted";

  return (
    <AutosaveBoundary>
      <PageHeader
        eyebrow={`${view.programme.name} ${view.programme.edition} · ${view.category.name}`}
        title={title}
        description={
          <>
            <p>{t("nomination.position", { number: view.nomination.number, total: view.nomination.total })}</p>
            <p>{view.deadline ? t("deadline", { date: when(view.deadline) }) : t("noDeadline")}</p>
          </>
        }
      />
      <p className="mb-6">
        <FlushLink href={categoryPath(id, view.category.id)} className="text-brand underline hover:no-underline">
          {t("nomination.back", { category: view.category.name })}
        </FlushLink>
      </p>
      {typeof notice === "string" && NOTICES.has(notice) ? (
        <Alert tone="success" className="mb-6">
          {t(`notice.${notice}` as never)}
        </Alert>
      ) : null}

      <div className="flex flex-col gap-10">
        {view.step === "conflict_check" ? (
          <ConflictStep title={title} continueAction={continueAction.bind(null, id, nominationId)} declareAction={declareConflictAction.bind(null, id, nominationId)} />
        ) : null}

        {view.step === "conflicted" && view.conflict ? (
          <ConflictNotice conflict={view.conflict} date={when(view.conflict.createdAt)} withdrawAction={withdrawConflictAction.bind(null, id, nominationId, view.conflict.id)} />
        ) : null}

        {view.step === "details" && view.details ? (
          <>
            <NominationDetails details={view.details} title={title} kind={view.nomination.kind} />
            {view.closed ? <Notice tone="warning">{t(`closed.${view.closed}`)}</Notice> : null}
            {view.category.criteria.length === 0 ? (
              <Notice tone="info">{t("nomination.noCriteria")}</Notice>
            ) : editable ? (
              <ScoreForm
                criteria={view.category.criteria}
                scale={view.category.scale}
                initial={sheet ? { scores: sheet.scores, overallNote: sheet.overallNote } : null}
                initialSavedAt={sheet ? sheet.updatedAt.toISOString() : null}
                timeZone={view.programme.timeZone}
                autosave={autosaveAction.bind(null, nominationId)}
                action={sheetFormAction.bind(null, id, nominationId)}
              />
            ) : sheet ? (
              <OwnSheet
                sheet={sheet}
                criteria={view.category.criteria}
                heading={sheet.status === "submitted" ? t("sheet.submittedTitle") : t("sheet.draftTitle")}
              >
                {sheet.status === "submitted" && sheet.submittedAt ? <p className="mb-4">{t("sheet.submittedAt", { date: when(sheet.submittedAt) })}</p> : null}
                {sheet.status === "submitted" && view.closed === null ? (
                  <ActionButtonForm
                    action={reopenAction.bind(null, id, nominationId)}
                    label={t("sheet.reopen")}
                    pendingLabel={t("sheet.working")}
                    variant="secondary"
                    description={view.deadline ? t("sheet.reopenHintDeadline", { date: when(view.deadline) }) : t("sheet.reopenHint")}
                  />
                ) : null}
              </OwnSheet>
            ) : view.closed !== "notJuryPhase" || isPastJuryPhase(view.programme.phase) ? (
              <p className="text-ink-muted">{t("sheet.none")}</p>
            ) : null}
            <OtherSheets view={view} />
          </>
        ) : null}

        <NominationNav previous={view.previous} next={view.next} hrefOf={(other) => nominationPath(id, other)} />
      </div>
    </AutosaveBoundary>
  );
}
