// Expected failures of programme changes that belong next to a form field or
// name why a phase change was refused. Both are AppErrors, so actions show them.
import { AppError } from "@/lib/errors";
import type { TransitionRefusal } from "@/lib/programmes/phase-rules";

/** Field → message key under "programmeAdmin.errors". */
export class ProgrammeFieldError extends AppError {
  constructor(readonly fields: Record<string, string>) {
    super("invalid_input", `Invalid fields: ${Object.keys(fields).join(", ")}`);
  }
}

export class PhaseTransitionRefused extends AppError {
  constructor(readonly reason: TransitionRefusal | "phase_changed") {
    super("invalid_state", `Phase change refused: ${reason}`);
  }
}

/** Prisma's unique-constraint violation, without importing a provider's client. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
