import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { StatusBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { RankingRowView } from "./ranking-row";

export interface RankingSelection {
  /** The control for the "Finalist" column of one row. */
  control: (row: RankingRowView) => ReactNode;
  /** Shown in a full-width row under a nomination, e.g. the reason for a change. */
  below: (row: RankingRowView) => ReactNode;
}

/**
 * The jury's ranking of one category. Without `selection` it only shows
 * which nominations are proposed or on the shortlist; the shortlist form
 * passes the checkboxes and reason fields in. No hooks of its own, so server
 * pages and the client form both render it.
 */
export function RankingTable({ rows, caption, showNormalised, selection }: { rows: RankingRowView[]; caption: string; showNormalised: boolean; selection?: RankingSelection }) {
  const t = useTranslations("shortlist.table");
  const columns = showNormalised ? 8 : 7;
  return (
    <Table caption={caption} captionHidden>
      <THead>
        <Tr>
          <Th>{t("rank")}</Th>
          <Th>{t("nomination")}</Th>
          <Th>{t("mean")}</Th>
          {showNormalised ? <Th>{t("normalised")}</Th> : null}
          <Th>{t("sheets")}</Th>
          <Th>{t("spread")}</Th>
          <Th>{t("recused")}</Th>
          <Th>{t("finalist")}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => {
          const extra = selection?.below(row);
          return [
            <Tr key={row.nominationId}>
              <Td className="font-semibold whitespace-nowrap">
                {row.rankLabel === null ? (
                  <span className="font-normal text-ink-muted">{t("unranked")}</span>
                ) : row.tied ? (
                  <>
                    <span aria-hidden="true">{row.rankLabel}</span>
                    <span className="sr-only">{t("tiedRank", { rank: row.rank ?? 0 })}</span>
                  </>
                ) : (
                  row.rankLabel
                )}
              </Td>
              <Th scope="row" className="min-w-48 font-semibold">
                {row.title}
                {row.ownConflict ? (
                  <span className="mt-1 block">
                    <StatusBadge tone="neutral">{t("ownConflict")}</StatusBadge>
                  </span>
                ) : null}
                {row.comments.length ? (
                  <details className="mt-2 font-normal">
                    <summary className="cursor-pointer text-brand underline">{t("comments", { count: row.comments.length })}</summary>
                    <ul className="mt-2 flex flex-col gap-2 text-sm">
                      {row.comments.map((c, i) => (
                        <li key={i}>
                          <span className="font-semibold">{c.label}</span> <span className="whitespace-pre-line">{c.text}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </Th>
              <Td>{row.mean ?? "—"}</Td>
              {showNormalised ? <Td>{row.normalised ?? "—"}</Td> : null}
              <Td>{row.count}</Td>
              <Td>
                <span className="flex flex-wrap items-center gap-2">
                  {row.sd ?? "—"}
                  {row.disagree ? <StatusBadge tone="warning">{t("disagree")}</StatusBadge> : null}
                </span>
              </Td>
              <Td>{row.recused.length ? row.recused.join(", ") : <span className="text-ink-muted">{t("none")}</span>}</Td>
              <Td>
                {selection ? (
                  selection.control(row)
                ) : row.finalist ? (
                  <StatusBadge tone="success">{t("isFinalist")}</StatusBadge>
                ) : row.proposed ? (
                  <StatusBadge tone="neutral">{t("proposed")}</StatusBadge>
                ) : null}
              </Td>
            </Tr>,
            extra ? (
              <Tr key={`${row.nominationId}-below`} className="bg-warning-soft">
                <Td colSpan={columns}>{extra}</Td>
              </Tr>
            ) : null,
          ];
        })}
      </TBody>
    </Table>
  );
}
