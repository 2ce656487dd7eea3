import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { displayTitle } from "@/components/jury/display-title";
import { ProgressMeter } from "@/components/jury/progress-meter";
import { SheetStateBadge } from "@/components/jury/sheet-state-badge";
import { EmptyState, Notice, PageHeader } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { listJuryNominations, type JuryCategoryView } from "@/lib/jury/list-jury-nominations";
import { requireStaff } from "@/lib/permissions/require-staff";
import { nominationPath } from "../../../../action-helpers";

type Params = Promise<{ id: string; categoryId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("jury");
  return { title: t("category.metaTitle"), robots: { index: false } };
}

async function load(programmeId: string, categoryId: string): Promise<JuryCategoryView> {
  const actor = await requireStaff("area.jury");
  try {
    return await listJuryNominations({ actor, programmeId, categoryId });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}

/** One category's nominations for this juror, each with where they stand (not started, draft, submitted, conflict). */
export default async function JuryCategoryPage({ params }: { params: Params }) {
  const { id, categoryId } = await params;
  const view = await load(id, categoryId);
  const [t, locale] = await Promise.all([getTranslations("jury"), getLocale()]);
  const deadline = view.deadline ? t("deadline", { date: formatDateTime(view.deadline, { locale, timeZone: view.programme.timeZone }) }) : t("noDeadline");

  return (
    <>
      <PageHeader
        eyebrow={`${view.programme.name} ${view.programme.edition}`}
        title={view.category.name}
        description={
          <>
            <p>{deadline}</p>
            {view.programme.blind ? <p>{t("category.blind")}</p> : null}
          </>
        }
      />
      <p className="mb-6">
        <Link href={`/jury/programmes/${view.programme.id}`} className="text-brand underline hover:no-underline">
          {t("category.back", { programme: view.programme.name })}
        </Link>
      </p>
      <div className="mb-6">
        <ProgressMeter scored={view.progress.scored} total={view.progress.total} label={t("progress", view.progress)} />
      </div>
      {view.closed ? (
        <Notice tone="warning" className="mb-6">
          {t(`closed.${view.closed}`)}
        </Notice>
      ) : null}
      {view.nominations.length === 0 ? (
        <EmptyState title={t("category.empty")} />
      ) : (
        <ol className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface" aria-label={t("category.listLabel", { category: view.category.name })}>
          {view.nominations.map((n) => (
            <li key={n.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link href={nominationPath(id, n.id)} className="text-lg font-semibold text-brand underline hover:no-underline">
                  {displayTitle(t, n)}
                </Link>
                <p className="text-sm text-ink-muted">{t(`kind.${n.kind}`)}</p>
              </div>
              <SheetStateBadge state={n.state} label={t(`state.${n.state}`)} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
