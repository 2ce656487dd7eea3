// What the programme forms' actions hand back to useActionState.
export interface ProgrammeFormState {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
}

export const INITIAL_PROGRAMME_FORM_STATE: ProgrammeFormState = { ok: true };
