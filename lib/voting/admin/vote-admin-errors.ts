import { AppError } from "@/lib/errors";

/** A refusal that belongs next to one field of a vote form; `message` is a key under admin.vote.errors. */
export class VoteFieldError extends AppError {
  readonly field: string;
  readonly values: Record<string, string | number>;
  constructor(field: string, key: string, values: Record<string, string | number> = {}) {
    super("invalid_state", key);
    this.field = field;
    this.values = values;
  }
}
