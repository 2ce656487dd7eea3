import { AppError } from "@/lib/errors";
import type { z } from "zod";

/** Input that failed its check: field path ("scores.<id>.value", "note") → message key under jury.errors. */
export class JuryInputRefused extends AppError {
  constructor(
    readonly fields: Record<string, string>,
    /** The score scale, for messages like "from 1 to 10". */
    readonly scale?: { min: number; max: number },
  ) {
    super("invalid_input", "formHasErrors");
  }
}

export function isJuryInputRefused(error: unknown): error is JuryInputRefused {
  return error instanceof JuryInputRefused;
}

/** The first message key per field path. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    if (!out[path]) out[path] = issue.message;
  }
  return out;
}
