import { useLocale, useTranslations } from "next-intl";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { formattingLocale } from "@/lib/i18n/format";

export interface VoteChartFinalist {
  finalistId: string;
  name: string;
  votes: number;
  isWinner: boolean;
}

/**
 * A category's public vote: CSS bars for the eye (hidden from screen readers)
 * and a table with the same numbers for everyone. Bars are scaled to the most
 * votes, shares are of the counted votes.
 */
export function VoteChart({ category, counted, finalists }: { category: string; counted: number; finalists: readonly VoteChartFinalist[] }) {
  const t = useTranslations("results");
  const locale = useLocale();
  const most = Math.max(1, ...finalists.map((f) => f.votes));
  const share = (votes: number) =>
    new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: 1 }).format(counted > 0 ? (votes / counted) * 100 : 0);
  return (
    <div className="flex flex-col gap-4">
      <p>{t("votesIntro", { counted })}</p>
      <ul aria-hidden="true" className="flex flex-col gap-2" data-testid="vote-bars">
        {finalists.map((f) => (
          <li key={f.finalistId} className="grid grid-cols-[minmax(6rem,12rem)_1fr] items-center gap-3">
            <span className="truncate font-medium">{f.name}</span>
            <span className="flex items-center gap-2">
              <span className={f.isWinner ? "h-4 rounded bg-brand" : "h-4 rounded bg-line-strong"} style={{ width: `${(f.votes / most) * 100}%`, minWidth: "2px" }} />
              <span className="text-sm tabular-nums">{f.votes}</span>
            </span>
          </li>
        ))}
      </ul>
      <Table caption={t("tableCaption", { category })}>
        <THead>
          <Tr>
            <Th>{t("col.finalist")}</Th>
            <Th className="text-end">{t("col.votes")}</Th>
            <Th className="text-end">{t("col.share")}</Th>
          </Tr>
        </THead>
        <TBody>
          {finalists.map((f) => (
            <Tr key={f.finalistId}>
              <Th scope="row">
                {f.name}
                {f.isWinner ? <span className="ms-2 text-sm font-normal">({t("winnerBadge")})</span> : null}
              </Th>
              <Td className="text-end tabular-nums">{f.votes}</Td>
              <Td className="text-end tabular-nums">{t("share", { share: share(f.votes) })}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
