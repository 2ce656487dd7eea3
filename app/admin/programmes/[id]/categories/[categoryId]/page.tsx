import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Card, PageHeader } from "@/components/ui";
import { getCategoryForEditing } from "@/lib/categories/get-category";
import { requireStaff } from "@/lib/permissions/require-staff";
import { deleteCategoryAction, updateCategoryAction } from "../actions";
import { CategoryForm } from "../category-form";
import { CategoryNotice } from "../notice";
import { noticeParam, readOr404, type SearchParams } from "../page-helpers";
import { saveCriteriaAction } from "./criteria-actions";
import { CriteriaEditor } from "./criteria-editor";
import { DeleteCategoryForm } from "./delete-category-form";

type Params = Promise<{ id: string; categoryId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categoryAdmin");
  return { title: t("title"), robots: { index: false } };
}

export default async function EditCategoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, categoryId } = await params;
  const actor = await requireStaff("programme.edit", { programmeId: id });
  const category = await readOr404(() => getCategoryForEditing({ actor, programmeId: id, categoryId }));
  const t = await getTranslations("categoryAdmin");
  const base = `/admin/programmes/${id}/categories`;

  return (
    <>
      <PageHeader eyebrow={category.programme.name} title={t("editTitle", { name: category.name })} />
      <ProgrammeTabs programmeId={id} current="categories" />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={base} className="text-brand underline hover:no-underline">
          {t("backToList")}
        </Link>
        <Link href={`${base}/${categoryId}/questions`} className="text-brand underline hover:no-underline">
          {t("questionsLink")}
        </Link>
      </p>
      <CategoryNotice notice={await noticeParam(searchParams)} />
      <CategoryForm mode="edit" action={updateCategoryAction.bind(null, id, categoryId)} initial={category.form} timeZone={category.programme.timeZone} />

      <section aria-labelledby="criteria-title" className="mt-12">
        <h2 id="criteria-title" className="mb-2 text-xl font-semibold">
          {t("criteria.title")}
        </h2>
        <p className="mb-4">{t("criteria.intro")}</p>
        <CriteriaEditor action={saveCriteriaAction.bind(null, id, categoryId)} criteria={category.criteria} />
      </section>

      <Card as="section" aria-labelledby="delete-title" className="mt-12">
        <h2 id="delete-title" className="mb-2 text-xl font-semibold">
          {t("delete.title")}
        </h2>
        <p className="mb-4 text-ink-muted">{t("delete.hint")}</p>
        <DeleteCategoryForm action={deleteCategoryAction.bind(null, id, categoryId)} />
      </Card>
    </>
  );
}
