import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader, StatusBadge } from "@/components/ui";
import { listJuryAssignments } from "@/lib/permissions/list-jury-assignments";
import { requireStaff } from "@/lib/permissions/require-staff";
import { ZPhase } from "@/lib/validation/statuses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("juryHome");
  return { title: t("title") };
}

export default async function JuryHomePage() {
  const actor = await requireStaff("area.jury");
  const assignments = await listJuryAssignments({ actor });
  const t = await getTranslations("juryHome");
  const phase = await getTranslations("phase");
  const phaseLabel = (value: string) => (ZPhase.safeParse(value).success ? phase(value as never) : value);

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {assignments.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="flex flex-col gap-3">
          {assignments.map((a) => (
            <Card as="li" key={a.programmeId}>
              <h2 className="text-lg font-semibold">
                <Link href={`/jury/programmes/${a.programmeId}`} className="underline underline-offset-4">
                  {a.programmeName}
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
                <span>{a.edition}</span>
                <span className="sr-only">{t("phase")}: </span>
                <StatusBadge tone="brand">{phaseLabel(a.phase)}</StatusBadge>
                {a.isChair && <StatusBadge tone="info">{t("chair")}</StatusBadge>}
              </p>
              <p className="mt-2">
                <span className="font-semibold">{t("categories")}: </span>
                {a.categories === null ? t("allCategories") : a.categories.map((c) => c.name).join(", ")}
              </p>
            </Card>
          ))}
        </ul>
      )}
    </>
  );
}
