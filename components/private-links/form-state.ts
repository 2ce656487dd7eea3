// What the private-link actions hand back to their forms (useActionState).
export interface PrivateLinkFormState {
  ok: boolean;
  /** Messages next to the fields, keyed by the field's name ("nominee.name", "answers.<id>"). */
  fieldErrors?: Record<string, string>;
  message?: string;
  /** What the person typed, so a refused form keeps it. */
  values?: Record<string, string | string[]>;
  /** Changes on every answer, so the fields remount with `values`. */
  attempt?: number;
}

export const INITIAL_PRIVATE_LINK_STATE: PrivateLinkFormState = { ok: true, attempt: 0 };
