// Test helpers: minimal programmes written straight to the database. Only for
// integration tests; never imported by the app.
import { db } from "@/lib/db";

type ProgrammeFields = Partial<Parameters<typeof db.programme.create>[0]["data"]>;

export async function createTestProgramme(slug: string, fields: ProgrammeFields = {}) {
  return db.programme.create({
    data: {
      slug,
      name: `Programme ${slug}`,
      edition: "2026",
      organiserName: "Volunteer office",
      organiserContact: "awards@city.example",
      city: "Nuremberg",
      ...fields,
    },
  });
}

/** A winner whose result is published (or not), with personal data that must never leak. */
export async function createWinner(programmeId: string, { published }: { published: boolean }) {
  const category = await db.category.create({ data: { programmeId, name: "Young volunteer" } });
  const nomination = await db.nomination.create({
    data: {
      programmeId,
      categoryId: category.id,
      kind: "nomination",
      status: "eligible",
      nomineeName: "Secret Nominee Name",
      nomineeEmail: "secret.nominee@example.org",
      nomineeBirthDate: new Date("2009-03-01T00:00:00Z"),
      nominatorName: "Secret Nominator",
      story: "A private story",
    },
  });
  await db.result.create({
    data: {
      categoryId: category.id,
      nominationId: nomination.id,
      rank: 1,
      isWinner: true,
      publishedAt: published ? new Date("2026-03-01T00:00:00Z") : null,
    },
  });
  return { category, nomination };
}
