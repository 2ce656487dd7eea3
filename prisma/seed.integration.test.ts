import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { DEMO_ACCOUNTS } from "@/prisma/seed/users";

describe("demo seed", () => {
  it("creates the demo programmes once and is idempotent", async () => {
    const first = await seed(db);
    expect(first.created.sort()).toEqual([
      "act-in-my-neighbourhood-2026",
      "bristol-volunteer-awards-2027",
      "volunteer-of-the-month-2026-12",
      "young-engagement-2025",
      "young-engagement-2026",
    ]);
    const counts = async () => ({
      programmes: await db.programme.count(),
      categories: await db.category.count(),
      users: await db.user.count(),
      memberships: await db.membership.count(),
      results: await db.result.count(),
    });
    const before = await counts();
    expect((await seed(db)).created).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("sets up Toulouse's neighbourhood vote: residents only, each neighbourhood's projects as finalists", async () => {
    await seed(db);
    const p = await db.programme.findUniqueOrThrow({
      where: { slug: "act-in-my-neighbourhood-2026" },
      include: { categories: { orderBy: { position: "asc" }, include: { finalists: true } } },
    });
    expect([p.phase, p.decisionMode]).toEqual(["public_vote", "public_only"]);
    expect(p.categories.map((c) => [c.name, c.voteAreas, c.finalists.length])).toEqual([
      ["Saint-Cyprien", ["Saint-Cyprien", "31300"], 3],
      ["Bagatelle", ["Bagatelle", "31100"], 2],
    ]);
  });

  it("sets up #YoungEngagement 2026 as four EUR 2,000 prizes for under-30s, open for applications", async () => {
    await seed(db);
    const p = await db.programme.findUniqueOrThrow({
      where: { slug: "young-engagement-2026" },
      include: { categories: { orderBy: { position: "asc" } }, memberships: true },
    });
    expect(p.phase).toBe("nominations_open");
    expect(p.categories.map((c) => [c.nomineeKind, c.winnerCount, c.prizeAmountMinor, c.prizeCurrency, c.maxAge, c.submissionMode])).toEqual([
      ["individual", 2, 200_000, "EUR", 29, "self"],
      ["group", 2, 200_000, "EUR", 29, "self"],
    ]);
    expect(p.memberships.some((m) => m.isPreviousWinner && m.role === "juror")).toBe(true);
  });

  it("sets up Bristol's four categories with the 16-25 rule on the young volunteer award", async () => {
    await seed(db);
    const cats = await db.category.findMany({
      where: { programme: { slug: "bristol-volunteer-awards-2027" } },
      orderBy: { position: "asc" },
    });
    expect(cats.map((c) => c.name)).toEqual([
      "Young volunteer of the year",
      "Longest serving volunteer",
      "Volunteer with lived experience",
      "Volunteer who had the biggest impact",
    ]);
    expect([cats[0].minAge, cats[0].maxAge]).toEqual([16, 25]);
  });

  it("gives the finished programme published winners who consented to appear", async () => {
    await seed(db);
    const results = await db.result.findMany({
      where: { category: { programme: { slug: "young-engagement-2025" } } },
      include: { nomination: { include: { consent: true, finalist: true } } },
    });
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(r.isWinner && r.publishedAt).toBeTruthy();
      expect(r.nomination.consent?.status).toBe("accepted");
      expect(r.nomination.finalist?.publicName).toBeTruthy();
    }
  });

  it("gives the demo organiser a hashed password, never the plain one", async () => {
    await seed(db);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.organiser.email } });
    expect(user.passwordHash).toBeTruthy();
    expect(user.passwordHash).not.toContain(DEMO_ACCOUNTS.organiser.password);
  });
});
