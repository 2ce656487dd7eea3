// What the verification steps answer. A refusal names the field it belongs to,
// so the page shows the message next to it.

export type VerifyRefusal =
  | "invalid_input"
  | "unknown_programme"
  | "not_open"
  | "closed"
  | "invalid_email"
  | "disposable_email"
  | "not_on_list"
  | "staff"
  | "unknown_area"
  | "too_fast"
  | "rate_limited"
  | "locked"
  | "malformed_code"
  | "no_code"
  | "wrong_code"
  | "code_expired"
  | "code_used"
  | "malformed_voting_code"
  | "unknown_voting_code"
  | "voting_code_used";

export type VerifyField = "email" | "code" | "district" | "form";

export interface VoterCookie {
  name: string;
  value: string;
  expires: Date;
}

export type VerifyResult<T = { cookie: VoterCookie }> =
  | ({ ok: true } & T)
  | { ok: false; reason: VerifyRefusal; field: VerifyField; retryAfterMs?: number; triesLeft?: number };

export const fieldOf: Record<VerifyRefusal, VerifyField> = {
  invalid_input: "form",
  unknown_programme: "form",
  not_open: "form",
  closed: "form",
  invalid_email: "email",
  disposable_email: "email",
  not_on_list: "email",
  staff: "email",
  unknown_area: "district",
  too_fast: "form",
  rate_limited: "form",
  locked: "code",
  malformed_code: "code",
  no_code: "code",
  wrong_code: "code",
  code_expired: "code",
  code_used: "code",
  malformed_voting_code: "code",
  unknown_voting_code: "code",
  voting_code_used: "code",
};

export function refuse(reason: VerifyRefusal, extra: { retryAfterMs?: number; triesLeft?: number } = {}): { ok: false; reason: VerifyRefusal; field: VerifyField; retryAfterMs?: number; triesLeft?: number } {
  return { ok: false, reason, field: fieldOf[reason], ...extra };
}
