import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { getProgrammeForOrganiser } from "@/lib/programmes/get-programme-for-organiser";
import { PhaseTransitionRefused } from "@/lib/programmes/programme-errors";
import { transitionPhase } from "@/lib/programmes/transition-phase";

async function userWith(programmeId: string, role: "organiser" | "juror") {
  const user = await makeUser(db);
  await makeMembership(db, { userId: user.id, programmeId, role });
  return (await loadSessionUser({ userId: user.id }))!;
}
const snapshot = async (programmeId: string) => ({
  programme: await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { phase: true, phaseChangedAt: true } }),
  audit: await db.auditEvent.count(),
});

describe("phase transitions", () => {
  it("opens nominations, stamps the change and records who did it", async () => {
    const { programme } = await makeProgramme(db, { categories: ["Young volunteer of the year"] });
    const organiser = await userWith(programme.id, "organiser");
    const now = new Date("2026-03-01T09:00:00Z");
    expect(await transitionPhase({ actor: organiser, programmeId: programme.id, to: "nominations_open", now })).toEqual({ from: "draft", to: "nominations_open" });
    expect(await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).toMatchObject({ phase: "nominations_open", phaseChangedAt: now });
    const event = await db.auditEvent.findFirstOrThrow({ where: { programmeId: programme.id } });
    expect(event).toMatchObject({ action: "programme.phase_changed", actorId: organiser.id, data: { from: "draft", to: "nominations_open" } });
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("writes nothing when a precondition refuses the change", async () => {
    const { programme } = await makeProgramme(db);
    const organiser = await userWith(programme.id, "organiser");
    const before = await snapshot(programme.id);
    const attempt = transitionPhase({ actor: organiser, programmeId: programme.id, to: "nominations_open" });
    await expect(attempt).rejects.toBeInstanceOf(PhaseTransitionRefused);
    await expect(attempt).rejects.toMatchObject({ reason: "no_categories" });
    expect(await snapshot(programme.id)).toEqual(before);
  });

  it("refuses a jump the table does not allow", async () => {
    const { programme } = await makeProgramme(db, { categories: ["A"] });
    const organiser = await userWith(programme.id, "organiser");
    const before = await snapshot(programme.id);
    await expect(transitionPhase({ actor: organiser, programmeId: programme.id, to: "results_published" })).rejects.toMatchObject({ reason: "not_allowed" });
    expect(await snapshot(programme.id)).toEqual(before);
  });

  it("refuses jurors, organisers of other programmes and nobody, writing nothing", async () => {
    const { programme } = await makeProgramme(db, { categories: ["A"] });
    const { programme: other } = await makeProgramme(db);
    const juror = await userWith(programme.id, "juror");
    const stranger = await userWith(other.id, "organiser");
    const before = await snapshot(programme.id);
    await expect(transitionPhase({ actor: null, programmeId: programme.id, to: "nominations_open" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(transitionPhase({ actor: juror, programmeId: programme.id, to: "nominations_open" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(transitionPhase({ actor: stranger, programmeId: programme.id, to: "nominations_open" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(programme.id)).toEqual(before);
  });

  it("archives only after the winners were announced", async () => {
    const { programme } = await makeProgramme(db, { phase: "results_published", categories: ["A"] });
    const organiser = await userWith(programme.id, "organiser");
    await transitionPhase({ actor: organiser, programmeId: programme.id, to: "archived" });
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).phase).toBe("archived");
  });
});

describe("scheduled transitions", () => {
  const march = (day: number) => new Date(Date.UTC(2026, 2, day, 9));

  it("opens and closes nominations on time, as the system, and only once", async () => {
    const { programme } = await makeProgramme(db, { categories: ["A"] });
    await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: march(1), endsAt: march(20) } });

    expect(await applyScheduledTransitions({ programmeId: programme.id }, march(1))).toBe(1);
    expect(await applyScheduledTransitions({ programmeId: programme.id }, march(2))).toBe(0);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).phase).toBe("nominations_open");

    expect(await applyScheduledTransitions("all", march(21))).toBe(1);
    const events = await db.auditEvent.findMany({ where: { programmeId: programme.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.actorId, e.data])).toEqual([
      [null, { from: "draft", to: "nominations_open", scheduled: true }],
      [null, { from: "nominations_open", to: "moderation", scheduled: true }],
    ]);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).phaseChangedAt).toEqual(march(21));
  });

  it("does nothing before the start and leaves a programme without categories in draft", async () => {
    const { programme } = await makeProgramme(db);
    await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: march(10), endsAt: null } });
    expect(await applyScheduledTransitions({ programmeId: programme.id }, march(9))).toBe(0);
    expect(await applyScheduledTransitions({ programmeId: programme.id }, march(11))).toBe(0);
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).phase).toBe("draft");
    expect(await db.auditEvent.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  it("applies a due change once when several requests arrive together", async () => {
    const { programme } = await makeProgramme(db, { categories: ["A"] });
    await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: march(1), endsAt: null } });
    await Promise.all(Array.from({ length: 4 }, () => applyScheduledTransitions({ programmeId: programme.id }, march(2))));
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).phase).toBe("nominations_open");
    expect(await db.auditEvent.count({ where: { programmeId: programme.id } })).toBe(1);
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("catches up when the organiser's overview is read", async () => {
    const { programme } = await makeProgramme(db, { categories: ["A"] });
    const organiser = await userWith(programme.id, "organiser");
    await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: march(1), endsAt: march(5) } });
    const view = await getProgrammeForOrganiser({ actor: organiser, programmeId: programme.id, now: march(6) });
    expect(view.phase).toBe("moderation");
    expect(view.next.map((n) => n.phase)).toEqual(["jury_review", "nominations_open"]);
  });
});
