import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { acceptNomination } from "@/lib/moderation/accept-nomination";
import { bulkModerate } from "@/lib/moderation/bulk-moderate";
import { correctNomination } from "@/lib/moderation/correct-nomination";
import { eraseSubmission } from "@/lib/moderation/erase-submission";
import { getSubmission } from "@/lib/moderation/get-submission";
import { listSubmissions } from "@/lib/moderation/list-submissions";
import { loadNominationStories } from "@/lib/moderation/load-nomination-stories";
import { markDuplicate } from "@/lib/moderation/mark-duplicate";
import { mergeNomination } from "@/lib/moderation/merge-nomination";
import { makeModerationWorld, makeNomination, type ModerationWorld } from "@/lib/moderation/moderation-fixtures";
import { parseQueueFilters } from "@/lib/moderation/queue-filters";
import { rejectNomination } from "@/lib/moderation/reject-nomination";
import { reopenNomination, unmergeNomination } from "@/lib/moderation/reopen-nomination";

let w: ModerationWorld;
let cat: string;

beforeEach(async () => {
  w = await makeModerationWorld(db);
  cat = w.categoryIds[0];
});

const status = async (id: string) => (await db.nomination.findUniqueOrThrow({ where: { id } })).status;
const auditOf = (id: string) => db.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } });

describe("every moderation act refuses the wrong people", () => {
  type Act = (actor: SessionUser | null, programmeId: string, nominationId: string, otherId: string) => Promise<unknown>;
  const acts: Record<string, Act> = {
    acceptNomination: (actor, programmeId, nominationId) => acceptNomination({ actor, programmeId, nominationId }),
    rejectNomination: (actor, programmeId, nominationId) => rejectNomination({ actor, programmeId, nominationId, reason: "Outside the area" }),
    reopenNomination: (actor, programmeId, nominationId) => reopenNomination({ actor, programmeId, nominationId }),
    unmergeNomination: (actor, programmeId, nominationId) => unmergeNomination({ actor, programmeId, nominationId }),
    markDuplicate: (actor, programmeId, nominationId, otherId) => markDuplicate({ actor, programmeId, nominationId, duplicateOfId: otherId }),
    mergeNomination: (actor, programmeId, nominationId, otherId) => mergeNomination({ actor, programmeId, nominationId, intoId: otherId }),
    correctNomination: (actor, programmeId, nominationId) => correctNomination({ actor, programmeId, nominationId, correction: { nomineeName: "Fixed", answers: {} } }),
    eraseSubmission: (actor, programmeId, nominationId) => eraseSubmission({ actor, programmeId, nominationId }),
    getSubmission: (actor, programmeId, nominationId) => getSubmission({ actor, programmeId, nominationId }),
    bulkModerate: (actor, programmeId, nominationId) => bulkModerate({ actor, programmeId, action: "accept", nominationIds: [nominationId] }),
    listSubmissions: (actor, programmeId) => listSubmissions({ actor, programmeId, filters: parseQueueFilters({}) }),
  };

  for (const [name, act] of Object.entries(acts)) {
    it(`${name}: signed out, juror and another programme's organiser are refused; nothing changes`, async () => {
      const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
      const other = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
      await expect(act(null, w.programmeId, n.id, other.id)).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(act(w.juror, w.programmeId, n.id, other.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(act(w.outsider, w.programmeId, n.id, other.id)).rejects.toMatchObject({ code: "forbidden" });
      // The outsider names their own programme in the URL: the nomination is not found there.
      if (name === "listSubmissions") {
        const theirs = (await act(w.outsider, w.otherProgrammeId, n.id, other.id)) as Awaited<ReturnType<typeof listSubmissions>>;
        expect(theirs.rows.map((r) => r.id)).not.toContain(n.id);
      } else if (name === "bulkModerate") {
        expect(await act(w.outsider, w.otherProgrammeId, n.id, other.id)).toEqual({ changed: [], failed: [{ nominationId: n.id, reason: "not_found", title: null, status: null }] });
      } else {
        await expect(act(w.outsider, w.otherProgrammeId, n.id, other.id)).rejects.toMatchObject({ code: "not_found" });
      }
      const row = await db.nomination.findUniqueOrThrow({ where: { id: n.id } });
      expect(row).toMatchObject({ status: "submitted", nomineeName: n.nomineeName, anonymisedAt: null });
      expect(await auditOf(n.id)).toEqual([]);
    });
  }

  it("lets the programme's organiser do them", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    await acceptNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id });
    expect(await status(n.id)).toBe("eligible");
    const detail = await getSubmission({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id });
    expect(detail.personal?.nomineeEmail).toBe(n.nomineeEmail);
  });

  it("does not show submissions still waiting for their email confirmation", async () => {
    const pending = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, status: "pending_confirmation", submittedAt: null });
    await expect(acceptNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: pending.id })).rejects.toMatchObject({ code: "not_found" });
    const queue = await listSubmissions({ actor: w.organiser, programmeId: w.programmeId, filters: parseQueueFilters({}) });
    expect(queue.rows.map((r) => r.id)).not.toContain(pending.id);
  });
});

describe("accept and reject", () => {
  it("accepts as eligible and undoes it, each audited", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    await acceptNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id });
    await expect(acceptNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id })).rejects.toMatchObject({ code: "invalid_state" });
    await reopenNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, from: ["eligible"] });
    expect(await status(n.id)).toBe("submitted");
    expect((await auditOf(n.id)).map((e) => [e.action, e.actorId])).toEqual([
      ["nomination.accepted", w.organiser.id],
      ["nomination.acceptance_undone", w.organiser.id],
    ]);
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("rejects with a reason and emails the nominator in the language they used", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, locale: "de", nomineeName: "Amira Haddad" });
    const reason = "Die Person wohnt außerhalb von Bristol.";
    await rejectNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, reason: `  ${reason}  ` });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: n.id } });
    expect(row).toMatchObject({ status: "rejected", rejectionReason: reason });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: n.nominatorEmail!, kind: "nomination_rejected" } });
    expect(mail.subject).toContain("Zu Ihrer Einreichung");
    expect(mail.text).toContain("Vielen Dank, dass Sie Amira Haddad");
    expect(mail.text).toContain(reason);
    // The audit log records the decision, never the organiser's words.
    const [event] = await auditOf(n.id);
    expect(event.action).toBe("nomination.rejected");
    expect(JSON.stringify(event.data)).not.toContain("Bristol");
  });

  it("emails an applicant at their own address, in English when they applied in English", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, kind: "application", locale: "en" });
    await rejectNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, reason: "Too old for this category." });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: n.nomineeEmail!, kind: "nomination_rejected" } });
    expect(mail.text).toContain("Thank you for applying");
    expect(mail.text).toContain("Too old for this category.");
  });

  it("requires a reason of sane length and changes nothing without one", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    await expect(rejectNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, reason: "   " })).rejects.toMatchObject({
      code: "invalid_input",
      message: "reasonRequired",
    });
    await expect(rejectNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, reason: "x".repeat(1001) })).rejects.toMatchObject({
      message: "tooLong",
    });
    expect(await status(n.id)).toBe("submitted");
    expect(await db.outboxEmail.count({ where: { toAddress: n.nominatorEmail! } })).toBe(0);
  });

  it("undoing a rejection clears the reason", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    await rejectNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, reason: "Not eligible." });
    await reopenNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({ status: "submitted", rejectionReason: null });
  });
});

describe("duplicates and merges", () => {
  it("marks a duplicate of another nomination in the same category, and undoes it", async () => {
    const first = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    const again = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    await markDuplicate({ actor: w.organiser, programmeId: w.programmeId, nominationId: again.id, duplicateOfId: first.id });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({ status: "duplicate", duplicateOfId: first.id });
    const [event] = await auditOf(again.id);
    expect(event.data).toMatchObject({ from: "submitted", to: "duplicate", duplicateOfId: first.id });
    await reopenNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: again.id });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({ status: "submitted", duplicateOfId: null });
  });

  it("refuses a target in another category, another programme, itself, or one that is itself merged", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    const otherCategory = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1] });
    const otherProgrammeCategory = (await db.category.findFirstOrThrow({ where: { programmeId: w.otherProgrammeId } })).id;
    const elsewhere = await makeNomination(db, { programmeId: w.otherProgrammeId, categoryId: otherProgrammeCategory });
    const primary = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    const merged = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    await mergeNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: merged.id, intoId: primary.id });
    const target = { actor: w.organiser, programmeId: w.programmeId, nominationId: n.id };
    await expect(markDuplicate({ ...target, duplicateOfId: otherCategory.id })).rejects.toMatchObject({ message: "otherCategory" });
    await expect(markDuplicate({ ...target, duplicateOfId: elsewhere.id })).rejects.toMatchObject({ message: "targetNotFound" });
    await expect(mergeNomination({ ...target, intoId: n.id })).rejects.toMatchObject({ message: "sameNomination" });
    await expect(mergeNomination({ ...target, intoId: merged.id })).rejects.toMatchObject({ message: "targetNotOpen" });
    // A primary with merged stories cannot itself be merged away: the stories would be lost.
    await expect(mergeNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: primary.id, intoId: n.id })).rejects.toMatchObject({
      message: "hasDependants",
    });
    expect(await status(n.id)).toBe("submitted");
  });

  it("merging keeps both stories: loadNominationStories returns the primary's and the merged nominator's", async () => {
    const primary = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, nominatorName: "Ben", story: "Ben's story: she runs the food bank." });
    const second = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, nominatorName: "Chloe", story: "Chloe's story: she taught me to read." });
    await mergeNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: second.id, intoId: primary.id });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "merged", duplicateOfId: primary.id });

    const stories = await loadNominationStories(primary.id);
    expect(stories.map((s) => [s.primary, s.authorName, s.story])).toEqual([
      [true, "Ben", "Ben's story: she runs the food bank."],
      [false, "Chloe", "Chloe's story: she taught me to read."],
    ]);
    const detail = await getSubmission({ actor: w.organiser, programmeId: w.programmeId, nominationId: primary.id });
    expect(detail.mergedStories.map((s) => s.story)).toEqual(["Chloe's story: she taught me to read."]);
    expect(detail.dependants.map((d) => d.id)).toEqual([second.id]);

    await unmergeNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: second.id });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "submitted", duplicateOfId: null });
    expect((await loadNominationStories(primary.id)).map((s) => s.story)).toEqual(["Ben's story: she runs the food bank."]);
    expect((await auditOf(second.id)).map((e) => e.action)).toEqual(["nomination.merged", "nomination.unmerged"]);
  });

  it("unmerge refuses a nomination that is not merged", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, status: "eligible" });
    await expect(unmergeNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id })).rejects.toMatchObject({ message: "nothingToUndo" });
    expect(await status(n.id)).toBe("eligible");
  });
});

describe("typo corrections", () => {
  it("saves the corrections and audits the field names, never the values", async () => {
    const question = await db.formQuestion.create({ data: { categoryId: cat, type: "short_text", label: { en: "Role", de: "Rolle" }, maxLength: 40 } });
    const choice = await db.formQuestion.create({ data: { categoryId: cat, type: "choice", label: { en: "Area" }, options: [{ value: "a", label: { en: "A" } }] } });
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, nomineeName: "Amria Hadad", nomineeDistrict: "Eastn", story: "She helsp everyone." });
    await db.nominationAnswer.createMany({
      data: [
        { nominationId: n.id, questionId: question.id, value: "Coach" },
        { nominationId: n.id, questionId: choice.id, value: "a" },
      ],
    });
    const target = { actor: w.organiser, programmeId: w.programmeId, nominationId: n.id };
    const result = await correctNomination({
      ...target,
      correction: { nomineeName: "Amira Haddad", nomineeDistrict: "Easton", story: "She helps everyone.", answers: { [question.id]: "Football coach" } },
    });
    expect(result.fields).toEqual(["nomineeName", "nomineeDistrict", "story", `answers.${question.id}`]);
    expect(await db.nomination.findUniqueOrThrow({ where: { id: n.id } })).toMatchObject({ nomineeName: "Amira Haddad", nomineeDistrict: "Easton", story: "She helps everyone." });
    expect((await db.nominationAnswer.findFirstOrThrow({ where: { nominationId: n.id, questionId: question.id } })).value).toBe("Football coach");

    const events = await auditOf(n.id);
    expect(events.map((e) => [e.action, e.data])).toEqual([["nomination.edited", { fields: ["nomineeName", "nomineeDistrict", "story", `answers.${question.id}`] }]]);
    const logged = JSON.stringify(events);
    for (const value of ["Amria", "Amira", "Eastn", "Easton", "helsp", "helps", "Coach", "coach"]) expect(logged).not.toContain(value);

    // Saving the same values again changes nothing and writes no audit row.
    expect((await correctNomination({ ...target, correction: { nomineeName: "Amira Haddad", answers: {} } })).fields).toEqual([]);
    expect(await auditOf(n.id)).toHaveLength(1);
  });

  it("refuses answers that are not free text, too long, or blank required fields, and keeps what was saved", async () => {
    const choice = await db.formQuestion.create({ data: { categoryId: cat, type: "choice", label: { en: "Area" }, options: [{ value: "a", label: { en: "A" } }] } });
    const short = await db.formQuestion.create({ data: { categoryId: cat, type: "short_text", label: { en: "Role" }, maxLength: 10 } });
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, nomineeName: "Dana" });
    await db.nominationAnswer.createMany({
      data: [
        { nominationId: n.id, questionId: choice.id, value: "a" },
        { nominationId: n.id, questionId: short.id, value: "Coach" },
      ],
    });
    const target = { actor: w.organiser, programmeId: w.programmeId, nominationId: n.id };
    await expect(correctNomination({ ...target, correction: { nomineeName: "Dana B", answers: { [choice.id]: "b" } } })).rejects.toMatchObject({
      path: `answers.${choice.id}`,
      message: "notCorrectable",
    });
    await expect(correctNomination({ ...target, correction: { answers: { [short.id]: "x".repeat(11) } } })).rejects.toMatchObject({ message: "tooLong" });
    await expect(correctNomination({ ...target, correction: { nomineeName: "  ", answers: {} } })).rejects.toMatchObject({ path: "nomineeName", message: "required" });
    await expect(correctNomination({ ...target, correction: { story: "<script>alert(1)</script>\u0007", answers: {} } })).rejects.toMatchObject({
      message: "invalidCharacters",
    });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: n.id } })).nomineeName).toBe("Dana");
    expect(await auditOf(n.id)).toEqual([]);
  });
});

describe("bulk actions", () => {
  it("accepts what it can and reports, by name, what could not change and why", async () => {
    const a = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, nomineeName: "Ada" });
    const b = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, nomineeName: "Bea", status: "rejected" });
    const c = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1], nomineeName: "Cem" });
    const otherProgrammeCategory = (await db.category.findFirstOrThrow({ where: { programmeId: w.otherProgrammeId } })).id;
    const foreign = await makeNomination(db, { programmeId: w.otherProgrammeId, categoryId: otherProgrammeCategory, nomineeName: "Foreign" });

    const result = await bulkModerate({ actor: w.organiser, programmeId: w.programmeId, action: "accept", nominationIds: [a.id, b.id, c.id, foreign.id] });
    expect(result.changed.sort()).toEqual([a.id, c.id].sort());
    expect(result.failed).toEqual([
      { nominationId: b.id, reason: "invalid_state", title: "Bea", status: "rejected" },
      // Another programme's submission is not named: the organiser may not see it.
      { nominationId: foreign.id, reason: "not_found", title: null, status: null },
    ]);
    expect(await status(a.id)).toBe("eligible");
    expect(await status(b.id)).toBe("rejected");
    expect(await status(foreign.id)).toBe("submitted");
  });

  it("rejects several with one reason, each submitter emailed", async () => {
    const a = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    const b = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, locale: "de" });
    const result = await bulkModerate({ actor: w.organiser, programmeId: w.programmeId, action: "reject", nominationIds: [a.id, b.id], reason: "Submitted after the deadline." });
    expect(result.failed).toEqual([]);
    expect(await db.outboxEmail.count({ where: { kind: "nomination_rejected", toAddress: { in: [a.nominatorEmail!, b.nominatorEmail!] } } })).toBe(2);
    await expect(bulkModerate({ actor: w.organiser, programmeId: w.programmeId, action: "reject", nominationIds: [a.id] })).rejects.toMatchObject({
      message: "reasonRequired",
    });
  });

  it("refuses empty or oversized selections", async () => {
    await expect(bulkModerate({ actor: w.organiser, programmeId: w.programmeId, action: "accept", nominationIds: [] })).rejects.toMatchObject({ message: "noneSelected" });
    const many = Array.from({ length: 201 }, (_, i) => `id${i}`);
    await expect(bulkModerate({ actor: w.organiser, programmeId: w.programmeId, action: "accept", nominationIds: many })).rejects.toMatchObject({ message: "tooMany" });
  });
});

describe("the queue", () => {
  it("filters by category, status and flag, counts per status and pages", async () => {
    const [c1, c2] = w.categoryIds;
    const now = new Date("2026-06-15T10:00:00Z");
    const minor = await makeNomination(db, {
      programmeId: w.programmeId,
      categoryId: c1,
      nomineeName: "Young One",
      nomineeBirthDate: new Date("2010-01-01T11:00:00Z"),
      consent: { status: "accepted", guardianRequired: true },
    });
    const dupA = await makeNomination(db, { programmeId: w.programmeId, categoryId: c1, nomineeName: "Erik Olsen", consent: { status: "accepted" } });
    const dupB = await makeNomination(db, { programmeId: w.programmeId, categoryId: c1, nomineeName: "erik  olsen", status: "eligible", consent: { status: "accepted" } });
    const waiting = await makeNomination(db, { programmeId: w.programmeId, categoryId: c2, nomineeName: "Waiting Person" });
    const declined = await makeNomination(db, { programmeId: w.programmeId, categoryId: c2, status: "declined", consent: { status: "declined" } });

    const list = (query: Record<string, string>) => listSubmissions({ actor: w.organiser, programmeId: w.programmeId, filters: parseQueueFilters(query), now });
    const ids = async (query: Record<string, string>) => (await list(query)).rows.map((r) => r.id).sort();

    expect(await ids({})).toEqual([minor.id, dupA.id, dupB.id, waiting.id, declined.id].sort());
    expect(await ids({ category: c2 })).toEqual([waiting.id, declined.id].sort());
    expect(await ids({ status: "eligible" })).toEqual([dupB.id]);
    expect(await ids({ flag: "possible_duplicate" })).toEqual([dupA.id, dupB.id].sort());
    expect(await ids({ flag: "minor" })).toEqual([minor.id]);
    expect(await ids({ flag: "waiting_guardian" })).toEqual([minor.id]);
    expect(await ids({ flag: "waiting_nominee" })).toEqual([waiting.id]);
    expect(await ids({ flag: "declined" })).toEqual([declined.id]);
    expect(await ids({ category: c1, flag: "waiting_nominee" })).toEqual([]);

    const all = await list({ category: c1 });
    expect(all.counts).toMatchObject({ submitted: 2, eligible: 1, declined: 0 });
    const row = all.rows.find((r) => r.id === minor.id)!;
    expect(row).toMatchObject({ consent: "accepted", guardian: "waiting", categoryName: "Longest serving volunteer", kind: "nomination" });
    // The queue lists no contact details.
    expect(JSON.stringify(all)).not.toContain("@example.org");
  });

  it("pages through long queues", async () => {
    for (let i = 0; i < 27; i++) await makeNomination(db, { programmeId: w.programmeId, categoryId: cat, submittedAt: new Date(Date.UTC(2026, 2, 1, 0, i)) });
    const page2 = await listSubmissions({ actor: w.organiser, programmeId: w.programmeId, filters: parseQueueFilters({ page: "2" }) });
    expect(page2).toMatchObject({ total: 27, page: 2, pageCount: 2 });
    expect(page2.rows).toHaveLength(2);
    const beyond = await listSubmissions({ actor: w.organiser, programmeId: w.programmeId, filters: parseQueueFilters({ page: "99" }) });
    expect(beyond.page).toBe(2);
  });
});

describe("erasure by an organiser", () => {
  it("erases on request once, audited with the reason only", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: cat });
    expect(await eraseSubmission({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id })).toEqual({ changed: true });
    expect(await eraseSubmission({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id })).toEqual({ changed: false });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: n.id } });
    expect(row).toMatchObject({ status: "erased", nomineeEmail: null, story: "" });
    const events = await auditOf(n.id);
    expect(events.map((e) => [e.action, e.actorId, e.data])).toEqual([["nomination.erased", w.organiser.id, { from: "submitted", to: "erased", reason: "organiser_request" }]]);
    await expect(correctNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, correction: { nomineeName: "Back", answers: {} } })).rejects.toMatchObject({
      message: "anonymised",
    });
  });
});
