import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PhaseBadge } from "@/components/programmes/phase-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import type { PublicProgrammeSummary } from "@/lib/programmes/list-public-programmes";

/** One programme in the home page's list. */
export function ProgrammeCard({ programme, headingLevel = 3 }: { programme: PublicProgrammeSummary; headingLevel?: 2 | 3 }) {
  const t = useTranslations("programmeCard");
  const locale = useLocale();
  const { slug, name, edition, city, timeZone, phase, nominations } = programme;
  const href = `/programmes/${slug}`;
  const headingId = `programme-${slug}`;
  const Heading = `h${headingLevel}` as const;
  const dateFormat = { locale, timeZone };

  let deadline: string | null = null;
  if (nominations.state === "open" && nominations.closesAt) {
    deadline = t("closesOn", { date: formatDateTime(nominations.closesAt, dateFormat) });
  } else if (nominations.state === "not_yet_open" && nominations.opensAt) {
    deadline = t("opensOn", { date: formatDateTime(nominations.opensAt, dateFormat) });
  }

  return (
    <Card as="article" aria-labelledby={headingId} className="flex h-full flex-col gap-3">
      <p className="text-sm font-semibold text-ink-muted">{city}</p>
      <Heading id={headingId} className="text-xl font-bold">
        <Link href={href} className="text-ink underline decoration-line-strong hover:decoration-brand">
          {name} {edition}
        </Link>
      </Heading>
      <p className="flex flex-wrap items-center gap-2">
        <span className="sr-only">{t("currentPhase")}:</span>
        <PhaseBadge phase={phase} />
      </p>
      {deadline ? <p>{deadline}</p> : null}
      <div className="mt-auto pt-2">
        {nominations.state === "open" ? (
          <Button href={`${href}#take-part`}>
            {t("nominateOrApply")}
            <span className="sr-only">
              {" "}
              – {name} {edition}
            </span>
          </Button>
        ) : (
          <Button href={href} variant="secondary">
            {t("details")}
            <span className="sr-only">
              {" "}
              – {name} {edition}
            </span>
          </Button>
        )}
      </div>
    </Card>
  );
}
