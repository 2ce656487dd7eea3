import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ReceiptCheckForm } from "@/components/vote/receipt-check-form";
import { loadContext } from "../load-vote-page";
import { checkReceiptAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const context = await loadContext((await params).slug);
  if (!context) return {};
  const t = await getTranslations("vote.receipt");
  return { title: t("metaTitle", { programme: `${context.programme.name} ${context.programme.edition}` }), robots: { index: false } };
}

export default async function ReceiptPage({ params }: Props) {
  const context = await loadContext((await params).slug);
  if (!context || context.status === "not_yet") notFound();
  const t = await getTranslations("vote.receipt");
  const { programme } = context;
  return (
    <Container size="narrow">
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ReceiptCheckForm categories={context.categories.map((c) => ({ id: c.id, name: c.name }))} action={checkReceiptAction.bind(null, programme.slug)} />
      <p className="mt-10">
        <Link href={`/programmes/${programme.slug}/vote`} className="font-semibold text-brand underline">
          {t("backToVote")}
        </Link>
      </p>
    </Container>
  );
}
