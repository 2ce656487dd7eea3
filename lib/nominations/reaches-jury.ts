import type { Prisma } from "@/lib/generated/sqlite/client";

// When a nomination reaches the jury: an organiser accepted it as eligible, and
// the person it is about agreed (for an application they agreed while applying;
// for a nomination through the link emailed to them), with a parent's or
// guardian's confirmation when they are under 18. Jury pages and counts use
// these two forms only, so the rule lives in one place.

export interface JuryGateFacts {
  status: string;
  consent: { status: string; guardianRequired: boolean; guardianConfirmedAt: Date | null } | null;
}

export function reachesJury(n: JuryGateFacts): boolean {
  if (n.status !== "eligible" || !n.consent) return false;
  if (n.consent.status !== "accepted") return false;
  return !n.consent.guardianRequired || n.consent.guardianConfirmedAt !== null;
}

export const REACHES_JURY_WHERE = {
  status: "eligible",
  consent: {
    is: {
      status: "accepted",
      OR: [{ guardianRequired: false }, { guardianConfirmedAt: { not: null } }],
    },
  },
} satisfies Prisma.NominationWhereInput;
