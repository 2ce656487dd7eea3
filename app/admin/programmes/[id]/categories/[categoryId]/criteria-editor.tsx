"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, StatusBadge, Table, TBody, Td, Th, THead, Tr, TextInput } from "@/components/ui";
import { weightPercentages } from "@/lib/validation/category";
import { INITIAL_FORM_STATE, type AdminFormState } from "../form-state";

export interface CriterionView {
  id: string;
  name: string;
  description: string;
  weight: number;
  scoreCount: number;
}

type Action = (state: AdminFormState, formData: FormData) => Promise<AdminFormState>;
type Row = { id: string; name: string; description: string; weight: string; scored: boolean };

const EMPTY_ROWS = 2;

/** The criteria table: edit in place, add in the empty rows, reorder and remove with buttons. */
export function CriteriaEditor({ action, criteria }: { action: Action; criteria: CriterionView[] }) {
  const t = useTranslations("categoryAdmin");
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const scored = new Set(criteria.filter((c) => c.scoreCount > 0).map((c) => c.id));
  const v = state.values;
  const rows: Row[] = v
    ? Array.from({ length: Number(v.count ?? 0) }, (_, i) => {
        const id = v[`criteria.${i}.id`] ?? "";
        return { id, name: v[`criteria.${i}.name`] ?? "", description: v[`criteria.${i}.description`] ?? "", weight: v[`criteria.${i}.weight`] ?? "", scored: scored.has(id) };
      })
    : criteria.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: String(c.weight), scored: c.scoreCount > 0 }));
  const filled = rows.length;
  for (let i = 0; i < EMPTY_ROWS; i++) rows.push({ id: "", name: "", description: "", weight: "", scored: false });
  const shares = weightPercentages(rows.slice(0, filled).map((r) => Number(r.weight) || 0));
  const e = state.fieldErrors ?? {};

  return (
    <form action={formAction} aria-label={t("criteria.title")} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <p className="text-sm text-ink-muted">{t("criteria.addHint")}</p>
      <Table caption={t("criteria.caption")} captionHidden key={state.attempt ?? 0}>
        <THead>
          <Tr>
            <Th>{t("criteria.name")}</Th>
            <Th>{t("criteria.description")}</Th>
            <Th>{t("criteria.weight")}</Th>
            <Th>{t("criteria.share")}</Th>
            <Th>{t("col.actions")}</Th>
          </Tr>
        </THead>
        <TBody>
          {rows.map((r, i) => {
            const n = i + 1;
            const isNew = i >= filled;
            return (
              <Tr key={i}>
                <Td>
                  <input type="hidden" name={`criteria.${i}.id`} value={r.id} />
                  <TextInput id={`criterion-${i}-name`} name={`criteria.${i}.name`} label={<span className="sr-only">{isNew ? t("criteria.newRow", { n }) : t("criteria.rowName", { n })}</span>} defaultValue={r.name} error={e[`criteria.${i}.name`]} />
                </Td>
                <Td>
                  <TextInput id={`criterion-${i}-description`} name={`criteria.${i}.description`} label={<span className="sr-only">{t("criteria.rowDescription", { n })}</span>} defaultValue={r.description} error={e[`criteria.${i}.description`]} />
                </Td>
                <Td className="w-32">
                  <TextInput id={`criterion-${i}-weight`} name={`criteria.${i}.weight`} inputMode="decimal" label={<span className="sr-only">{t("criteria.rowWeight", { n })}</span>} defaultValue={r.weight} error={e[`criteria.${i}.weight`]} />
                </Td>
                <Td>{isNew ? "" : `${shares[i]} %`}</Td>
                <Td>
                  {isNew ? null : (
                    <div className="flex flex-wrap gap-2">
                      {r.scored ? <StatusBadge tone="neutral">{t("criteria.scored")}</StatusBadge> : null}
                      <Button type="submit" name="intent" value={`up:${i}`} size="sm" variant="secondary" disabled={pending || i === 0}>
                        <span aria-hidden="true">↑</span>
                        <span className="sr-only">{t("criteria.moveUpNamed", { n })}</span>
                      </Button>
                      <Button type="submit" name="intent" value={`down:${i}`} size="sm" variant="secondary" disabled={pending || i === filled - 1}>
                        <span aria-hidden="true">↓</span>
                        <span className="sr-only">{t("criteria.moveDownNamed", { n })}</span>
                      </Button>
                      <Button type="submit" name="intent" value={`remove:${i}`} size="sm" variant="ghost" disabled={pending}>
                        <span aria-hidden="true">{t("criteria.remove")}</span>
                        <span className="sr-only">{t("criteria.removeNamed", { n })}</span>
                      </Button>
                    </div>
                  )}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      <div>
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? t("saving") : t("criteria.save")}
        </Button>
      </div>
    </form>
  );
}
