import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Notice, PageHeader } from "@/components/ui";
import { utcToZonedLocal } from "@/lib/programmes/zoned-time";
import { timelinePhases } from "@/lib/validation/programme";
import { loadProgrammeForPage } from "../load-programme";
import { updateTimelineAction } from "./actions";
import { TimelineForm } from "./timeline-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeAdmin.timeline");
  return { title: t("title") };
}

export default async function ProgrammeTimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { created } = await searchParams;
  const { programme } = await loadProgrammeForPage(id, "programme.edit");
  const [t, phase] = await Promise.all([getTranslations("programmeAdmin.timeline"), getTranslations("phase")]);
  const rows = timelinePhases(programme.decisionMode).map((p) => ({ phase: p, label: phase(p) }));
  const local = (d: Date | null | undefined) => (d ? utcToZonedLocal(d, programme.timeZone) : "");
  const initial = Object.fromEntries(
    rows.flatMap(({ phase: p }) => {
      const w = programme.timeline.find((x) => x.phase === p);
      return [
        [`${p}.startsAt`, local(w?.startsAt)],
        [`${p}.endsAt`, local(w?.endsAt)],
      ];
    }),
  );
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={programme.id} current="timeline" />
      {created === "1" && (
        <Notice tone="success" className="mb-6">
          {t("created")}
        </Notice>
      )}
      <TimelineForm action={updateTimelineAction.bind(null, programme.id)} rows={rows} initial={initial} zoneNote={t("zoneNote", { zone: programme.timeZone })} />
    </>
  );
}
