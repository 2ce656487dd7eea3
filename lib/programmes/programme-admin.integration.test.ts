import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { createProgramme } from "@/lib/programmes/create-programme";
import { duplicateProgramme } from "@/lib/programmes/duplicate-programme";
import { listAuditEvents } from "@/lib/programmes/list-audit-events";
import { ProgrammeFieldError } from "@/lib/programmes/programme-errors";
import { updateProgramme } from "@/lib/programmes/update-programme";
import { TimelineRefused, updateTimeline } from "@/lib/programmes/update-timeline";
import { makeZProgrammeDetails, type TProgrammeDetails } from "@/lib/validation/programme";

const details = (overrides: Partial<Record<string, string>> = {}): TProgrammeDetails =>
  makeZProgrammeDetails(["en", "de"]).parse({
    name: "Bristol volunteer awards",
    slug: `bristol-${Math.random().toString(36).slice(2, 8)}`,
    edition: "2026",
    description: "Volunteers working with young migrants and refugees.",
    organiserName: "Can Do Bristol",
    organiserContact: "awards@bristol.example",
    city: "Bristol",
    timeZone: "Europe/London",
    defaultLocale: "en",
    heroImage: "",
    privacyNotice: "We keep nominations for one year.",
    decisionMode: "jury_only",
    juryWeight: "100",
    publicWeight: "0",
    cadence: "yearly",
    ...overrides,
  });

async function organiserOf(programmeId: string) {
  const user = await makeUser(db);
  await makeMembership(db, { userId: user.id, programmeId, role: "organiser" });
  return (await loadSessionUser({ userId: user.id }))!;
}
async function strangers(programmeId: string) {
  const juror = await makeUser(db);
  await makeMembership(db, { userId: juror.id, programmeId, role: "juror" });
  const { programme: other } = await makeProgramme(db);
  const otherOrganiser = await organiserOf(other.id);
  return { juror: (await loadSessionUser({ userId: juror.id }))!, otherOrganiser };
}
const auditCount = () => db.auditEvent.count();

describe("creating and editing programmes", () => {
  it("creates a draft programme, makes the creator its organiser and records it", async () => {
    const { programme: existing } = await makeProgramme(db);
    const organiser = await organiserOf(existing.id);
    const input = details();
    const { id } = await createProgramme({ actor: organiser, input });

    const created = await db.programme.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ slug: input.slug, phase: "draft", timeZone: "Europe/London" });
    expect(await db.membership.findFirst({ where: { programmeId: id, userId: organiser.id, role: "organiser" } })).not.toBeNull();
    const [event] = await db.auditEvent.findMany({ where: { programmeId: id } });
    expect(event).toMatchObject({ action: "programme.created", actorId: organiser.id });
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("refuses a slug that is taken with a field message and writes nothing", async () => {
    const { programme: existing } = await makeProgramme(db);
    const organiser = await organiserOf(existing.id);
    const before = { programmes: await db.programme.count(), audit: await auditCount() };
    const attempt = createProgramme({ actor: organiser, input: details({ slug: existing.slug }) });
    await expect(attempt).rejects.toBeInstanceOf(ProgrammeFieldError);
    await expect(attempt).rejects.toMatchObject({ fields: { slug: "slugTaken" } });
    expect({ programmes: await db.programme.count(), audit: await auditCount() }).toEqual(before);
  });

  it("lets only one of two simultaneous creations with the same slug through", async () => {
    const { programme: existing } = await makeProgramme(db);
    const organiser = await organiserOf(existing.id);
    const input = details();
    const results = await Promise.allSettled([createProgramme({ actor: organiser, input }), createProgramme({ actor: organiser, input })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ fields: { slug: "slugTaken" } });
    expect(await db.programme.count({ where: { slug: input.slug } })).toBe(1);
  });

  it("refuses creation to people who are not organisers anywhere", async () => {
    const { programme } = await makeProgramme(db);
    const { juror } = await strangers(programme.id);
    const before = await db.programme.count();
    await expect(createProgramme({ actor: null, input: details() })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(createProgramme({ actor: juror, input: details() })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.programme.count()).toBe(before);
  });

  it("records each changed field as from/to", async () => {
    const { programme } = await makeProgramme(db);
    const organiser = await organiserOf(programme.id);
    const input = { ...details({ slug: programme.slug, name: programme.name, edition: "2026" }), city: "Bath" };
    await updateProgramme({ actor: organiser, programmeId: programme.id, input });
    const event = await db.auditEvent.findFirstOrThrow({ where: { programmeId: programme.id, action: "programme.updated" } });
    expect(event.data).toMatchObject({ city: { from: "Nuremberg", to: "Bath" } });
    expect(event.data).not.toHaveProperty("name");
  });

  it("refuses edits from a juror, an organiser of another programme and nobody", async () => {
    const { programme } = await makeProgramme(db);
    const { juror, otherOrganiser } = await strangers(programme.id);
    const input = details({ slug: programme.slug });
    const before = await auditCount();
    await expect(updateProgramme({ actor: null, programmeId: programme.id, input })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(updateProgramme({ actor: juror, programmeId: programme.id, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateProgramme({ actor: otherOrganiser, programmeId: programme.id, input })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateTimeline({ actor: otherOrganiser, programmeId: programme.id, windows: [] })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).toMatchObject({ name: programme.name, city: "Nuremberg" });
    expect(await auditCount()).toBe(before);
  });
});

describe("timeline", () => {
  it("saves windows and refuses overlapping ones without saving anything", async () => {
    const { programme } = await makeProgramme(db);
    const organiser = await organiserOf(programme.id);
    const open = { phase: "nominations_open" as const, startsAt: new Date("2026-03-01T09:00Z"), endsAt: new Date("2026-05-01T21:59Z") };
    await updateTimeline({ actor: organiser, programmeId: programme.id, windows: [open] });
    expect(await db.programmePhase.count({ where: { programmeId: programme.id } })).toBe(1);

    const before = await auditCount();
    const overlapping = [open, { phase: "moderation" as const, startsAt: new Date("2026-04-01T00:00Z"), endsAt: null }];
    await expect(updateTimeline({ actor: organiser, programmeId: programme.id, windows: overlapping })).rejects.toBeInstanceOf(TimelineRefused);
    expect(await db.programmePhase.count({ where: { programmeId: programme.id } })).toBe(1);
    expect(await auditCount()).toBe(before);
  });
});

describe("duplicating a programme", () => {
  it("copies the structure one year on and none of the people's data", async () => {
    const { programme, categories } = await makeProgramme(db, { categories: ["Young individuals", "Groups"] });
    const organiser = await organiserOf(programme.id);
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId: programme.id, role: "juror", categoryId: categories[0].id });
    await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: new Date("2026-03-01T09:00Z"), endsAt: new Date("2026-05-31T21:59Z") } });
    await db.criterion.create({ data: { categoryId: categories[0].id, name: "Originality", weight: 2 } });
    const question = await db.formQuestion.create({ data: { categoryId: categories[0].id, type: "long_text", label: { en: "Your project", de: "Ihr Projekt" }, maxLength: 2000 } });
    await db.formQuestion.create({ data: { categoryId: categories[0].id, type: "short_text", label: { en: "Old question" }, archivedAt: new Date() } });
    const nomination = await db.nomination.create({
      data: { programmeId: programme.id, categoryId: categories[0].id, kind: "application", status: "eligible", nomineeName: "Private Person" },
    });
    await db.nominationAnswer.create({ data: { nominationId: nomination.id, questionId: question.id, value: "my project" } });
    await db.nomineeConsent.create({ data: { nominationId: nomination.id, status: "accepted" } });
    await db.finalist.create({ data: { categoryId: categories[0].id, nominationId: nomination.id, publicName: "P." } });
    await db.result.create({ data: { categoryId: categories[0].id, nominationId: nomination.id, rank: 1, isWinner: true } });
    await db.voter.create({ data: { programmeId: programme.id, identityHash: "h", method: "email_code" } });

    const { id } = await duplicateProgramme({ actor: organiser, programmeId: programme.id, input: { name: "Award", edition: "2027", slug: `${programme.slug}-2027` } });

    const copy = await db.programme.findUniqueOrThrow({
      where: { id },
      include: { phases: true, categories: { orderBy: { position: "asc" }, include: { criteria: true, questions: true } }, memberships: true },
    });
    expect(copy).toMatchObject({ phase: "draft", edition: "2027", city: programme.city });
    expect(copy.phases[0]).toMatchObject({ phase: "nominations_open", startsAt: new Date("2027-03-01T09:00Z"), endsAt: new Date("2027-05-31T21:59Z") });
    expect(copy.categories.map((c) => c.name)).toEqual(["Young individuals", "Groups"]);
    expect(copy.categories[0].criteria).toMatchObject([{ name: "Originality", weight: 2 }]);
    expect(copy.categories[0].questions).toMatchObject([{ type: "long_text", label: { en: "Your project", de: "Ihr Projekt" }, maxLength: 2000 }]);
    expect(copy.memberships).toMatchObject([{ userId: organiser.id, role: "organiser" }]);

    const categoryIds = copy.categories.map((c) => c.id);
    expect(await db.nomination.count({ where: { programmeId: id } })).toBe(0);
    expect(await db.nominationAnswer.count({ where: { question: { categoryId: { in: categoryIds } } } })).toBe(0);
    expect(await db.finalist.count({ where: { categoryId: { in: categoryIds } } })).toBe(0);
    expect(await db.result.count({ where: { categoryId: { in: categoryIds } } })).toBe(0);
    expect(await db.voter.count({ where: { programmeId: id } })).toBe(0);
    expect(await db.ballot.count({ where: { programmeId: id } })).toBe(0);
    // The source is untouched.
    expect(await db.nomination.count({ where: { programmeId: programme.id } })).toBe(1);
  });

  it("refuses duplication to an organiser of another programme", async () => {
    const { programme } = await makeProgramme(db, { categories: ["A"] });
    const { otherOrganiser } = await strangers(programme.id);
    const before = await db.programme.count();
    await expect(
      duplicateProgramme({ actor: otherOrganiser, programmeId: programme.id, input: { name: "X", edition: "2027", slug: "stolen-copy" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.programme.count()).toBe(before);
  });
});

describe("browsing the audit log", () => {
  it("lists one programme's events newest first, filtered, and only to its organisers", async () => {
    const { programme } = await makeProgramme(db);
    const organiser = await organiserOf(programme.id);
    const { programme: other } = await makeProgramme(db);
    await updateTimeline({ actor: organiser, programmeId: programme.id, windows: [{ phase: "moderation", startsAt: new Date("2026-06-01T00:00Z"), endsAt: null }] });
    await updateProgramme({ actor: organiser, programmeId: programme.id, input: { ...details({ slug: programme.slug, name: programme.name }), city: "Riga" } });
    const otherOrganiser = await organiserOf(other.id);
    await updateProgramme({ actor: otherOrganiser, programmeId: other.id, input: details({ slug: other.slug }) });

    const page = await listAuditEvents({ actor: organiser, programmeId: programme.id });
    expect(page.entries.map((e) => e.action)).toEqual(["programme.updated", "programme.timeline_changed"]);
    expect(page.entries[0].actor).toMatchObject({ id: organiser.id, email: organiser.email });
    expect(page.actors.map((a) => a.id)).toEqual([organiser.id]);

    const filtered = await listAuditEvents({ actor: organiser, programmeId: programme.id, action: "programme.timeline_changed" });
    expect(filtered.entries).toHaveLength(1);
    expect((await listAuditEvents({ actor: organiser, programmeId: programme.id, actorId: "system" })).entries).toHaveLength(0);

    const { juror } = await strangers(programme.id);
    await expect(listAuditEvents({ actor: juror, programmeId: programme.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditEvents({ actor: otherOrganiser, programmeId: programme.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditEvents({ actor: null, programmeId: programme.id })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
