import type { Db } from "@/lib/db/create-client";
import { createProgramme, STANDARD_CRITERIA } from "@/prisma/seed/build";
import type { SeedUsers } from "@/prisma/seed/users";

// EhrenWert: one prize a month; each month is an edition of its own, and the
// city's volunteer department honours all of them at one ceremony a year.
export async function seedVolunteerOfTheMonth(db: Db, users: SeedUsers): Promise<string | null> {
  const created = await createProgramme(db, {
    slug: "volunteer-of-the-month-2026-12",
    name: "EhrenWert volunteer of the month",
    edition: "December 2026",
    description:
      "Every month the city honours one person whose volunteering stands out, with a prize of EUR 1,000. Tell us about someone whose commitment deserves to be seen. All monthly winners are invited to the annual ceremony in City Hall.",
    organiserName: "City of Nuremberg, Volunteering Department",
    organiserContact: "ehrenwert@nuernberg.example",
    city: "Nuremberg",
    timeZone: "Europe/Berlin",
    defaultLocale: "de",
    privacyNotice:
      "We ask the person you nominate before anyone outside our team sees the nomination. Nominations that do not win are deleted after three months.",
    decisionMode: "jury_only",
    cadence: "monthly",
    phase: "nominations_open",
    timeline: {
      nominations_open: ["2026-11-01T08:00:00Z", "2026-12-20T22:59:59Z"],
      jury_review: ["2026-12-21T08:00:00Z", "2026-12-28T22:59:59Z"],
      results_published: ["2026-12-30T10:00:00Z", null],
    },
    categories: [
      {
        name: "Volunteer of the month",
        description: "For outstanding commitment to others in Nuremberg, in any field and at any age.",
        prizeAmountMinor: 100_000,
        prizeCurrency: "EUR",
        winnerCount: 1,
        finalistCount: 3,
        nomineeKind: "either",
        submissionMode: "nomination",
        criteria: STANDARD_CRITERIA,
      },
    ],
  });
  if (!created) return null;
  await db.membership.createMany({
    data: [
      { programmeId: created.id, userId: users.organiserId, role: "organiser" },
      { programmeId: created.id, userId: users.jurorId, role: "juror" },
    ],
  });
  return "volunteer-of-the-month-2026-12";
}
