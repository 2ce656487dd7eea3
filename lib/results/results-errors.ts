import { AppError, type AppErrorCode } from "@/lib/errors";

/** A refusal that belongs next to one field of a results form; `message` is a key under admin.results.errors. */
export class ResultsFieldError extends AppError {
  readonly field: string;
  constructor(field: string, key: string, code: AppErrorCode = "invalid_input") {
    super(code, key);
    this.field = field;
  }
}

/** The first zod issue of a results form as a field error. */
export function fieldErrorFrom(issues: readonly { path: PropertyKey[]; message: string }[]): ResultsFieldError {
  const issue = issues[0];
  return new ResultsFieldError(String(issue?.path[0] ?? "form"), issue?.message ?? "formHasErrors");
}
