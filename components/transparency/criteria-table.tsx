import { getLocale, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formatShare, formatWeight } from "@/components/transparency/format-share";

export interface CriterionRow {
  name: string;
  description: string;
  weight: number;
  /** The criterion's part of the weighted score, 0–1. */
  share: number;
}

/** A category's criteria with their weights and what share of the score each carries. */
export async function CriteriaTable({ criteria, caption }: { criteria: CriterionRow[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("transparency.criteria"), getLocale()]);
  if (criteria.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  return (
    <Table caption={caption}>
      <THead>
        <Tr>
          <Th>{t("name")}</Th>
          <Th>{t("weight")}</Th>
          <Th>{t("share")}</Th>
        </Tr>
      </THead>
      <TBody>
        {criteria.map((c, i) => (
          <Tr key={i}>
            <Th scope="row">
              {c.name}
              {c.description ? <span className="mt-1 block font-normal text-ink-muted">{c.description}</span> : null}
            </Th>
            <Td>{formatWeight(c.weight, locale)}</Td>
            <Td>{formatShare(c.share, locale)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
