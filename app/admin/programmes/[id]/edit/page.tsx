import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { PageHeader } from "@/components/ui";
import { languageOptions } from "@/lib/i18n/language-options";
import { PROGRAMME_FIELDS } from "@/lib/validation/programme";
import { ProgrammeDetailsForm } from "../../new/programme-details-form";
import { loadProgrammeForPage } from "../load-programme";
import { updateProgrammeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeAdmin.edit");
  return { title: t("title") };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { programme } = await loadProgrammeForPage(id, "programme.edit");
  const t = await getTranslations("programmeAdmin.edit");
  const initial = Object.fromEntries(PROGRAMME_FIELDS.map((f) => [f, String(programme[f] ?? "")]));
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} />
      <ProgrammeTabs programmeId={programme.id} current="details" />
      <ProgrammeDetailsForm action={updateProgrammeAction.bind(null, programme.id)} initial={initial} languages={await languageOptions()} submitLabel={t("submit")} />
    </>
  );
}
