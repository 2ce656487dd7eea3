import type { Db } from "@/lib/db/create-client";
import { createProgramme } from "@/prisma/seed/build";
import type { SeedUsers } from "@/prisma/seed/users";

// Toulouse-style "Act in my neighbourhood": residents propose local projects,
// and only residents of a neighbourhood may vote for its projects. No jury:
// the organisers check the proposals and the public vote decides. The demo is
// in its vote, so `npm start` shows a vote one can take part in.

const PROJECTS = [
  { cat: 0, name: "Jardin partagé Ancely", summary: "A shared vegetable garden on the unused lawn behind the library, run by the neighbours." },
  { cat: 0, name: "Répar'Café Saint-Cyprien", summary: "Volunteers repair bikes, lamps and phones every other Saturday in the market hall." },
  { cat: 0, name: "Bancs pour la place Olivier", summary: "Benches and shade for the square, designed with the older residents who use it." },
  { cat: 1, name: "Bagatelle Basket", summary: "An open basketball court with evening coaching by young volunteers from the neighbourhood." },
  { cat: 1, name: "Cuisine du monde", summary: "A weekly kitchen where families cook each other's dishes and share the meal." },
];

export async function seedToulouse(db: Db, users: SeedUsers): Promise<string | null> {
  const created = await createProgramme(db, {
    slug: "act-in-my-neighbourhood-2026",
    name: "Act in my neighbourhood",
    edition: "2026",
    description:
      "Residents propose projects for their neighbourhood, and residents vote for them. The project with the most votes in each neighbourhood receives up to EUR 15,000.",
    organiserName: "City of Toulouse, Citizen Participation",
    organiserContact: "participation@toulouse.example",
    city: "Toulouse",
    timeZone: "Europe/Paris",
    defaultLocale: "en",
    privacyNotice: "Only residents of a neighbourhood may vote for its projects. We keep a one-way code of your email address, never the address, once you have voted.",
    decisionMode: "public_only",
    publicWeight: 100,
    juryWeight: 0,
    cadence: "yearly",
    phase: "public_vote",
    timeline: {
      nominations_open: ["2026-09-01T08:00:00Z", "2026-10-15T21:59:59Z"],
      moderation: ["2026-10-16T08:00:00Z", "2026-11-10T22:59:59Z"],
      public_vote: ["2026-11-16T08:00:00Z", "2027-01-31T22:59:59Z"],
      results_published: ["2027-02-15T17:00:00Z", null],
    },
    categories: [
      { name: "Saint-Cyprien", description: "Projects for Saint-Cyprien.", prizeAmountMinor: 1_500_000, prizeCurrency: "EUR", winnerCount: 1, finalistCount: 3, nomineeKind: "either", submissionMode: "self", criteria: [] },
      { name: "Bagatelle", description: "Projects for Bagatelle.", prizeAmountMinor: 1_500_000, prizeCurrency: "EUR", winnerCount: 1, finalistCount: 2, nomineeKind: "either", submissionMode: "self", criteria: [] },
    ],
  });
  if (!created) return null;
  await db.category.update({ where: { id: created.categoryIds[0] }, data: { voteAreas: ["Saint-Cyprien", "31300"], shortlistLockedAt: new Date("2026-11-12T10:00:00Z") } });
  await db.category.update({ where: { id: created.categoryIds[1] }, data: { voteAreas: ["Bagatelle", "31100"], shortlistLockedAt: new Date("2026-11-12T10:00:00Z") } });
  await db.membership.create({ data: { programmeId: created.id, userId: users.organiserId, role: "organiser" } });
  for (const [i, p] of PROJECTS.entries()) {
    const nomination = await db.nomination.create({
      data: {
        programmeId: created.id,
        categoryId: created.categoryIds[p.cat],
        kind: "application",
        status: "eligible",
        nomineeKind: "group",
        nomineeName: `Contact ${i + 1}`,
        groupName: p.name,
        groupSize: 8,
        story: p.summary,
        locale: "en",
        confirmedAt: new Date("2026-10-01T10:00:00Z"),
        submittedAt: new Date("2026-10-01T10:00:00Z"),
        consent: { create: { status: "accepted", decidedAt: new Date("2026-10-01T10:00:00Z"), displayName: "full_name" } },
      },
    });
    await db.finalist.create({
      data: { categoryId: created.categoryIds[p.cat], nominationId: nomination.id, position: i, publicName: p.name, publicSummary: p.summary, notifiedAt: new Date("2026-11-12T10:00:00Z") },
    });
  }
  return "act-in-my-neighbourhood-2026";
}
