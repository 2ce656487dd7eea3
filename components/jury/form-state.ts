// What the jury actions hand back to their forms.
import type { ScoreSheetValues } from "@/lib/jury/score-sheet-input";

export interface JuryFormState {
  ok: boolean;
  message?: string;
  /** Field path ("scores.<id>.value", "overallNote", "reason", "note") → message in the juror's language. */
  fieldErrors?: Record<string, string>;
  /** What was typed, so a refused form (also without JavaScript) keeps it. */
  values?: Record<string, string>;
  /** Changes on every answer. */
  attempt?: number;
}

export const INITIAL_JURY_FORM_STATE: JuryFormState = { ok: true, attempt: 0 };

export type JuryFormAction = (state: JuryFormState, formData: FormData) => Promise<JuryFormState>;

/** The scoring form's state: also says what was saved, for the "Saved" line. */
export interface SheetFormState extends JuryFormState {
  /** ISO time of the last successful draft save. */
  savedAt?: string;
  /** Criteria whose comment waits for a score before it can be stored. */
  unsavedComments?: string[];
  sheet?: ScoreSheetValues;
}

export type SheetFormAction = (state: SheetFormState, formData: FormData) => Promise<SheetFormState>;

/** What an autosave answers. */
export type AutosaveResult =
  | { ok: true; savedAt: string; unsavedComments: string[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

export type AutosaveAction = (sheet: ScoreSheetValues) => Promise<AutosaveResult>;
