// What the send action hands back to the form (useActionState). The form keeps
// every value itself, so a refusal loses nothing.
export interface SubmissionFormState {
  ok: boolean;
  /** Messages (already in the person's language) by field path, e.g. "nominee.email". */
  fieldErrors?: Record<string, string>;
  message?: string;
  /** Changes on every answer, so the form notices a repeated refusal. */
  attempt?: number;
}

export const INITIAL_SUBMISSION_STATE: SubmissionFormState = { ok: true, attempt: 0 };
