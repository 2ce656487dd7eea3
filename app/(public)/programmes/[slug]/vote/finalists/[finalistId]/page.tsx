import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { finalistPageUrl, finalistPhotoUrl } from "@/components/vote/finalist-card";
import { VoteStateNotice } from "@/components/vote/vote-state-notice";
import { publicUrl } from "@/lib/security/headers";
import type { VoteContext } from "@/lib/voting/context/vote-context";
import { loadContext, voteNoticeProps } from "../../load-vote-page";

type Props = { params: Promise<{ slug: string; finalistId: string }> };

/** The finalist and their category, only once the vote has begun: a shared link never shows a shortlist early. */
function findFinalist(context: VoteContext | null, finalistId: string) {
  if (!context || context.status === "not_yet") return null;
  for (const category of context.categories) {
    const finalist = category.finalists.find((f) => f.id === finalistId);
    if (finalist) return { category, finalist };
  }
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, finalistId } = await params;
  const context = await loadContext(slug);
  const found = findFinalist(context, finalistId);
  if (!context || !found) return {};
  const t = await getTranslations("vote.finalist");
  const { finalist, category } = found;
  const programme = `${context.programme.name} ${context.programme.edition}`;
  const title = t("metaTitle", { name: finalist.publicName, category: category.name });
  const description = (finalist.publicSummary || t("metaDescription", { name: finalist.publicName, category: category.name, programme })).slice(0, 200);
  const base = publicUrl(process.env);
  const url = `${base}${finalistPageUrl(context.programme.slug, finalist.id)}`;
  const images = finalist.hasPhoto ? [{ url: `${base}${finalistPhotoUrl(context.programme.slug, finalist.id)}`, alt: t("photoAlt", { name: finalist.publicName }) }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "profile", title, description, url, siteName: programme, images },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, images: images?.map((i) => i.url) },
  };
}

export default async function FinalistPage({ params }: Props) {
  const { slug, finalistId } = await params;
  const context = await loadContext(slug);
  const found = findFinalist(context, finalistId);
  if (!context || !found) notFound();
  const t = await getTranslations("vote.finalist");
  const { finalist, category } = found;
  const { programme, status } = context;
  const programmeTitle = `${programme.name} ${programme.edition}`;
  const notice = await voteNoticeProps(context);

  return (
    <Container size="narrow">
      <PageHeader eyebrow={t("eyebrow", { category: category.name, programme: programmeTitle })} title={finalist.publicName} />
      <div className="flex flex-col gap-6">
        {finalist.hasPhoto ? (
          // A permission-checked public route, not a static asset: next/image would cache it outside that check.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={finalistPhotoUrl(programme.slug, finalist.id)} alt={t("photoAlt", { name: finalist.publicName })} className="h-auto max-h-80 w-auto max-w-full self-start rounded-md border border-line" />
        ) : null}
        {finalist.publicDistrict ? <p className="text-lg text-ink-muted">{t("district", { district: finalist.publicDistrict })}</p> : null}
        {finalist.publicSummary ? <p className="max-w-prose text-lg whitespace-pre-line">{finalist.publicSummary}</p> : null}
        <VoteStateNotice {...notice} />
        {status === "open" ? (
          <div>
            <Button href={`/programmes/${programme.slug}/vote/${category.id}`} size="lg">
              {t("voteButton", { category: category.name })}
            </Button>
          </div>
        ) : null}
        <p>
          <Link href={`/programmes/${programme.slug}/vote`} className="text-brand underline">
            {t("aboutVote", { programme: programmeTitle })}
          </Link>
        </p>
      </div>
    </Container>
  );
}
