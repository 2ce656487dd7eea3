// Builders for the moderation, erasure and retention integration tests: a
// programme with its staff, and nominations written straight to the database
// in any status (the public flow has its own tests).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";

const tag = () => randomBytes(4).toString("hex");

export interface ModerationWorld {
  programmeId: string;
  categoryIds: string[];
  organiser: SessionUser;
  juror: SessionUser;
  /** An organiser of another programme. */
  outsider: SessionUser;
  otherProgrammeId: string;
}

export async function makeModerationWorld(db: Db, categories = ["Longest serving volunteer", "Young volunteer"]): Promise<ModerationWorld> {
  const { programme, categories: made } = await makeProgramme(db, { categories, phase: "moderation" });
  const other = await makeProgramme(db, { categories: ["Elsewhere"] });
  const [o, j, x] = await Promise.all([makeUser(db, { name: "Olivia Organiser" }), makeUser(db), makeUser(db)]);
  await makeMembership(db, { userId: o.id, programmeId: programme.id, role: "organiser" });
  await makeMembership(db, { userId: j.id, programmeId: programme.id, role: "juror" });
  await makeMembership(db, { userId: x.id, programmeId: other.programme.id, role: "organiser" });
  const load = async (id: string) => (await loadSessionUser({ db, userId: id }))!;
  return {
    programmeId: programme.id,
    categoryIds: made.map((c) => c.id),
    organiser: await load(o.id),
    juror: await load(j.id),
    outsider: await load(x.id),
    otherProgrammeId: other.programme.id,
  };
}

export interface NominationSeed {
  programmeId: string;
  categoryId: string;
  status?: string;
  kind?: "nomination" | "application";
  nomineeKind?: "individual" | "group";
  nomineeName?: string;
  nomineeEmail?: string | null;
  nomineeBirthDate?: Date | null;
  nomineeDistrict?: string | null;
  groupName?: string | null;
  nominatorName?: string | null;
  nominatorEmail?: string | null;
  story?: string;
  locale?: string;
  submittedAt?: Date | null;
  expiresAt?: Date | null;
  consent?: { status?: string; guardianRequired?: boolean; guardianConfirmedAt?: Date | null; guardianEmail?: string | null; chosenName?: string | null } | null;
}

export async function makeNomination(db: Db, seed: NominationSeed) {
  const t = tag();
  const kind = seed.kind ?? "nomination";
  const { consent, ...columns } = seed;
  return db.nomination.create({
    data: {
      kind,
      status: "submitted",
      nomineeName: `Nominee ${t}`,
      nomineeEmail: `nominee-${t}@example.org`,
      nominatorName: kind === "nomination" ? `Nominator ${t}` : null,
      nominatorEmail: kind === "nomination" ? `nominator-${t}@example.org` : null,
      story: `Story ${t}`,
      submittedAt: new Date("2026-03-01T10:00:00Z"),
      confirmedAt: new Date("2026-03-01T10:05:00Z"),
      ...columns,
      consent: consent === null ? undefined : { create: { status: "pending", ...consent } },
    },
  });
}
