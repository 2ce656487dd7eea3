import type { Db } from "@/lib/db/create-client";
import { createProgramme, type CategorySpec } from "@/prisma/seed/build";
import { seedSubmissions, YOUNG_ENGAGEMENT_DEMO } from "@/prisma/seed/submissions";
import type { SeedUsers } from "@/prisma/seed/users";

const NUREMBERG = {
  organiserName: "City of Nuremberg, Youth Office",
  organiserContact: "youngengagement@nuernberg.example",
  city: "Nuremberg",
  timeZone: "Europe/Berlin",
  defaultLocale: "de",
  decisionMode: "jury_then_public",
  cadence: "yearly",
  privacyNotice:
    "We use your details only to run this award. Nominees decide whether and how they appear in public. Data of people who are not shortlisted is deleted six months after the ceremony.",
};

const PROJECT_CRITERIA = [
  { name: "Originality", description: "A fresh idea or a new way of doing something.", weight: 2 },
  { name: "Impact", description: "What the project changes for young people in Nuremberg.", weight: 3 },
  { name: "Participation", description: "How young people shape and run the project themselves.", weight: 2 },
  { name: "Sustainability", description: "Whether it can keep going and grow.", weight: 1 },
];

const PROJECT_QUESTIONS: CategorySpec["questions"] = [
  { type: "short_text", label: { en: "Project title", de: "Projekttitel" }, required: true, maxLength: 120, visibility: "public" },
  { type: "long_text", label: { en: "Describe your project", de: "Beschreiben Sie Ihr Projekt" }, required: true, maxLength: 3000, visibility: "jury" },
  { type: "url", label: { en: "Website or social media (optional)", de: "Website oder Social Media (optional)" }, visibility: "jury" },
];

function categories(closing: Date): CategorySpec[] {
  const common = {
    prizeAmountMinor: 200_000,
    prizeCurrency: "EUR",
    winnerCount: 2,
    finalistCount: 5,
    submissionMode: "self" as const,
    criteria: PROJECT_CRITERIA,
    questions: PROJECT_QUESTIONS,
  };
  return [
    {
      ...common,
      name: "Engaged young people",
      description: "For a young person under 30 who runs an original project, an idea or an ongoing one.",
      nomineeKind: "individual",
      maxAge: 29,
      ageReferenceDate: closing,
    },
    {
      ...common,
      name: "Groups supporting youth engagement",
      description: "For groups and initiatives that make it possible for young people to get involved.",
      nomineeKind: "group",
      maxAge: 29,
      ageReferenceDate: closing,
    },
  ];
}

export async function seedYoungEngagement2026(db: Db, users: SeedUsers): Promise<string | null> {
  const closing = new Date("2026-12-15T22:59:59Z");
  const created = await createProgramme(db, {
    ...NUREMBERG,
    slug: "young-engagement-2026",
    name: "#YoungEngagement Award",
    edition: "2026",
    description:
      "Four prizes of EUR 2,000 for young people under 30 and the groups that support them. Apply with your own project — an idea or something already running. A jury chooses the finalists and the public votes online.",
    phase: "nominations_open",
    timeline: {
      nominations_open: ["2026-10-01T08:00:00Z", closing.toISOString()],
      moderation: ["2026-12-16T08:00:00Z", "2027-01-10T22:59:59Z"],
      jury_review: ["2027-01-11T08:00:00Z", "2027-02-07T22:59:59Z"],
      public_vote: ["2027-02-15T08:00:00Z", "2027-03-07T22:59:59Z"],
      results_published: ["2027-03-20T17:00:00Z", null],
    },
    categories: categories(closing),
  });
  if (!created) return null;
  await db.membership.createMany({
    data: [
      { programmeId: created.id, userId: users.organiserId, role: "organiser" },
      { programmeId: created.id, userId: users.jurorId, role: "juror", isChair: true },
      { programmeId: created.id, userId: users.previousWinnerId, role: "juror", isPreviousWinner: true },
    ],
  });
  await seedSubmissions(db, created.id, created.categoryIds[0], YOUNG_ENGAGEMENT_DEMO);
  return "young-engagement-2026";
}

// Last year's edition, finished: its winners appear on the public pages with the
// names and details they chose to show.
const WINNERS_2025 = [
  { cat: 0, name: "Hana Tesfaye", shown: "Hana", district: "Gostenhof", summary: "Runs a weekly homework club where Oromo-speaking teenagers and local students learn together." },
  { cat: 0, name: "Lukas Brenner", shown: "Lukas B.", district: null, summary: "Started a repair café at his vocational school that now opens every Saturday." },
  { cat: 1, name: "Tandem Nürnberg", shown: "Tandem Nürnberg", district: "Südstadt", summary: "Pairs people with a migrant history with locals for a year of shared activities." },
  { cat: 1, name: "Kickers for All", shown: "Kickers for All", district: "Langwasser", summary: "A youth-led football league with free kit, open to every young person who turns up." },
];

export async function seedYoungEngagement2025(db: Db, users: SeedUsers): Promise<string | null> {
  const closing = new Date("2025-12-15T22:59:59Z");
  const created = await createProgramme(db, {
    ...NUREMBERG,
    slug: "young-engagement-2025",
    name: "#YoungEngagement Award",
    edition: "2025",
    description: "Last year's award: four prizes of EUR 2,000 for young people and groups. The winners are below.",
    phase: "results_published",
    timeline: {
      nominations_open: ["2025-10-01T08:00:00Z", closing.toISOString()],
      jury_review: ["2026-01-12T08:00:00Z", "2026-02-08T22:59:59Z"],
      public_vote: ["2026-02-16T08:00:00Z", "2026-03-08T22:59:59Z"],
      results_published: ["2026-03-21T17:00:00Z", null],
    },
    categories: categories(closing),
  });
  if (!created) return null;
  await db.membership.create({ data: { programmeId: created.id, userId: users.organiserId, role: "organiser" } });
  const publishedAt = new Date("2026-03-21T17:00:00Z");
  for (const [i, w] of WINNERS_2025.entries()) {
    const categoryId = created.categoryIds[w.cat];
    const group = w.cat === 1;
    const nomination = await db.nomination.create({
      data: {
        programmeId: created.id,
        categoryId,
        kind: "application",
        status: "eligible",
        nomineeKind: group ? "group" : "individual",
        nomineeName: w.name,
        groupName: group ? w.name : null,
        groupSize: group ? 12 : null,
        nomineeDistrict: w.district,
        story: w.summary,
        locale: "de",
        confirmedAt: new Date("2025-11-20T10:00:00Z"),
        submittedAt: new Date("2025-11-20T10:00:00Z"),
        consent: {
          create: {
            status: "accepted",
            decidedAt: new Date("2025-11-20T10:00:00Z"),
            displayName: group ? "full_name" : w.shown.includes(" ") ? "chosen_name" : "first_name",
            chosenName: w.shown.includes(" ") && !group ? w.shown : null,
            showDistrict: Boolean(w.district),
          },
        },
      },
    });
    await db.finalist.create({
      data: {
        categoryId,
        nominationId: nomination.id,
        position: i,
        publicName: w.shown,
        publicSummary: w.summary,
        publicDistrict: w.district,
      },
    });
    await db.result.create({
      data: {
        categoryId,
        nominationId: nomination.id,
        rank: (i % 2) + 1,
        isWinner: true,
        confirmedAt: publishedAt,
        publishedAt,
      },
    });
  }
  return "young-engagement-2025";
}
