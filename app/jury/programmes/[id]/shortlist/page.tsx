import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader, StatusBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { requireStaff } from "@/lib/permissions/require-staff";
import { listShortlistCategories, type ShortlistIndex } from "@/lib/shortlist/list-shortlist-categories";
import { categoryPath } from "./action-helpers";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shortlist.index");
  return { title: t("metaTitle"), robots: { index: false } };
}

async function load(programmeId: string): Promise<ShortlistIndex> {
  // Chairs hold the capability per category, so the check per category happens in the domain function.
  const actor = await requireStaff();
  try {
    return await listShortlistCategories({ actor, programmeId });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}

export default async function ShortlistIndexPage({ params }: Props) {
  const { id } = await params;
  const view = await load(id);
  const [t, locale] = await Promise.all([getTranslations("shortlist.index"), getLocale()]);
  const date = (d: Date) => formatDate(d, { locale, timeZone: view.programme.timeZone });

  return (
    <>
      <PageHeader eyebrow={`${view.programme.name} · ${view.programme.edition}`} title={t("title", { programme: view.programme.name })} description={t("intro")} />
      <Table caption={t("caption")} captionHidden>
        <THead>
          <Tr>
            <Th>{t("col.category")}</Th>
            <Th>{t("col.nominations")}</Th>
            <Th>{t("col.finalists")}</Th>
            <Th>{t("col.status")}</Th>
          </Tr>
        </THead>
        <TBody>
          {view.categories.map((c) => (
            <Tr key={c.id}>
              <Th scope="row">
                <Link href={categoryPath(id, c.id)} className="text-brand underline hover:no-underline" aria-label={t("openRanking", { category: c.name })}>
                  {c.name}
                </Link>
              </Th>
              <Td>{c.nominations}</Td>
              <Td>{c.lockedAt ? t("chosen", { count: c.finalists }) : t("planned", { count: c.finalistCount })}</Td>
              <Td>{c.lockedAt ? <StatusBadge tone="success">{t("locked", { date: date(c.lockedAt) })}</StatusBadge> : <StatusBadge tone="neutral">{t("open")}</StatusBadge>}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
