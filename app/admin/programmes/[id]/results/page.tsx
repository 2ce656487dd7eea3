import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Card, Notice, PageHeader } from "@/components/ui";
import { computeCategoryResults, getResultsProgramme } from "@/lib/results/compute-category-results";
import { resultsRefusal } from "@/lib/results/results-stage";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { CategoryResultsSection } from "./category-results";
import { loadResultsPage } from "./load-results-page";
import { publishResultsAction } from "./publish-action";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.results");
  return { title: t("title"), robots: { index: false } };
}

// Nothing here is public: the page is the organiser's review before publication.
export default async function ResultsReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const programme = await loadResultsPage(id, (actor) => getResultsProgramme({ actor, programmeId: id }));
  const [t, locale] = await Promise.all([getTranslations("admin.results"), getLocale()]);
  const header = (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={programme.id} current="results" />
    </>
  );
  const refusal = resultsRefusal(programme.phase, programme.decisionMode);
  if (refusal) {
    return (
      <>
        {header}
        <Notice tone="info" className="max-w-3xl">
          {t(`embargo.${refusal}`)}
        </Notice>
      </>
    );
  }
  const view = await loadResultsPage(id, (actor) => computeCategoryResults({ actor, programmeId: id }));
  const confirmed = view.categories.filter((c) => c.state !== "computed").length;
  return (
    <>
      {header}
      <div className="flex flex-col gap-8">
        <div className="flex max-w-3xl flex-col gap-2">
          <p>{t(`formula.${view.programme.decisionMode}`, { jury: view.programme.juryWeight, public: view.programme.publicWeight })}</p>
          <p>{t("progress", { confirmed, total: view.categories.length })}</p>
          {view.editable ? null : <Notice tone="info">{t("readOnly")}</Notice>}
        </div>
        {view.categories.map((c) => (
          <CategoryResultsSection key={c.id} programmeId={view.programme.id} mode={view.programme.decisionMode} category={c} editable={view.editable} locale={locale} />
        ))}
        {view.editable && view.categories.length > 0 && confirmed === view.categories.length ? (
          <Card as="section" aria-labelledby="publish-title" className="flex max-w-3xl flex-col gap-3">
            <h2 id="publish-title" className="text-xl font-bold">
              {t("publish.title")}
            </h2>
            <ActionButtonForm action={publishResultsAction.bind(null, view.programme.id)} hidden={{}} label={t("publish.submit")} pendingLabel={t("publish.pending")} description={t("publish.hint")} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
