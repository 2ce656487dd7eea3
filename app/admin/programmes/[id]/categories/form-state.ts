// What the category, criteria and question actions hand back to their forms (useActionState).
export interface AdminFormState {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  message?: string;
  /** What the person typed, so a refused form keeps it. */
  values?: Record<string, string>;
  /** Changes on every answer, so the form's fields remount with `values`. */
  attempt?: number;
}

export const INITIAL_FORM_STATE: AdminFormState = { ok: true, attempt: 0 };
