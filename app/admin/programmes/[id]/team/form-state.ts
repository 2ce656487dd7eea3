// What the team actions hand back to their forms (useActionState).
export type InviteField = "email" | "role" | "categoryId" | "isChair" | "isPreviousWinner" | "locale";

export interface TeamFormState {
  ok: boolean;
  fieldErrors?: Partial<Record<InviteField, string>>;
  message?: string;
  /** What the person typed, so a refused form keeps it. */
  values?: Partial<Record<InviteField, string>>;
}

export const INITIAL_TEAM_STATE: TeamFormState = { ok: true };
