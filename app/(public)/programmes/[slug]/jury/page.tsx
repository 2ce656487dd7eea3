import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CriteriaTable } from "@/components/transparency/criteria-table";
import { FinalistRecusals } from "@/components/transparency/finalist-recusals";
import { JuryMembers } from "@/components/transparency/jury-members";
import { Container, Notice, PageHeader } from "@/components/ui";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadTransparencyRecord } from "@/lib/transparency/load-transparency-record";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page read the record once per request. Organisers may preview
// it before it is public, so who is asking matters; everyone else gets 404.
const loadRecord = cache(async (slug: string) => loadTransparencyRecord({ slug: slug.slice(0, 200), actor: await getCurrentUser() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await loadRecord((await params).slug);
  if (!record) return {};
  const t = await getTranslations("transparency");
  return {
    title: t("title", { name: record.programme.name, edition: record.programme.edition }),
    robots: record.preview ? { index: false } : undefined,
  };
}

export default async function TransparencyPage({ params }: Props) {
  const record = await loadRecord((await params).slug);
  if (!record) notFound();
  const t = await getTranslations("transparency");
  const { programme } = record;

  return (
    <Container>
      {record.previewReason ? (
        <Notice tone="warning" title={t("preview.title")} className="mb-6">
          {t(`preview.${record.previewReason}`)}
        </Notice>
      ) : null}
      <PageHeader eyebrow={programme.city} title={t("title", { name: programme.name, edition: programme.edition })} description={t("intro")} />
      <p className="-mt-4 mb-8">
        <Link href={`/programmes/${programme.slug}`} className="text-brand underline hover:no-underline">
          {t("back", { name: programme.name })}
        </Link>
      </p>

      <div className="flex flex-col gap-10">
        <section aria-labelledby="jury-title">
          <h2 id="jury-title" className="mb-3 text-2xl font-bold">
            {t("jury.title")}
          </h2>
          <JuryMembers jurors={record.jurors} />
        </section>

        <section aria-labelledby="method-title">
          <h2 id="method-title" className="mb-3 text-2xl font-bold">
            {t("method.title")}
          </h2>
          <div className="flex max-w-prose flex-col gap-3">
            <p>{t("method.weighted")}</p>
            <p>{programme.normalised ? t("method.normalised") : t("method.raw")}</p>
            <p>{t("method.conflicts")}</p>
          </div>
        </section>

        {record.categories.map((category, i) => (
          <section key={i} aria-labelledby={`category-${i}`} className="flex flex-col gap-4">
            <h2 id={`category-${i}`} className="text-2xl font-bold">
              {category.name}
            </h2>
            <p>{t("scale", { min: category.scale.min, max: category.scale.max })}</p>
            <CriteriaTable criteria={category.criteria} caption={t("criteriaCaption", { category: category.name })} />
            <h3 className="mt-2 text-xl font-semibold">{t("finalists.title")}</h3>
            <FinalistRecusals finalists={category.finalists} shortlistLocked={category.shortlistLocked} />
          </section>
        ))}
      </div>
    </Container>
  );
}
