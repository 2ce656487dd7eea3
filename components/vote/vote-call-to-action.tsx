import { useLocale, useTranslations } from "next-intl";
import { Notice } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/i18n/format";

/** On the programme page while the public vote is open: until when, and the way in. */
export function VoteCallToAction({ slug, closesAt, timeZone }: { slug: string; closesAt: Date | null; timeZone: string }) {
  const t = useTranslations("vote.cta");
  const locale = useLocale();
  return (
    <section aria-labelledby="public-vote">
      <h2 id="public-vote" className="mb-3 text-2xl font-bold">
        {t("title")}
      </h2>
      <Notice tone="success" title={closesAt ? t("openUntil", { date: formatDateTime(closesAt, { locale, timeZone }) }) : t("open")}>
        <p>{t("intro")}</p>
        <Button href={`/programmes/${slug}/vote`} size="lg" className="mt-3">
          {t("button")}
        </Button>
      </Notice>
    </section>
  );
}
