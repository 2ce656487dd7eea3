import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { IntegrityPanel } from "@/components/results/integrity-panel";
import { ResultCategory } from "@/components/results/result-category";
import { Container, Notice, PageHeader } from "@/components/ui";
import { getPublicResults } from "@/lib/results/get-public-results";

type Props = { params: Promise<{ slug: string }> };

// Read on every request, never prerendered or cached by Next: the page must not
// exist before publication, and once published it reads the published rows only.
export const dynamic = "force-dynamic";

// Metadata and page read the same results once per request.
const loadResults = cache((slug: string) => getPublicResults({ slug: slug.slice(0, 200) }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const results = await loadResults((await params).slug);
  if (!results) return {};
  const t = await getTranslations("results");
  return { title: t("metaTitle", { name: results.programme.name, edition: results.programme.edition }) };
}

export default async function PublicResultsPage({ params }: Props) {
  const results = await loadResults((await params).slug);
  if (!results) notFound();
  const t = await getTranslations("results");
  const { programme } = results;
  const slug = encodeURIComponent(programme.slug);

  return (
    <Container>
      <PageHeader eyebrow={programme.city} title={t("title", { name: programme.name, edition: programme.edition })} description={t("intro")} />
      <p className="-mt-4 mb-8">
        <Link href={`/programmes/${slug}`} className="text-brand underline hover:no-underline">
          {t("back", { name: programme.name })}
        </Link>
      </p>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-12">
          {results.categories.map((category, i) => (
            <ResultCategory key={category.id} category={category} slug={programme.slug} index={i} />
          ))}
        </div>
        <div className="flex flex-col gap-6">
          {results.integrity ? <IntegrityPanel integrity={results.integrity} recountHref={`/api/vote/${slug}/recount`} /> : <Notice tone="info">{t("juryOnly")}</Notice>}
        </div>
      </div>
    </Container>
  );
}
