import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Where a category's printable jury sheet and CSV exports are; each link names
 * its category for screen readers. The sheet is an organiser page: pass
 * `sheet={false}` where a jury chair reads this (the CSVs are theirs too).
 */
export async function CategoryExportLinks({
  programmeId,
  categoryId,
  categoryName,
  sheet = true,
}: {
  programmeId: string;
  categoryId: string;
  categoryName: string;
  sheet?: boolean;
}) {
  const t = await getTranslations("juryExport.links");
  const csv = `/api/programmes/${programmeId}/categories/${categoryId}/scores`;
  const links = [
    ...(sheet ? [{ href: `/admin/programmes/${programmeId}/categories/${categoryId}/jury-sheet`, label: t("sheet"), download: false }] : []),
    { href: `${csv}?part=scores`, label: t("scores"), download: true },
    { href: `${csv}?part=ranking`, label: t("ranking"), download: true },
  ];
  return (
    <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
      {links.map((l) => (
        <li key={l.href}>
          {/* Downloads are plain links: a client-side navigation would try to render the CSV as a page. */}
          {l.download ? (
            <a href={l.href} download className="inline-block py-1 text-brand underline hover:no-underline">
              {l.label}
              <span className="sr-only"> {t("for", { category: categoryName })}</span>
            </a>
          ) : (
            <Link href={l.href} className="inline-block py-1 text-brand underline hover:no-underline">
              {l.label}
              <span className="sr-only"> {t("for", { category: categoryName })}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
