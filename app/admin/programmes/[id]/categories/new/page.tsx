import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { PageHeader } from "@/components/ui";
import { loadProgrammeFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/permissions/require-staff";
import { createCategoryAction } from "../actions";
import { CategoryForm } from "../category-form";
import { readOr404 } from "../page-helpers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categoryAdmin");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff("programme.edit", { programmeId: id });
  const programme = await readOr404(() => loadProgrammeFor(db, { actor, programmeId: id }));
  const t = await getTranslations("categoryAdmin");
  return (
    <>
      <PageHeader eyebrow={programme.name} title={t("newTitle")} />
      <ProgrammeTabs programmeId={id} current="categories" />
      <p className="mb-6">
        <Link href={`/admin/programmes/${id}/categories`} className="text-brand underline hover:no-underline">
          {t("backToList")}
        </Link>
      </p>
      <CategoryForm mode="create" action={createCategoryAction.bind(null, id)} initial={{}} timeZone={programme.timeZone} />
    </>
  );
}
