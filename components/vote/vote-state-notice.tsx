import { useLocale, useTranslations } from "next-intl";
import { Notice } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/i18n/format";
import type { VoteStatus } from "@/lib/voting/context/vote-status";

export interface VoteStateNoticeProps {
  status: VoteStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  /** When the results are due (the results_published phase), if the organiser said. */
  resultsAt: Date | null;
  resultsPublished: boolean;
  timeZone: string;
}

/** Before, during or after the vote. After it: when the results come, and never a count. */
export function VoteStateNotice({ status, opensAt, closesAt, resultsAt, resultsPublished, timeZone }: VoteStateNoticeProps) {
  const t = useTranslations("vote.state");
  const locale = useLocale();
  const when = (date: Date) => formatDateTime(date, { locale, timeZone });
  if (status === "open") return <Notice tone="success" title={closesAt ? t("openUntil", { date: when(closesAt) }) : t("open")} />;
  if (status === "not_yet") return <Notice tone="info" title={opensAt ? t("notYetOn", { date: when(opensAt) }) : t("notYet")} />;
  return (
    <Notice tone="warning" title={t("closed")}>
      {resultsPublished ? t("resultsPublished") : resultsAt ? t("resultsOn", { date: when(resultsAt) }) : t("resultsSoon")}
    </Notice>
  );
}
