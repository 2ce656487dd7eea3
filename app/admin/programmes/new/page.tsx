import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { languageOptions } from "@/lib/i18n/language-options";
import { requireStaff } from "@/lib/permissions/require-staff";
import { createProgrammeAction } from "./actions";
import { ProgrammeDetailsForm } from "./programme-details-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeAdmin.new");
  return { title: t("title") };
}

export default async function NewProgrammePage() {
  await requireStaff("programme.create");
  const t = await getTranslations("programmeAdmin.new");
  const initial = {
    name: "",
    edition: String(new Date().getUTCFullYear()),
    slug: "",
    description: "",
    organiserName: "",
    organiserContact: "",
    city: "",
    timeZone: "Europe/Berlin",
    defaultLocale: "en",
    heroImage: "",
    privacyNotice: "",
    decisionMode: "jury_only",
    juryWeight: "100",
    publicWeight: "0",
    cadence: "yearly",
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <ProgrammeDetailsForm action={createProgrammeAction} initial={initial} languages={await languageOptions()} submitLabel={t("submit")} />
    </>
  );
}
