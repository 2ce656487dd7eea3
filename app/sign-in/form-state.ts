// What the sign-in actions hand back to their forms (useActionState).
export interface SignInFormState {
  ok: boolean;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
  message?: string;
  values?: { email: string };
}

export const INITIAL_SIGN_IN_STATE: SignInFormState = { ok: true };
