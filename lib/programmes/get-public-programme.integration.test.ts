import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublicProgramme } from "@/lib/programmes/get-public-programme";
import { createTestProgramme, createWinner } from "@/lib/programmes/programme-fixtures";

const now = new Date("2026-11-01T12:00:00Z");

describe("getPublicProgramme", () => {
  it("returns the programme with its categories in order and its timeline in phase order", async () => {
    const p = await createTestProgramme("young-2026", {
      phase: "nominations_open",
      description: "Prizes for young people",
      privacyNotice: "We keep data for six months.",
      decisionMode: "jury_then_public",
    });
    // Written out of order on purpose.
    await db.programmePhase.createMany({
      data: [
        { programmeId: p.id, phase: "public_vote", startsAt: new Date("2027-02-15T08:00:00Z"), endsAt: null },
        { programmeId: p.id, phase: "nominations_open", startsAt: new Date("2026-10-01T08:00:00Z"), endsAt: new Date("2026-12-15T22:59:59Z") },
      ],
    });
    await db.category.create({
      data: { programmeId: p.id, position: 1, name: "Groups", nomineeKind: "group", submissionMode: "self", prizeDescription: "A certificate" },
    });
    await db.category.create({
      data: {
        programmeId: p.id,
        position: 0,
        name: "Individuals",
        prizeAmountMinor: 200_000,
        prizeCurrency: "EUR",
        winnerCount: 2,
        finalistCount: 5,
        maxAge: 29,
        ageReferenceDate: new Date("2026-12-15T22:59:59Z"),
      },
    });

    const programme = await getPublicProgramme({ slug: "young-2026", now });

    expect(programme).toMatchObject({
      slug: "young-2026",
      description: "Prizes for young people",
      privacyNotice: "We keep data for six months.",
      phase: "nominations_open",
      decisionMode: "jury_then_public",
      nominations: { state: "open", closesAt: new Date("2026-12-15T22:59:59Z") },
    });
    expect(programme!.timeline.map((t) => t.phase)).toEqual(["nominations_open", "public_vote"]);
    expect(programme!.categories.map((c) => c.name)).toEqual(["Individuals", "Groups"]);
    expect(programme!.categories[0]).toMatchObject({
      prize: { kind: "money", amountMinor: 200_000, currency: "EUR", description: null },
      winnerCount: 2,
      finalistCount: 5,
      nomineeKind: "individual",
      submissionMode: "both",
      minAge: null,
      maxAge: 29,
      ageReferenceDate: new Date("2026-12-15T22:59:59Z"),
    });
    expect(programme!.categories[1]).toMatchObject({
      prize: { kind: "other", description: "A certificate" },
      nomineeKind: "group",
      submissionMode: "self",
    });
  });

  it("answers null for drafts and unknown slugs", async () => {
    await createTestProgramme("still-a-draft", { phase: "draft" });
    expect(await getPublicProgramme({ slug: "still-a-draft", now })).toBeNull();
    expect(await getPublicProgramme({ slug: "no-such-programme", now })).toBeNull();
  });

  it("never carries nominee or nominator data", async () => {
    const p = await createTestProgramme("with-winner", { phase: "results_published" });
    await createWinner(p.id, { published: true });
    const programme = await getPublicProgramme({ slug: "with-winner", now });
    expect(programme).not.toBeNull();
    expect(JSON.stringify(programme)).not.toMatch(/Secret|secret\.nominee|2009-03-01|private story/);
  });
});
