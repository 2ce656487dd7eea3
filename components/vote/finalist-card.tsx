import Link from "next/link";
import { useTranslations } from "next-intl";

export interface FinalistCardProps {
  slug: string;
  finalist: { id: string; publicName: string; publicSummary: string; publicDistrict: string | null; hasPhoto: boolean };
  /** The heading level inside the page. */
  headingLevel?: 2 | 3;
}

export const finalistPhotoUrl = (slug: string, finalistId: string) => `/api/vote/${encodeURIComponent(slug)}/finalists/${encodeURIComponent(finalistId)}/photo`;
export const finalistPageUrl = (slug: string, finalistId: string) => `/programmes/${slug}/vote/finalists/${finalistId}`;

/** A finalist as the public sees them: only what the nominee agreed to show. */
export function FinalistCard({ slug, finalist, headingLevel = 3 }: FinalistCardProps) {
  const t = useTranslations("vote.finalist");
  const Heading = `h${headingLevel}` as const;
  return (
    <article aria-labelledby={`finalist-${finalist.id}`} className="flex flex-col gap-3 rounded-md border-2 border-line p-4 sm:flex-row">
      {finalist.hasPhoto ? (
        // A permission-checked public route, not a static asset: next/image would cache it outside that check.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={finalistPhotoUrl(slug, finalist.id)} alt={t("photoAlt", { name: finalist.publicName })} className="h-32 w-32 shrink-0 rounded-md border border-line object-cover" />
      ) : null}
      <div className="flex flex-col gap-1">
        <Heading id={`finalist-${finalist.id}`} className="text-xl font-semibold">
          {finalist.publicName}
        </Heading>
        {finalist.publicDistrict ? <p className="text-ink-muted">{t("district", { district: finalist.publicDistrict })}</p> : null}
        {finalist.publicSummary ? <p className="max-w-prose whitespace-pre-line">{finalist.publicSummary}</p> : null}
        <p className="mt-1">
          <Link href={finalistPageUrl(slug, finalist.id)} className="text-brand underline">
            {t("shareLink", { name: finalist.publicName })}
          </Link>
        </p>
      </div>
    </article>
  );
}
