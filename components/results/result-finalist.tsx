import { useTranslations } from "next-intl";
import type { PublicResultFinalist } from "@/lib/results/get-public-results";

/** One winner or finalist on the public results page: only their public profile. */
export function ResultFinalist({ finalist, photoHref }: { finalist: Omit<PublicResultFinalist, "votes" | "rank">; photoHref: string | null }) {
  const t = useTranslations("results");
  return (
    <li className={finalist.isWinner ? "flex gap-4 rounded-lg border-2 border-brand bg-brand-soft p-4" : "flex gap-4 rounded-lg border border-line bg-surface p-4"}>
      {photoHref ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by the consent-checked vote photo route; fixed size, so no layout shift
        <img src={photoHref} alt={t("photoAlt", { name: finalist.name })} width={96} height={96} className="size-24 shrink-0 rounded-md object-cover" />
      ) : null}
      <div className="flex min-w-0 flex-col gap-1">
        <p className="text-lg font-semibold">
          {finalist.name}
          {finalist.isWinner ? <span className="ms-2 rounded bg-brand px-2 py-0.5 text-sm text-white">{t("winnerBadge")}</span> : null}
        </p>
        {finalist.district ? <p className="text-sm text-ink-muted">{t("district", { district: finalist.district })}</p> : null}
        {finalist.summary ? <p className="max-w-prose whitespace-pre-line">{finalist.summary}</p> : null}
      </div>
    </li>
  );
}
