import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { CategoryExportLinks } from "@/components/transparency/category-export-links";
import { PageHeader } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { getJurySettings, type JurySettingsView } from "@/lib/jury-settings/get-jury-settings";
import { requireStaff } from "@/lib/permissions/require-staff";
import { updateJurySettingsAction } from "./actions";
import { JurySettingsForm } from "./jury-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("jurySettings");
  return { title: t("title"), robots: { index: false } };
}

export default async function JurySettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff("programme.edit", { programmeId: id });
  let view: JurySettingsView;
  try {
    view = await getJurySettings({ actor, programmeId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const t = await getTranslations("jurySettings");
  const { programme } = view;
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={programme.id} current="jurySettings" />
      <JurySettingsForm action={updateJurySettingsAction.bind(null, programme.id)} settings={view.settings} normaliseLocked={view.normaliseLocked} />
      <p className="mt-4">
        <Link href={`/programmes/${programme.slug}/jury`} className="text-brand underline hover:no-underline">
          {t("transparency.preview")}
        </Link>
      </p>

      <section aria-labelledby="sheets-title" className="mt-12 max-w-3xl">
        <h2 id="sheets-title" className="mb-2 text-xl font-semibold">
          {t("sheets.title")}
        </h2>
        <p className="mb-4">{t("sheets.intro")}</p>
        {view.categories.length === 0 ? (
          <p className="text-ink-muted">{t("sheets.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {view.categories.map((c) => (
              <li key={c.id}>
                <h3 className="font-semibold">{c.name}</h3>
                <CategoryExportLinks programmeId={programme.id} categoryId={c.id} categoryName={c.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
