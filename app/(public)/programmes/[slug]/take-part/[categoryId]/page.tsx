import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { TakePartNotice } from "@/components/programmes/take-part-notice";
import { SubmissionForm } from "@/components/submission/submission-form";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { loadSubmissionForm } from "@/lib/nominations/load-submission-form";
import { sendSubmissionAction } from "./actions";

type Props = {
  params: Promise<{ slug: string; categoryId: string }>;
  searchParams: Promise<{ kind?: string | string[] }>;
};

type Kind = "nomination" | "application";

// Metadata and page read the same form once per request.
const loadForm = cache((slug: string, categoryId: string, locale: string) => loadSubmissionForm({ slug, categoryId, locale }));

/** The kind the link asked for if the category takes it; the only kind a one-way category takes; else null (ask). */
function chooseKind(mode: "self" | "nomination" | "both", asked: string | string[] | undefined): Kind | null {
  if (mode === "self") return "application";
  if (mode === "nomination") return "nomination";
  return asked === "nomination" || asked === "application" ? asked : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug, categoryId } = await params;
  const form = await loadForm(slug, categoryId, await getLocale());
  if (!form) return {};
  const t = await getTranslations("submission");
  const kind = chooseKind(form.rules.submissionMode, (await searchParams).kind);
  const title = kind ? t(`metaTitle.${kind}`, { category: form.category.name }) : t("chooseKind.title", { category: form.category.name });
  return { title, robots: { index: false } };
}

export default async function TakePartPage({ params, searchParams }: Props) {
  const { slug, categoryId } = await params;
  const form = await loadForm(slug, categoryId, await getLocale());
  if (!form) notFound();
  const t = await getTranslations("submission");
  const kind = chooseKind(form.rules.submissionMode, (await searchParams).kind);
  const programmeTitle = `${form.programme.name} ${form.programme.edition}`;
  const programmeHref = `/programmes/${form.programme.slug}`;
  const back = (
    <p className="mt-10">
      <Link href={programmeHref} className="font-semibold text-brand underline hover:no-underline">
        {t("backToProgramme", { programme: programmeTitle })}
      </Link>
    </p>
  );
  const description = t("forCategory", { category: form.category.name, programme: programmeTitle });

  if (form.window.state !== "open") {
    return (
      <Container size="narrow">
        <PageHeader title={t("closedTitle")} description={description} />
        <TakePartNotice nominations={form.window} timeZone={form.programme.timeZone} />
        {back}
      </Container>
    );
  }

  if (!kind) {
    const href = (k: Kind) => `${programmeHref}/take-part/${form.category.id}?kind=${k}`;
    return (
      <Container size="narrow">
        <PageHeader title={t("chooseKind.title", { category: form.category.name })} description={t("chooseKind.intro")} />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button href={href("nomination")} size="lg">
            {t("chooseKind.nominate")}
          </Button>
          <Button href={href("application")} size="lg" variant="secondary">
            {t("chooseKind.apply")}
          </Button>
        </div>
        {back}
      </Container>
    );
  }

  return (
    <Container size="narrow">
      <PageHeader title={t(`title.${kind}`)} description={description} />
      <SubmissionForm
        // A new form (not a reused one) when the visitor switches between nominating and applying.
        key={`${form.category.id}-${kind}`}
        slug={form.programme.slug}
        kind={kind}
        form={{
          category: form.category,
          rules: form.rules,
          questions: form.questions,
          today: form.today,
          startedAt: form.startedAt,
          privacyNotice: form.programme.privacyNotice,
        }}
        action={sendSubmissionAction.bind(null, form.programme.slug)}
      />
      {back}
    </Container>
  );
}
