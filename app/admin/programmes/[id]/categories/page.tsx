import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Button, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { listCategories } from "@/lib/categories/list-categories";
import { formatMoney } from "@/lib/i18n/format";
import { can } from "@/lib/permissions/can";
import { requireStaff } from "@/lib/permissions/require-staff";
import { moveCategoryAction } from "./actions";
import { CategoryNotice } from "./notice";
import { noticeParam, readOr404, type SearchParams } from "./page-helpers";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categoryAdmin");
  return { title: t("title"), robots: { index: false } };
}

export default async function CategoriesPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const actor = await requireStaff("programme.view", { programmeId: id });
  const { programme, categories } = await readOr404(() => listCategories({ actor, programmeId: id }));
  const t = await getTranslations("categoryAdmin");
  const locale = await getLocale();
  const editable = can(actor, "programme.edit", { programmeId: id });
  const move = moveCategoryAction.bind(null, id);

  const age = (c: (typeof categories)[number]) => {
    if (c.minAge != null && c.maxAge != null) return t("ageBetween", { min: c.minAge, max: c.maxAge });
    if (c.minAge != null) return t("ageAtLeast", { min: c.minAge });
    if (c.maxAge != null) return t("ageAtMost", { max: c.maxAge });
    return t("anyAge");
  };
  const prize = (c: (typeof categories)[number]) =>
    c.prizeAmountMinor != null && c.prizeCurrency ? formatMoney({ amountMinor: c.prizeAmountMinor, currency: c.prizeCurrency }, locale) : c.prizeDescription || t("noPrize");

  return (
    <>
      <PageHeader
        eyebrow={programme.name}
        title={t("title")}
        description={t("intro")}
        actions={editable ? <Button href={`/admin/programmes/${id}/categories/new`}>{t("add")}</Button> : undefined}
      />
      <ProgrammeTabs programmeId={id} current="categories" />
      <CategoryNotice notice={await noticeParam(searchParams)} />
      {categories.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table caption={t("listCaption", { programme: programme.name })} captionHidden>
          <THead>
            <Tr>
              <Th>{t("col.name")}</Th>
              <Th>{t("col.prize")}</Th>
              <Th>{t("col.places")}</Th>
              <Th>{t("col.age")}</Th>
              <Th>{t("col.form")}</Th>
              {editable ? <Th>{t("col.order")}</Th> : null}
            </Tr>
          </THead>
          <TBody>
            {categories.map((c, index) => (
              <Tr key={c.id}>
                <Th scope="row">
                  <Link href={`/admin/programmes/${id}/categories/${c.id}`} className="text-brand underline hover:no-underline">
                    {c.name}
                  </Link>
                </Th>
                <Td>{prize(c)}</Td>
                <Td>{t("placesValue", { winners: c.winnerCount, finalists: c.finalistCount })}</Td>
                <Td>{age(c)}</Td>
                <Td>
                  <Link href={`/admin/programmes/${id}/categories/${c.id}/questions`} className="text-brand underline hover:no-underline">
                    {t("questionsCount", { count: c._count.questions })}
                    <span className="sr-only"> ({t("questionsLinkNamed", { name: c.name })})</span>
                  </Link>
                </Td>
                {editable ? (
                  <Td>
                    <form action={move} className="flex flex-wrap gap-2">
                      <input type="hidden" name="categoryId" value={c.id} />
                      <Button type="submit" name="direction" value="up" size="sm" variant="secondary" disabled={index === 0}>
                        <span aria-hidden="true">↑</span>
                        <span className="sr-only">{t("moveUpNamed", { name: c.name })}</span>
                        <span aria-hidden="true">{t("moveUp")}</span>
                      </Button>
                      <Button
                        type="submit"
                        name="direction"
                        value="down"
                        size="sm"
                        variant="secondary"
                        disabled={index === categories.length - 1}
                      >
                        <span aria-hidden="true">↓</span>
                        <span className="sr-only">{t("moveDownNamed", { name: c.name })}</span>
                        <span aria-hidden="true">{t("moveDown")}</span>
                      </Button>
                    </form>
                  </Td>
                ) : null}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
