import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser, resolveSessionUser } from "@/lib/auth/load-session-user";
import { createStaffSession } from "@/lib/auth/staff-session";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { listTeam } from "@/lib/team/list-team";
import { removeMember } from "@/lib/team/remove-member";
import { updateMembership } from "@/lib/team/update-membership";

async function actor(userId: string) {
  return (await loadSessionUser({ db, userId }))!;
}

async function setUp() {
  const { programme, categories } = await makeProgramme(db, { name: "Bristol Volunteer Awards", categories: ["Young volunteer of the year", "Longest serving volunteer"] });
  const organiserUser = await makeUser(db, { name: "Olivia Organiser" });
  const organiserMembership = await makeMembership(db, { userId: organiserUser.id, programmeId: programme.id, role: "organiser" });
  const jurorUser = await makeUser(db, { name: "Jonas Juror" });
  const jurorMembership = await makeMembership(db, { userId: jurorUser.id, programmeId: programme.id, role: "juror", categoryId: categories[0].id });
  return { programme, categories, organiserUser, organiserMembership, jurorUser, jurorMembership, organiser: await actor(organiserUser.id) };
}

async function snapshot() {
  const [memberships, audit] = await Promise.all([
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { memberships, audit };
}

describe("removing a member", () => {
  it("ends the juror's access on their very next request", async () => {
    const { programme, jurorUser, jurorMembership, organiser } = await setUp();
    const sessionId = await createStaffSession({ db, userId: jurorUser.id });
    const before = await resolveSessionUser({ db, sessionId });
    expect(before?.memberships.map((m) => m.programmeId)).toEqual([programme.id]);

    await removeMember({ actor: organiser, input: { membershipId: jurorMembership.id, programmeId: programme.id } });

    const after = await resolveSessionUser({ db, sessionId });
    expect(after).not.toBeNull(); // still signed in…
    expect(after!.memberships).toEqual([]); // …but no longer on this jury
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "team.member_removed" } });
    expect(event).toMatchObject({ programmeId: programme.id, actorId: organiser.id, entityId: jurorMembership.id });
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("never removes a programme's last organiser, and writes nothing when refusing", async () => {
    const { programme, organiserMembership, organiser } = await setUp();
    const before = await snapshot();
    await expect(removeMember({ actor: organiser, input: { membershipId: organiserMembership.id, programmeId: programme.id } })).rejects.toMatchObject({
      code: "invalid_state",
      message: "lastOrganiser",
    });
    expect(await snapshot()).toEqual(before);

    // With a second organiser, one of them may go (even themselves).
    const second = await makeUser(db);
    await makeMembership(db, { userId: second.id, programmeId: programme.id, role: "organiser" });
    await removeMember({ actor: organiser, input: { membershipId: organiserMembership.id, programmeId: programme.id } });
    expect(await db.membership.count({ where: { programmeId: programme.id, role: "organiser" } })).toBe(1);
  });

  it("keeps a person's other memberships", async () => {
    const { programme, categories, jurorUser, jurorMembership, organiser } = await setUp();
    await makeMembership(db, { userId: jurorUser.id, programmeId: programme.id, role: "juror", categoryId: categories[1].id });
    await removeMember({ actor: organiser, input: { membershipId: jurorMembership.id, programmeId: programme.id } });
    expect((await actor(jurorUser.id)).memberships).toEqual([
      { programmeId: programme.id, role: "juror", categoryId: categories[1].id, isChair: false },
    ]);
  });
});

describe("changing a juror", () => {
  it("moves a juror to another category or the whole programme and sets the flags, with an audit entry of what changed", async () => {
    const { programme, categories, jurorMembership, organiser } = await setUp();
    const input = { membershipId: jurorMembership.id, programmeId: programme.id };
    const first = await updateMembership({ actor: organiser, input: { ...input, categoryId: categories[1].id, isChair: true, isPreviousWinner: true } });
    expect(first.changed.sort()).toEqual(["categoryId", "isChair", "isPreviousWinner"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "team.membership_updated" } });
    expect(event.data).toMatchObject({ changes: { categoryId: { from: categories[0].id, to: categories[1].id }, isChair: { from: false, to: true } } });

    await updateMembership({ actor: organiser, input: { ...input, categoryId: null, isChair: true, isPreviousWinner: true } });
    expect(await db.membership.findUniqueOrThrow({ where: { id: jurorMembership.id } })).toMatchObject({ categoryId: null, isChair: true, isPreviousWinner: true });

    const unchanged = await updateMembership({ actor: organiser, input: { ...input, categoryId: null, isChair: true, isPreviousWinner: true } });
    expect(unchanged.changed).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "team.membership_updated" } })).toBe(2);
  });

  it("refuses a category of another programme and jury flags for organisers, writing nothing", async () => {
    const { programme, jurorMembership, organiserMembership, organiser } = await setUp();
    const other = await makeProgramme(db, { categories: ["Elsewhere"] });
    const before = await snapshot();
    await expect(
      updateMembership({ actor: organiser, input: { membershipId: jurorMembership.id, programmeId: programme.id, categoryId: other.categories[0].id, isChair: false, isPreviousWinner: false } }),
    ).rejects.toMatchObject({ code: "invalid_input", message: "categoryUnknown" });
    await expect(
      updateMembership({ actor: organiser, input: { membershipId: organiserMembership.id, programmeId: programme.id, categoryId: null, isChair: true, isPreviousWinner: false } }),
    ).rejects.toMatchObject({ code: "invalid_state" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("who may change the team", () => {
  it("refuses nobody, a juror (even the chair) and an organiser of another programme, and changes nothing", async () => {
    const { programme, jurorUser, jurorMembership } = await setUp();
    const chair = await makeUser(db);
    await makeMembership(db, { userId: chair.id, programmeId: programme.id, role: "juror", isChair: true });
    const elsewhere = await makeProgramme(db);
    const otherOrganiser = await makeUser(db);
    await makeMembership(db, { userId: otherOrganiser.id, programmeId: elsewhere.programme.id, role: "organiser" });
    const before = await snapshot();

    for (const [who, expected] of [
      [null, "unauthenticated"],
      [await actor(jurorUser.id), "forbidden"],
      [await actor(chair.id), "forbidden"],
      [await actor(otherOrganiser.id), "forbidden"],
    ] as const) {
      const input = { membershipId: jurorMembership.id, programmeId: programme.id };
      await expect(removeMember({ actor: who, input })).rejects.toMatchObject({ code: expected });
      await expect(updateMembership({ actor: who, input: { ...input, categoryId: null, isChair: true, isPreviousWinner: true } })).rejects.toMatchObject({
        code: expected,
      });
      await expect(listTeam({ actor: who, programmeId: programme.id })).rejects.toMatchObject({ code: expected });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a membership id from another programme, even to someone who may manage both", async () => {
    const { programme, organiser } = await setUp();
    const other = await setUp();
    const before = await snapshot();
    // An organiser of this programme only, naming the other programme's juror.
    await expect(removeMember({ actor: organiser, input: { membershipId: other.jurorMembership.id, programmeId: programme.id } })).rejects.toMatchObject({
      code: "forbidden",
    });
    // An admin may manage both, but the page's programme must be the membership's own.
    const admin = await actor((await makeUser(db, { isAdmin: true })).id);
    await expect(removeMember({ actor: admin, input: { membershipId: other.jurorMembership.id, programmeId: programme.id } })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateMembership({ actor: admin, input: { membershipId: other.jurorMembership.id, programmeId: programme.id, categoryId: null, isChair: true, isPreviousWinner: false } }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("listTeam", () => {
  it("lists organisers first, then jurors with their category", async () => {
    const { programme, organiser } = await setUp();
    const team = await listTeam({ actor: organiser, programmeId: programme.id });
    expect(team.members.map((m) => [m.name, m.role, m.categoryName])).toEqual([
      ["Olivia Organiser", "organiser", null],
      ["Jonas Juror", "juror", "Young volunteer of the year"],
    ]);
    expect(team.categories.map((c) => c.name)).toEqual(["Young volunteer of the year", "Longest serving volunteer"]);
  });
});
