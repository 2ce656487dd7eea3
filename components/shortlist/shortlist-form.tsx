"use client";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, TextArea } from "@/components/ui";
import { SHORTLIST_LIMITS } from "@/lib/shortlist/shortlist-schemas";
import { INITIAL_SHORTLIST_STATE, type ShortlistAction } from "./form-state";
import type { RankingRowView } from "./ranking-row";
import { RankingTable } from "./ranking-table";

/**
 * Selecting the finalists: the proposed top N are ticked; any change needs a
 * reason, asked for right under the nomination. Locking takes a second,
 * confirming click. Selection and reasons live in state, so a refused lock
 * keeps everything the chair chose and wrote.
 */
export function ShortlistForm({
  action,
  rows,
  caption,
  showNormalised,
  categoryName,
  planned,
}: {
  action: ShortlistAction;
  rows: RankingRowView[];
  caption: string;
  showNormalised: boolean;
  categoryName: string;
  planned: number;
}) {
  const t = useTranslations("shortlist");
  const [state, formAction, pending] = useActionState(action, INITIAL_SHORTLIST_STATE);
  const [, startTransition] = useTransition();
  const [selected, setSelected] = useState<string[]>(() => rows.filter((r) => r.proposed).map((r) => r.nominationId));
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  // The confirmation belongs to one answer of the server: a refusal (a new attempt) closes it, so its message and the marked fields show.
  const [confirmFor, setConfirmFor] = useState<number | null>(null);
  const confirming = confirmFor !== null && confirmFor === (state.attempt ?? 0);
  const setConfirming = (open: boolean) => setConfirmFor(open ? (state.attempt ?? 0) : null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = { ...(state.fieldErrors ?? {}), ...localErrors };
  const isSelected = (id: string) => selected.includes(id);
  const changed = (row: RankingRowView) => row.proposed !== isSelected(row.nominationId);
  const chosen = rows.filter((r) => isSelected(r.nominationId));

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const toggle = (id: string) => {
    setConfirming(false);
    setSelected((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  };

  /** Checks what the server would refuse anyway, before asking for confirmation. */
  const review = () => {
    const missing: Record<string, string> = {};
    if (selected.length === 0) missing.finalist = t("errors.noneSelected");
    for (const row of rows) if (changed(row) && !reasons[row.nominationId]?.trim()) missing[`reason.${row.nominationId}`] = t("errors.reasonRequired");
    setLocalErrors(missing);
    if (Object.keys(missing).length === 0) setConfirming(true);
    else {
      const first = Object.keys(missing).find((k) => k.startsWith("reason."));
      if (first) formRef.current?.querySelector<HTMLElement>(`#reason-${first.slice(7)}`)?.focus();
    }
  };

  const message = Object.keys(localErrors).length ? (localErrors.finalist ?? t("errors.reasonsMissing")) : !state.ok ? state.message : undefined;

  return (
    <form
      ref={formRef}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {message ? <Alert tone="danger">{message}</Alert> : null}
      <RankingTable
        rows={rows}
        caption={caption}
        showNormalised={showNormalised}
        selection={{
          control: (row) => (
            <div className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`finalist-${row.nominationId}`}
                name="finalist"
                value={row.nominationId}
                checked={isSelected(row.nominationId)}
                onChange={() => toggle(row.nominationId)}
                // A declared conflict: the chair may not change this row (the server refuses it too).
                disabled={row.ownConflict}
                className="size-6 accent-brand"
              />
              {row.ownConflict && isSelected(row.nominationId) ? <input type="hidden" name="finalist" value={row.nominationId} /> : null}
              <label htmlFor={`finalist-${row.nominationId}`}>
                <span className="sr-only">{t("table.select", { title: row.title })}</span>
                {row.proposed ? <span className="text-sm text-ink-muted" aria-hidden="true">{t("table.proposed")}</span> : null}
              </label>
            </div>
          ),
          below: (row) =>
            changed(row) ? (
              <TextArea
                id={`reason-${row.nominationId}`}
                name={`reason.${row.nominationId}`}
                label={isSelected(row.nominationId) ? t("select.addReason", { title: row.title }) : t("select.removeReason", { title: row.title })}
                hint={t("select.reasonHint")}
                required
                rows={2}
                maxLength={SHORTLIST_LIMITS.reason}
                value={reasons[row.nominationId] ?? ""}
                onChange={(e) => {
                  const value = e.target.value;
                  setConfirming(false);
                  setReasons((now) => ({ ...now, [row.nominationId]: value }));
                  setLocalErrors((now) => {
                    const next = { ...now };
                    delete next[`reason.${row.nominationId}`];
                    return next;
                  });
                }}
                error={errors[`reason.${row.nominationId}`]}
              />
            ) : null,
        }}
      />
      <p aria-live="polite" className="font-semibold">
        {t("select.count", { selected: selected.length, planned })}
      </p>
      {confirming ? (
        <section aria-labelledby="lock-confirm-title" className="rounded-lg border-2 border-brand bg-brand-soft p-4">
          <h2 id="lock-confirm-title" ref={confirmHeading} tabIndex={-1} className="text-lg font-semibold">
            {t("select.confirmTitle", { category: categoryName })}
          </h2>
          <p className="mt-2">{t("select.confirmBody", { count: chosen.length, names: chosen.map((r) => r.title).join(", ") })}</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? t("select.pending") : t("select.confirm")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
              {t("select.cancel")}
            </Button>
          </div>
        </section>
      ) : (
        <div>
          <Button onClick={review}>{t("select.lock")}</Button>
        </div>
      )}
    </form>
  );
}
