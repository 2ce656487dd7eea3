import { useTranslations } from "next-intl";
import { Card, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import type { IntegritySummary } from "@/lib/voting/tally/integrity-summary";

/** The vote's integrity summary next to the results, with the recount file anyone may download. */
export function IntegrityPanel({ integrity, recountHref }: { integrity: IntegritySummary; recountHref: string }) {
  const t = useTranslations("results.integrity");
  return (
    <Card as="section" aria-labelledby="integrity-title" className="flex flex-col gap-4">
      <h2 id="integrity-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("total")}</dt>
        <dd className="tabular-nums">{integrity.totalVotes}</dd>
        <dt className="font-semibold">{t("counted")}</dt>
        <dd className="tabular-nums">{integrity.counted}</dd>
        <dt className="font-semibold">{t("quarantined")}</dt>
        <dd className="tabular-nums">{integrity.quarantined}</dd>
      </dl>
      {integrity.byReason.length ? (
        <Table caption={t("byReasonCaption")}>
          <THead>
            <Tr>
              <Th>{t("reason")}</Th>
              <Th className="text-end">{t("count")}</Th>
            </Tr>
          </THead>
          <TBody>
            {integrity.byReason.map((r) => (
              <Tr key={r.reason}>
                <Th scope="row" className="font-normal">
                  {r.reason}
                </Th>
                <Td className="text-end tabular-nums">{r.count}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : (
        <p>{t("noQuarantine")}</p>
      )}
      <p>{t("intro")}</p>
      <p>
        <a href={recountHref} className="text-brand underline hover:no-underline" download>
          {t("recount")}
        </a>
      </p>
    </Card>
  );
}
