import { getTranslations } from "next-intl/server";
import { Card, Notice, StatusBadge, Table, TBody, THead, Td, Th, Tr, type Tone } from "@/components/ui";
import type { CategoryDecisionView } from "@/lib/results/load-category-decisions";
import type { DecisionMode } from "@/lib/validation/statuses";
import { confirmAction, overrideAction, recordDrawAction, reopenAction } from "./actions";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { DrawForm } from "./draw-form";
import { OverrideForm } from "./override-form";

const STATE_TONE: Record<CategoryDecisionView["state"], Tone> = { computed: "neutral", confirmed: "success", overridden: "warning" };

/** One category of the review: the decided ranking as a table, its state, and what the organiser can do next. */
export async function CategoryResultsSection({ programmeId, mode, category: c, editable, locale }: {
  programmeId: string;
  mode: DecisionMode;
  category: CategoryDecisionView;
  editable: boolean;
  locale: string;
}) {
  const t = await getTranslations("admin.results");
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const fmt = (n: number | null) => (n === null ? t("none") : number.format(n));
  const combined = mode === "combined";
  const recorded = c.state !== "computed";
  const stored = new Map(c.stored.map((r) => [r.finalistId, r]));
  const names = new Map(c.ranking.map((r) => [r.finalistId, r.publicName]));
  const tied = (c.needsDraw.length > 0 ? c.needsDraw : c.drawApplied && c.draw ? c.draw.order : []).map((id) => ({ finalistId: id, publicName: names.get(id) ?? "" }));
  const overrideReason = c.stored.find((r) => r.overrideReason)?.overrideReason ?? null;
  const headingId = `category-${c.id}`;

  return (
    <Card as="section" aria-labelledby={headingId}>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-xl font-semibold">
          {c.name}
        </h2>
        <StatusBadge tone={STATE_TONE[c.state]}>{t(`state.${c.state}`)}</StatusBadge>
      </div>
      <p className="mb-4 text-ink-muted">{t("winnerCount", { count: c.winnerCount })}</p>
      {c.problem ? (
        <Notice tone="warning" className="mb-4">
          {t(`problem.${c.problem}`)}
        </Notice>
      ) : null}
      {c.needsDraw.length > 0 ? (
        <Notice tone="warning" className="mb-4">
          {t("needsDraw", { names: c.needsDraw.map((id) => names.get(id) ?? "").join(", ") })}
        </Notice>
      ) : null}
      {c.drawApplied && c.draw ? <p className="mb-4">{t("drawApplied", { order: c.draw.order.map((id) => names.get(id) ?? "").join(", "), note: c.draw.note })}</p> : null}
      {overrideReason ? (
        <p className="mb-4">
          <strong>{t("overrideReason")}:</strong> {overrideReason}
        </p>
      ) : null}
      {c.ranking.length > 0 ? (
        <Table caption={t("tableCaption", { category: c.name })} captionHidden>
          <THead>
            <Tr>
              <Th>{t("col.place")}</Th>
              <Th>{t("col.finalist")}</Th>
              <Th>{t("col.juryScore")}</Th>
              <Th>{t("col.votes")}</Th>
              {combined ? (
                <>
                  <Th>{t("col.juryPoints")}</Th>
                  <Th>{t("col.publicPoints")}</Th>
                  <Th>{t("col.combined")}</Th>
                </>
              ) : null}
              <Th>{t("col.winner")}</Th>
              <Th>{t("col.tieBreak")}</Th>
              {recorded ? <Th>{t("col.recorded")}</Th> : null}
            </Tr>
          </THead>
          <TBody>
            {c.ranking.map((r) => {
              const row = stored.get(r.finalistId);
              return (
                <Tr key={r.finalistId}>
                  <Td>{r.place}</Td>
                  <Th scope="row">{r.publicName}</Th>
                  <Td>{fmt(r.juryScore)}</Td>
                  <Td>{mode === "jury_only" ? t("none") : r.votes}</Td>
                  {combined ? (
                    <>
                      <Td>{fmt(r.juryPoints)}</Td>
                      <Td>{fmt(r.publicPoints)}</Td>
                      <Td>{fmt(r.score)}</Td>
                    </>
                  ) : null}
                  <Td>{r.winner ? t("winner") : t("none")}</Td>
                  <Td>{r.tieBrokenBy ? t(`tieBreak.${r.tieBrokenBy}`) : t("none")}</Td>
                  {recorded ? <Td>{row ? t(row.isWinner ? "recordedWinner" : "recordedPlace", { place: row.rank }) : t("none")}</Td> : null}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      ) : null}
      {editable ? (
        <div className="mt-6 flex flex-col gap-6">
          {recorded ? (
            <ActionButtonForm action={reopenAction.bind(null, programmeId)} hidden={{ categoryId: c.id }} label={t("reopen.submit")} pendingLabel={t("reopen.pending")} description={t("reopen.hint")} variant="secondary" />
          ) : (
            <>
              {!c.problem && c.needsDraw.length === 0 ? (
                <ActionButtonForm action={confirmAction.bind(null, programmeId)} hidden={{ categoryId: c.id, expected: c.signature }} label={t("confirm.submit")} pendingLabel={t("confirm.pending")} description={t("confirm.hint")} />
              ) : null}
              {tied.length > 0 ? (
                <section aria-labelledby={`${headingId}-draw`}>
                  <h3 id={`${headingId}-draw`} className="mb-2 text-lg font-semibold">
                    {t("draw.title")}
                  </h3>
                  <DrawForm action={recordDrawAction.bind(null, programmeId)} categoryId={c.id} tied={tied} />
                </section>
              ) : null}
              {!c.problem ? (
                <details>
                  <summary className="cursor-pointer font-semibold">{t("override.title")}</summary>
                  <div className="mt-3">
                    <OverrideForm action={overrideAction.bind(null, programmeId)} categoryId={c.id} candidates={c.ranking.map((r) => ({ finalistId: r.finalistId, publicName: r.publicName }))} winnerCount={Math.min(c.winnerCount, c.ranking.length)} />
                  </div>
                </details>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </Card>
  );
}
