import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPublicProgrammes } from "@/lib/programmes/list-public-programmes";
import { createTestProgramme, createWinner } from "@/lib/programmes/programme-fixtures";

const now = new Date("2026-11-01T12:00:00Z");

describe("listPublicProgrammes", () => {
  it("shows programmes under way and past ones with results, and hides drafts", async () => {
    await createTestProgramme("draft-one", { phase: "draft" });
    const open = await createTestProgramme("open-one", { phase: "nominations_open", timeZone: "Europe/London", city: "Bristol" });
    await db.programmePhase.create({
      data: {
        programmeId: open.id,
        phase: "nominations_open",
        startsAt: new Date("2026-10-01T08:00:00Z"),
        endsAt: new Date("2027-01-31T23:59:59Z"),
      },
    });
    await createTestProgramme("jury-one", { phase: "jury_review" });
    const published = await createTestProgramme("published-one", { phase: "results_published", edition: "2025" });
    await createWinner(published.id, { published: true });
    const archivedWithResults = await createTestProgramme("archived-with-results", { phase: "archived" });
    await createWinner(archivedWithResults.id, { published: true });
    const archivedQuiet = await createTestProgramme("archived-quiet", { phase: "archived" });
    await createWinner(archivedQuiet.id, { published: false });

    const list = await listPublicProgrammes({ now });

    expect(list.current.map((p) => p.slug)).toEqual(["open-one", "jury-one"]);
    expect(list.past.map((p) => p.slug).sort()).toEqual(["archived-with-results", "published-one"]);
    expect(list.current[0]).toEqual({
      slug: "open-one",
      name: "Programme open-one",
      edition: "2026",
      city: "Bristol",
      timeZone: "Europe/London",
      phase: "nominations_open",
      nominations: {
        state: "open",
        opensAt: new Date("2026-10-01T08:00:00Z"),
        closesAt: new Date("2027-01-31T23:59:59Z"),
        deadlinePassed: false,
      },
    });
    expect(list.current[1].nominations.state).toBe("closed");
  });

  it("puts the call closing soonest first", async () => {
    for (const [slug, closes] of [
      ["closes-late", "2027-03-01T00:00:00Z"],
      ["closes-soon", "2026-11-15T00:00:00Z"],
    ] as const) {
      const p = await createTestProgramme(slug, { phase: "nominations_open" });
      await db.programmePhase.create({ data: { programmeId: p.id, phase: "nominations_open", endsAt: new Date(closes) } });
    }
    const slugs = (await listPublicProgrammes({ now })).current.map((p) => p.slug);
    expect(slugs.indexOf("closes-soon")).toBeLessThan(slugs.indexOf("closes-late"));
  });

  it("never carries nominee or nominator data", async () => {
    const published = await createTestProgramme("leak-check", { phase: "results_published" });
    await createWinner(published.id, { published: true });
    const json = JSON.stringify(await listPublicProgrammes({ now }));
    expect(json).toContain("leak-check");
    expect(json).not.toMatch(/Secret|secret\.nominee|2009-03-01|private story/);
  });
});
