import type { Db } from "@/lib/db/create-client";
import { createProgramme, STANDARD_CRITERIA, type CategorySpec } from "@/prisma/seed/build";
import { BRISTOL_DEMO, seedSubmissions } from "@/prisma/seed/submissions";
import type { SeedUsers } from "@/prisma/seed/users";

const PRIZE = "Award and certificate presented at the Can Do Bristol festival";

function category(name: string, description: string, extra: Partial<CategorySpec> = {}): CategorySpec {
  return {
    name,
    description,
    prizeDescription: PRIZE,
    winnerCount: 1,
    finalistCount: 3,
    nomineeKind: "individual",
    submissionMode: "both",
    criteria: STANDARD_CRITERIA,
    ...extra,
  };
}

// Volunteers who work with young migrants and refugees aged 16-25.
export async function seedBristol(db: Db, users: SeedUsers): Promise<string | null> {
  const closing = new Date("2027-01-31T23:59:59Z");
  const created = await createProgramme(db, {
    slug: "bristol-volunteer-awards-2027",
    name: "Bristol Volunteer Awards",
    edition: "2027",
    description:
      "Celebrating the volunteers who work alongside young migrants and refugees aged 16 to 25 in Bristol. Winners are announced at the Can Do Bristol inclusion and diversity festival.",
    organiserName: "Can Do Bristol volunteer team",
    organiserContact: "awards@candobristol.example",
    city: "Bristol",
    timeZone: "Europe/London",
    defaultLocale: "en",
    privacyNotice:
      "Nominees are contacted before their nomination goes any further and choose how their name appears. We keep nominations for one year.",
    decisionMode: "jury_only",
    cadence: "yearly",
    phase: "nominations_open",
    timeline: {
      nominations_open: ["2026-11-01T09:00:00Z", closing.toISOString()],
      jury_review: ["2027-02-01T09:00:00Z", "2027-02-28T23:59:59Z"],
      results_published: ["2027-03-20T18:00:00Z", null],
    },
    categories: [
      category("Young volunteer of the year", "For a volunteer aged 16 to 25.", {
        minAge: 16,
        maxAge: 25,
        ageReferenceDate: closing,
      }),
      category("Longest serving volunteer", "For years of steady, patient commitment."),
      category("Volunteer with lived experience", "For a volunteer who knows from their own life what arriving in a new country means."),
      category("Volunteer who had the biggest impact", "For the volunteer whose work changed the most for young people this year."),
    ],
  });
  if (!created) return null;
  await db.membership.create({ data: { programmeId: created.id, userId: users.organiserId, role: "organiser" } });
  await seedSubmissions(db, created.id, created.categoryIds[1], BRISTOL_DEMO);
  return "bristol-volunteer-awards-2027";
}
