import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { JuryCategoryList } from "@/components/jury/jury-category-list";
import { Card, EmptyState, PageHeader, StatusBadge } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import { listJuryCategories } from "@/lib/jury/list-jury-categories";
import { requireStaff } from "@/lib/permissions/require-staff";
import { ZPhase } from "@/lib/validation/statuses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("juryHome");
  return { title: t("title") };
}

/** The jury home: per programme the deadline, and per category the juror's progress with a link to it. */
export default async function JuryHomePage() {
  const actor = await requireStaff("area.jury");
  const programmes = await listJuryCategories({ actor });
  const [t, jury, phase, locale] = await Promise.all([getTranslations("juryHome"), getTranslations("jury"), getTranslations("phase"), getLocale()]);
  const phaseLabel = (value: string) => (ZPhase.safeParse(value).success ? phase(value as never) : value);

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {programmes.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="flex flex-col gap-6">
          {programmes.map((p) => (
            <Card as="li" key={p.programmeId} aria-labelledby={`programme-${p.programmeId}`}>
              <h2 id={`programme-${p.programmeId}`} className="text-xl font-semibold">
                <Link href={`/jury/programmes/${p.programmeId}`} className="underline underline-offset-4 hover:no-underline">
                  {p.programmeName} {p.edition}
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                <span className="sr-only">{t("phase")}: </span>
                <StatusBadge tone="brand">{phaseLabel(p.phase)}</StatusBadge>
                {p.isChair && <StatusBadge tone="info">{t("chair")}</StatusBadge>}
              </p>
              <p className="mt-2 mb-4">
                {p.deadline ? jury("deadline", { date: formatDateTime(p.deadline, { locale, timeZone: p.timeZone }) }) : jury("noDeadline")}
              </p>
              <JuryCategoryList programmeId={p.programmeId} categories={p.categories} headingLevel={3} />
            </Card>
          ))}
        </ul>
      )}
    </>
  );
}
