import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClearSentDraft } from "@/components/submission/clear-sent-draft";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getPublicProgramme } from "@/lib/programmes/get-public-programme";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("submission.checkEmail");
  return { title: t("metaTitle"), robots: { index: false } };
}

// The same page after every "Send", including a bot's that was quietly
// dropped: it says nothing about the submission and the address holds nothing.
export default async function CheckEmailPage({ params }: Props) {
  const programme = await getPublicProgramme({ slug: (await params).slug });
  if (!programme) notFound();
  const t = await getTranslations("submission.checkEmail");
  return (
    <Container size="narrow">
      <ClearSentDraft />
      <PageHeader title={t("title")} />
      <Alert tone="success" role="none">
        {t("body")}
      </Alert>
      <p className="mt-4">{t("notArrived")}</p>
      <p className="mt-4">{t("privateLink")}</p>
      <p className="mt-8">
        <Link href={`/programmes/${programme.slug}`} className="font-semibold text-brand underline hover:no-underline">
          {t("back", { programme: `${programme.name} ${programme.edition}` })}
        </Link>
      </p>
    </Container>
  );
}
