import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { getProgrammeForOrganiser } from "@/lib/programmes/get-programme-for-organiser";
import { seed } from "@/prisma/seed";
import { DEMO_ACCOUNTS } from "@/prisma/seed/users";

async function setUp() {
  await seed(db);
  const p = await db.programme.findUniqueOrThrow({ where: { slug: "young-engagement-2026" }, include: { categories: { orderBy: { position: "asc" } } } });
  // Start from no submissions: the demo ones would change every count below.
  await db.nomination.deleteMany({ where: { programmeId: p.id } });
  const organiser: SessionUser = {
    id: "organiser",
    email: "o@laurel.example",
    name: null,
    isAdmin: false,
    locale: "en",
    memberships: [{ programmeId: p.id, role: "organiser", categoryId: null, isChair: false }],
  };
  const nominate = (status: string) =>
    db.nomination.create({ data: { programmeId: p.id, categoryId: p.categories[0].id, kind: "application", status, nomineeName: "Test Nominee" } });
  return { p, organiser, nominate };
}

describe("programme dashboard", () => {
  it("shows each juror's progress, leaving out nominations they are conflicted on", async () => {
    const { p, organiser, nominate } = await setUp();
    const a = await nominate("eligible");
    const b = await nominate("eligible");
    const juror = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.juror.email } });
    const previous = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.previousWinner.email } });
    await db.scoreSheet.create({ data: { nominationId: a.id, jurorId: juror.id, status: "submitted", submittedAt: new Date() } });
    await db.scoreSheet.create({ data: { nominationId: b.id, jurorId: juror.id, status: "draft" } });
    await db.conflictDeclaration.create({ data: { nominationId: a.id, jurorId: previous.id, reason: "knows_nominee", declaredById: previous.id } });

    const dashboard = await getProgrammeForOrganiser({ actor: organiser, programmeId: p.id });
    const progress = Object.fromEntries(dashboard.juryProgress.map((j) => [j.name, `${j.scored}/${j.assigned}`]));
    expect(progress).toEqual({ [DEMO_ACCOUNTS.juror.name]: "1/2", [DEMO_ACCOUNTS.previousWinner.name]: "0/1" });
    expect(dashboard.votesCast).toBeNull();
  });

  it("lists submissions awaiting moderation as the next action", async () => {
    const { p, organiser, nominate } = await setUp();
    expect((await getProgrammeForOrganiser({ actor: organiser, programmeId: p.id })).nextActions).toEqual([]);
    await nominate("submitted");
    expect((await getProgrammeForOrganiser({ actor: organiser, programmeId: p.id })).nextActions).toEqual(["moderate"]);
  });

  it("counts votes once the vote is open, without any tally", async () => {
    const { p, organiser } = await setUp();
    await db.programme.update({ where: { id: p.id }, data: { phase: "public_vote" } });
    const dashboard = await getProgrammeForOrganiser({ actor: organiser, programmeId: p.id });
    expect(dashboard.votesCast).toBe(0);
    expect(JSON.stringify(dashboard)).not.toMatch(/tally|finalistId/);
  });
});
