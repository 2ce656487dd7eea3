// Refusals that belong next to a form field or a row, so the forms can say where.
import { AppError } from "@/lib/errors";

/** Nominations added to or taken off the proposed shortlist without a reason. */
export class ShortlistReasonsMissing extends AppError {
  constructor(readonly nominationIds: string[]) {
    super("invalid_input", "reasonRequired");
  }
}

/** Field → message key under "shortlist.errors". */
export class ShortlistFieldError extends AppError {
  constructor(readonly fields: Record<string, string>) {
    super("invalid_input", Object.values(fields)[0] ?? "invalid");
  }
}

/** The first issue's message key of a failed zod parse, as an AppError. */
export function invalidInput(issues: { message: string }[]): AppError {
  return new AppError("invalid_input", issues[0]?.message ?? "invalid");
}
