import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/i18n/format";
import type { NominationWindow } from "@/lib/programmes/nomination-window";

export interface TakePartNoticeProps {
  nominations: NominationWindow;
  timeZone: string;
  /** While open: where the categories (with their "Nominate someone"/"Apply yourself" buttons) are. */
  categoriesHref?: string;
}

/** Whether nominations are open, until when, and how to take part. */
export function TakePartNotice({ nominations, timeZone, categoriesHref }: TakePartNoticeProps) {
  const t = useTranslations("programmePage");
  const locale = useLocale();
  const when = (date: Date) => formatDateTime(date, { locale, timeZone });
  const { state, opensAt, closesAt, deadlinePassed } = nominations;

  if (state === "open") {
    return (
      <Notice tone="success" title={closesAt ? t("nominationsOpenUntil", { date: when(closesAt) }) : t("nominationsOpen")}>
        {categoriesHref ? (
          <>
            <p>{t("chooseCategory")}</p>
            <Button href={categoriesHref} className="mt-3">
              {t("goToCategories")}
            </Button>
          </>
        ) : null}
      </Notice>
    );
  }
  if (state === "not_yet_open") {
    return <Notice tone="info" title={opensAt ? t("nominationsNotYetOpenOn", { date: when(opensAt) }) : t("nominationsNotYetOpen")} />;
  }
  return (
    <Notice
      tone="warning"
      title={closesAt && deadlinePassed ? t("nominationsClosedOn", { date: when(closesAt) }) : t("nominationsClosed")}
    />
  );
}
