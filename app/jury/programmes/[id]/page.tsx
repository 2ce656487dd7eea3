import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JuryCategoryList } from "@/components/jury/jury-category-list";
import { PageHeader, StatusBadge } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { listJuryCategories, type JuryProgrammeSummary } from "@/lib/jury/list-jury-categories";
import { requireStaff } from "@/lib/permissions/require-staff";
import { ZPhase } from "@/lib/validation/statuses";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("jury");
  return { title: t("programme.metaTitle"), robots: { index: false } };
}

async function load(programmeId: string): Promise<JuryProgrammeSummary> {
  const actor = await requireStaff("area.jury");
  try {
    const [programme] = await listJuryCategories({ actor, programmeId });
    if (!programme) notFound();
    return programme;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}

/** A programme's jury page: the categories this juror judges, with the deadline and their progress. */
export default async function JuryProgrammePage({ params }: Props) {
  const programme = await load((await params).id);
  const [t, phase, locale] = await Promise.all([getTranslations("jury"), getTranslations("phase"), getLocale()]);
  const phaseLabel = ZPhase.safeParse(programme.phase).success ? phase(programme.phase as never) : programme.phase;
  const deadline = programme.deadline
    ? t("deadline", { date: formatDateTime(programme.deadline, { locale, timeZone: programme.timeZone }) })
    : t("noDeadline");
  return (
    <>
      <PageHeader
        title={`${programme.programmeName} ${programme.edition}`}
        description={
          <>
            <p>{t("programme.intro")}</p>
            <p>{deadline}</p>
          </>
        }
        actions={
          <>
            <StatusBadge tone="brand">
              <span className="sr-only">{t("phase")}: </span>
              {phaseLabel}
            </StatusBadge>
            {programme.isChair ? <StatusBadge tone="info">{t("chair")}</StatusBadge> : null}
          </>
        }
      />
      <JuryCategoryList programmeId={programme.programmeId} categories={programme.categories} headingLevel={2} />
    </>
  );
}
