import { useLocale, useTranslations } from "next-intl";
import { Timeline, type TimelineItem } from "@/components/ui/timeline";
import { formatDateRange } from "@/lib/i18n/format";
import type { PublicTimelineEntry } from "@/lib/programmes/get-public-programme";
import { PHASES, type Phase } from "@/lib/validation/statuses";

/** The programme's phases with their dates, in its own time zone; the current phase marked. */
export function ProgrammeTimeline({ entries, phase, timeZone }: { entries: PublicTimelineEntry[]; phase: Phase; timeZone: string }) {
  const t = useTranslations("programmePage");
  const phaseName = useTranslations("phase");
  const locale = useLocale();
  const now = PHASES.indexOf(phase);

  const items: TimelineItem[] = entries.map((entry) => {
    const range = formatDateRange(entry.startsAt, entry.endsAt, { locale, timeZone });
    const index = PHASES.indexOf(entry.phase);
    return {
      key: entry.phase,
      label: phaseName(entry.phase),
      dates: !range ? undefined : range.kind === "range" ? range.text : t(range.kind, { date: range.text }),
      state: index < now ? "past" : index === now ? "current" : "upcoming",
    };
  });

  return (
    <div className="flex flex-col gap-4">
      <Timeline items={items} label={t("timeline")} currentLabel={t("now")} pastLabel={t("done")} />
      <p className="text-sm text-ink-muted">{t("timeZoneNote", { timeZone })}</p>
    </div>
  );
}
