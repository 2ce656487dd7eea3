// What the shortlist actions hand back to their forms (useActionState).
export interface ShortlistFormState {
  ok: boolean;
  message?: string;
  /** Field → message; reasons are keyed "reason.<nominationId>". */
  fieldErrors?: Record<string, string>;
  /** What the person typed, so a refused form keeps it. */
  values?: Record<string, string>;
  /** Changes on every answer, so uncontrolled fields remount with `values`. */
  attempt?: number;
}

export const INITIAL_SHORTLIST_STATE: ShortlistFormState = { ok: true, attempt: 0 };

export type ShortlistAction = (state: ShortlistFormState, formData: FormData) => Promise<ShortlistFormState>;
