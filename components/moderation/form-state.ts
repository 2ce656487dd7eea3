// What the moderation actions hand back to their forms (useActionState).
export interface ModerationFormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the organiser typed, so a refused form keeps it. */
  values?: Record<string, string>;
  /** Changes on every answer, so the fields remount with `values`. */
  attempt?: number;
}

export const INITIAL_MODERATION_STATE: ModerationFormState = { ok: true, attempt: 0 };

export type ModerationAction = (state: ModerationFormState, formData: FormData) => Promise<ModerationFormState>;

/** A failed bulk item: the nomination and an error key under moderation.errors. */
export interface BulkFailureView {
  nominationId: string;
  reason: string;
  title: string | null;
  status: string | null;
}

export interface BulkFormState extends ModerationFormState {
  changed?: string[];
  failed?: BulkFailureView[];
}

export type BulkAction = (state: BulkFormState, formData: FormData) => Promise<BulkFormState>;
