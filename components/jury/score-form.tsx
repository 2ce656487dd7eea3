"use client";
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Alert, Button, TextArea } from "@/components/ui";
import { formattingLocale } from "@/lib/i18n/format";
import { commentFieldName, OVERALL_NOTE_FIELD, SCORE_SHEET_LIMITS, type ScoreSheetValues } from "@/lib/jury/score-sheet-input";
import { weightedSheetScore } from "@/lib/scoring/weighted-sheet-score";
import { useRegisterFlush } from "./autosave-boundary";
import type { AutosaveAction, SheetFormAction, SheetFormState } from "./form-state";
import { ScoreInput } from "./score-input";

export interface FormCriterion {
  id: string;
  name: string;
  description: string;
  weight: number;
}

type Typed = { scores: Record<string, { value: string; comment: string }>; overallNote: string };
type AutoStatus = "idle" | "dirty" | "saving" | "saved" | "error";
interface Auto {
  status: AutoStatus;
  savedAt: string | null;
  message?: string;
  fieldErrors?: Record<string, string>;
}

const INITIAL: SheetFormState = { ok: true, attempt: 0 };
// Waits after the last change before saving: short for a click, longer while typing.
const CLICK_DELAY_MS = 500;
const TYPING_DELAY_MS = 1000;

function typedFrom(sheet: ScoreSheetValues | null | undefined, criteria: FormCriterion[]): Typed {
  const scores: Typed["scores"] = {};
  for (const c of criteria) {
    const entry = sheet?.scores[c.id];
    scores[c.id] = { value: entry?.value == null || Number.isNaN(entry.value) ? "" : String(entry.value), comment: entry?.comment ?? "" };
  }
  return { scores, overallNote: sheet?.overallNote ?? "" };
}

function sheetFrom(typed: Typed): ScoreSheetValues {
  const scores: ScoreSheetValues["scores"] = {};
  for (const [id, { value, comment }] of Object.entries(typed.scores)) {
    if (value === "" && comment === "") continue;
    scores[id] = { value: value === "" ? null : Number(value), comment };
  }
  return { scores, overallNote: typed.overallNote };
}

/**
 * The score sheet: one score per criterion on the category's scale, an
 * optional comment for each and an overall note. Every change is saved as a
 * draft a moment later; a failed save keeps everything typed and offers a
 * retry. "Submit scores" sends the whole sheet (and works without JavaScript).
 */
export function ScoreForm({
  criteria,
  scale,
  initial,
  initialSavedAt,
  timeZone,
  autosave,
  action,
}: {
  criteria: FormCriterion[];
  scale: { min: number; max: number };
  initial: ScoreSheetValues | null;
  initialSavedAt: string | null;
  timeZone: string;
  autosave: AutosaveAction;
  action: SheetFormAction;
}) {
  const t = useTranslations("jury.form");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const [typed, setTyped] = useState<Typed>(() => typedFrom(state.sheet ?? initial, criteria));
  const [auto, setAuto] = useState<Auto>({ status: "idle", savedAt: initialSavedAt });
  // The form's own answer (from a button) shows until an autosave happens after it.
  const [autoAfter, setAutoAfter] = useState<SheetFormState>(state);
  const stateRef = useRef(state);
  const latest = useRef(typed);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const register = useRegisterFlush();

  // Saves what is on screen; waits for a save already running and saves again if
  // something changed meanwhile. Resolves false when a save failed.
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (;;) {
      while (inFlight.current) await inFlight.current;
      if (!dirty.current) return true;
      dirty.current = false;
      const snapshot = sheetFrom(latest.current);
      setAutoAfter(stateRef.current);
      setAuto((a) => ({ ...a, status: "saving" }));
      const run = (async () => {
        try {
          const result = await autosave(snapshot);
          if (result.ok) {
            setAuto({ status: dirty.current ? "dirty" : "saved", savedAt: result.savedAt });
            return true;
          }
          dirty.current = true;
          setAuto((a) => ({ status: "error", savedAt: a.savedAt, message: result.message, fieldErrors: result.fieldErrors }));
          return false;
        } catch {
          // The network or the server failed: nothing typed is lost, the juror can retry.
          dirty.current = true;
          setAuto((a) => ({ status: "error", savedAt: a.savedAt, message: t("saveFailed") }));
          return false;
        }
      })();
      inFlight.current = run;
      const ok = await run;
      if (inFlight.current === run) inFlight.current = null;
      if (!ok) return false;
    }
  }, [autosave, t]);

  useEffect(() => {
    stateRef.current = state;
    // A refused button press saved nothing: what is on screen still needs saving.
    if (!state.ok) dirty.current = true;
    if (!state.ok && state.attempt) summary.current?.focus();
  }, [state]);

  useEffect(() => {
    register(flush);
    return () => register(null);
  }, [register, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) event.preventDefault();
    };
    // Phones discard pages in the background: save when the juror switches away.
    const hidden = () => {
      if (document.visibilityState === "hidden" && dirty.current) void flush();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [flush]);

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: Typed, delay: number) {
    latest.current = next;
    setTyped(next);
    dirty.current = true;
    setAutoAfter(stateRef.current);
    setAuto((a) => (a.status === "error" ? a : { ...a, status: "dirty" }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }
  const setScore = (id: string, value: string, delay: number) =>
    change({ ...latest.current, scores: { ...latest.current.scores, [id]: { ...latest.current.scores[id], value } } }, delay);
  const setComment = (id: string, comment: string) =>
    change({ ...latest.current, scores: { ...latest.current.scores, [id]: { ...latest.current.scores[id], comment } } }, TYPING_DELAY_MS);
  const saveNow = () => {
    if (dirty.current) void flush();
  };

  const showAuto = autoAfter === state;
  const fieldErrors = (showAuto ? auto.fieldErrors : state.fieldErrors) ?? {};
  const time = (iso: string) => new Intl.DateTimeFormat(formattingLocale(locale), { timeStyle: "short", timeZone }).format(new Date(iso));
  const savedAt = showAuto ? auto.savedAt : (state.savedAt ?? auto.savedAt);
  const scorable = criteria.length > 0 && criteria.every((c) => c.weight > 0);
  const weighted = scorable && weightedSheetScore({ scores: Object.fromEntries(Object.entries(typed.scores).filter(([, s]) => s.value !== "").map(([id, s]) => [id, Number(s.value)])) }, criteria);

  return (
    <form
      action={formAction}
      onSubmit={() => {
        // The button sends the whole sheet itself.
        clearTimeout(timer.current);
        dirty.current = false;
      }}
      aria-labelledby="score-form-title"
      className="flex flex-col gap-6"
      noValidate
    >
      <h2 id="score-form-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-ink-muted">{t("intro", { min: scale.min, max: scale.max })}</p>
      {!showAuto && state.message ? (
        <div ref={summary} tabIndex={-1}>
          <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert>
        </div>
      ) : null}
      {fieldErrors.scores ? <Alert tone="danger">{fieldErrors.scores}</Alert> : null}

      {criteria.map((c) => {
        const entry = typed.scores[c.id];
        return (
          <div key={c.id} className="flex flex-col gap-3 rounded-md border border-line p-4">
            <ScoreInput
              criterion={c}
              scale={scale}
              value={entry.value}
              error={fieldErrors[`scores.${c.id}.value`]}
              onChange={(value, fromKeyboardTyping) => setScore(c.id, value, fromKeyboardTyping ? TYPING_DELAY_MS : CLICK_DELAY_MS)}
              onBlur={saveNow}
            />
            <TextArea
              id={`comment-${c.id}`}
              name={commentFieldName(c.id)}
              label={t("comment", { criterion: c.name })}
              optionalText={t("optional")}
              hint={entry.comment && entry.value === "" ? t("commentNeedsScore") : undefined}
              error={fieldErrors[`scores.${c.id}.comment`]}
              rows={2}
              maxLength={SCORE_SHEET_LIMITS.comment}
              value={entry.comment}
              onChange={(e) => setComment(c.id, e.target.value)}
              onBlur={saveNow}
            />
          </div>
        );
      })}

      <TextArea
        id="overall-note"
        name={OVERALL_NOTE_FIELD}
        label={t("overallNote")}
        optionalText={t("optional")}
        hint={t("overallNoteHint")}
        error={fieldErrors.overallNote}
        rows={4}
        maxLength={SCORE_SHEET_LIMITS.overallNote}
        value={typed.overallNote}
        onChange={(e) => change({ ...latest.current, overallNote: e.target.value }, TYPING_DELAY_MS)}
        onBlur={saveNow}
      />

      {typeof weighted === "number" ? <p className="font-semibold">{t("weighted", { score: weighted.toFixed(2) })}</p> : null}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <SaveStatus status={showAuto ? auto.status : state.ok ? "saved" : "error"} savedAt={savedAt ? time(savedAt) : null} message={showAuto ? auto.message : undefined} onRetry={() => {
          dirty.current = true;
          void flush();
        }} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
            {t("saveDraft")}
          </Button>
          <Button type="submit" name="intent" value="submit" disabled={pending}>
            {pending ? t("working") : t("submit")}
          </Button>
        </div>
      </div>
      <p className="text-sm text-ink-muted">{t("submitHint")}</p>
    </form>
  );
}

function SaveStatus({ status, savedAt, message, onRetry }: { status: AutoStatus; savedAt: string | null; message?: string; onRetry: () => void }) {
  const t = useTranslations("jury.form");
  if (status === "error" && message) {
    return (
      <Alert tone="danger" title={t("notSaved")}>
        <p>{message}</p>
        <p>{t("keptHere")}</p>
        <Button variant="secondary" size="sm" className="mt-2" onClick={onRetry}>
          {t("retry")}
        </Button>
      </Alert>
    );
  }
  const text =
    status === "saving" ? t("saving") : status === "dirty" ? t("unsaved") : savedAt ? t("savedAt", { time: savedAt }) : t("autosaveHint");
  return (
    <p role="status" className="text-sm font-semibold text-ink-muted">
      {text}
    </p>
  );
}
