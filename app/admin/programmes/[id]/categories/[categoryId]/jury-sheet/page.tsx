import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CriteriaTable } from "@/components/transparency/criteria-table";
import { PrintButton } from "@/components/transparency/print-button";
import { PrintSheetStyles } from "@/components/transparency/print-sheet-styles";
import { ScoringGrid } from "@/components/transparency/scoring-grid";
import { loadJurySheet } from "@/lib/exports/load-jury-sheet";
import { requireStaff } from "@/lib/permissions/require-staff";
import { readOr404 } from "../../page-helpers";

type Params = Promise<{ id: string; categoryId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("juryExport.sheet");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** A category's jury sheet to print: how to score, then a blank grid per nomination that reached the jury. */
export default async function JurySheetPage({ params }: { params: Params }) {
  const { id, categoryId } = await params;
  const actor = await requireStaff("programme.view", { programmeId: id });
  const sheet = await readOr404(() => loadJurySheet({ actor, programmeId: id, categoryId }));
  const t = await getTranslations("juryExport.sheet");
  const { programme, category, criteria, nominations } = sheet;
  const grids = nominations.length
    ? nominations.map((n) => ({ key: n.id, heading: n.title ?? t("nominationNumber", { number: n.number }) }))
    : [{ key: "blank", heading: t("blankHeading") }];

  return (
    <div className="flex flex-col gap-8">
      <PrintSheetStyles />
      <div className="flex flex-col gap-4 print:hidden">
        <p>
          <Link href={`/admin/programmes/${programme.id}/categories/${category.id}`} className="text-brand underline hover:no-underline">
            {t("back", { category: category.name })}
          </Link>
        </p>
        <p className="max-w-prose text-ink-muted">{programme.blind ? t("screenIntroBlind") : t("screenIntro")}</p>
        <div>
          <PrintButton label={t("print")} />
        </div>
      </div>

      <div>
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">{`${programme.name} ${programme.edition}`}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("title", { category: category.name })}</h1>
        <div className="mt-4 flex max-w-xl flex-col gap-4">
          {[t("jurorLine"), t("dateLine")].map((label) => (
            <p key={label} className="flex items-end gap-3">
              <span className="font-semibold">{label}</span>
              <span aria-hidden="true" className="h-6 flex-1 border-b border-ink" />
            </p>
          ))}
        </div>
      </div>

      <section aria-labelledby="how-title" data-print-avoid-break>
        <h2 id="how-title" className="mb-2 text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <p className="mb-2">{t("scale", { min: category.scale.min, max: category.scale.max })}</p>
        <p className="mb-4">{t("conflictRule")}</p>
        <CriteriaTable criteria={criteria} caption={t("criteriaCaption", { category: category.name })} />
      </section>

      {nominations.length === 0 ? <p className="print:hidden">{t("noNominations")}</p> : null}
      {grids.map((g, i) => (
        <ScoringGrid key={g.key} heading={g.heading} headingId={`grid-${i}`} criteria={criteria} scale={category.scale} />
      ))}
    </div>
  );
}
