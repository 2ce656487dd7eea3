// What the moderation queue points out about a submission. Pure, so the rules
// are unit tested without a database.
import { ageOn, localDateIn, type LocalDate } from "@/lib/eligibility/age";
import type { SubmissionFlag } from "@/lib/moderation/queue-filters";

export interface FlagFacts {
  id: string;
  categoryId: string;
  status: string;
  nomineeKind: string;
  nomineeName: string;
  nomineeEmail: string | null;
  nomineeBirthDate: Date | null;
  groupName: string | null;
  groupMemberAges: unknown;
  consent: { status: string; guardianRequired: boolean; guardianConfirmedAt: Date | null } | null;
}

// Only open cases are compared: one already marked duplicate or merged is handled,
// and erased or declined rows hold no names to compare.
const COMPARED = new Set(["submitted", "eligible", "rejected"]);
// Waiting for someone matters only while the submission can still reach the jury.
const OPEN = new Set(["submitted", "eligible"]);

/** Lower case, no accents, single spaces: "  José  Müller" and "jose muller" are the same person. */
export function normaliseName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Under 18 today; birth dates are stored as an instant on that day in the programme's time zone. */
export function isMinor(n: Pick<FlagFacts, "nomineeKind" | "nomineeBirthDate" | "groupMemberAges">, today: LocalDate, timeZone: string): boolean {
  if (n.nomineeKind === "group") {
    return Array.isArray(n.groupMemberAges) && n.groupMemberAges.some((age) => typeof age === "number" && age < 18);
  }
  return n.nomineeBirthDate !== null && ageOn(localDateIn(n.nomineeBirthDate, timeZone), today) < 18;
}

const titleOf = (n: FlagFacts) => (n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName);

/** Flags per submission id, as of `now` in the programme's time zone. */
export function submissionFlags(rows: FlagFacts[], now: Date, timeZone: string): Map<string, SubmissionFlag[]> {
  const today = localDateIn(now, timeZone);
  const byKey = new Map<string, Set<string>>();
  const keysOf = (n: FlagFacts) => {
    const keys = [`name:${n.categoryId}:${normaliseName(titleOf(n))}`];
    if (n.nomineeEmail) keys.push(`email:${n.categoryId}:${n.nomineeEmail.trim().toLowerCase()}`);
    return keys;
  };
  for (const n of rows) {
    if (!COMPARED.has(n.status)) continue;
    for (const key of keysOf(n)) byKey.set(key, (byKey.get(key) ?? new Set()).add(n.id));
  }

  const out = new Map<string, SubmissionFlag[]>();
  for (const n of rows) {
    const flags: SubmissionFlag[] = [];
    if (COMPARED.has(n.status) && keysOf(n).some((key) => (byKey.get(key)?.size ?? 0) > 1)) flags.push("possible_duplicate");
    if (isMinor(n, today, timeZone)) flags.push("minor");
    const consent = n.consent;
    if (OPEN.has(n.status) && consent?.status === "pending") flags.push("waiting_nominee");
    if (OPEN.has(n.status) && consent && consent.status !== "declined" && consent.guardianRequired && !consent.guardianConfirmedAt) flags.push("waiting_guardian");
    if (n.status === "declined" || consent?.status === "declined") flags.push("declined");
    out.set(n.id, flags);
  }
  return out;
}
