import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { PageHeader } from "@/components/ui";
import { loadProgrammeForPage } from "../load-programme";
import { duplicateProgrammeAction } from "./actions";
import { DuplicateForm } from "./duplicate-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeAdmin.duplicate");
  return { title: t("title") };
}

/** Suggests next year's edition and slug: "2026" → "2027", "young-engagement-2026" → "young-engagement-2027". */
function nextEdition(edition: string, slug: string) {
  const year = /^(\d{4})$/.exec(edition.trim());
  if (!year) return { edition: "", slug: `${slug}-copy` };
  const next = String(Number(year[1]) + 1);
  return { edition: next, slug: slug.endsWith(year[1]) ? `${slug.slice(0, -4)}${next}` : `${slug}-${next}` };
}

export default async function DuplicateProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { programme } = await loadProgrammeForPage(id, "programme.edit");
  const t = await getTranslations("programmeAdmin.duplicate");
  const suggestion = nextEdition(programme.edition, programme.slug);
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={programme.id} current="overview" />
      <DuplicateForm action={duplicateProgrammeAction.bind(null, programme.id)} initial={{ name: programme.name, ...suggestion }} />
    </>
  );
}
