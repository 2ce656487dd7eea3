import type { Db } from "@/lib/db/create-client";
import type { Phase } from "@/lib/validation/statuses";

export interface CategorySpec {
  name: string;
  description: string;
  prizeAmountMinor?: number;
  prizeCurrency?: string;
  prizeDescription?: string;
  winnerCount: number;
  finalistCount: number;
  nomineeKind: "individual" | "group" | "either";
  minAge?: number;
  maxAge?: number;
  ageReferenceDate?: Date;
  submissionMode: "self" | "nomination" | "both";
  criteria: { name: string; description: string; weight: number }[];
  questions?: { type: string; label: { en: string; de: string }; required?: boolean; maxLength?: number; visibility?: string }[];
}

export interface ProgrammeSpec {
  slug: string;
  name: string;
  edition: string;
  description: string;
  organiserName: string;
  organiserContact: string;
  city: string;
  timeZone: string;
  defaultLocale: string;
  privacyNotice: string;
  decisionMode: string;
  juryWeight?: number;
  publicWeight?: number;
  cadence: string;
  phase: Phase;
  timeline: Partial<Record<Phase, [string | null, string | null]>>;
  categories: CategorySpec[];
}

/** Creates a programme with its timeline and categories; null if the slug exists. */
export async function createProgramme(db: Db, spec: ProgrammeSpec): Promise<{ id: string; categoryIds: string[] } | null> {
  if (await db.programme.findUnique({ where: { slug: spec.slug } })) return null;
  const { timeline, categories, ...fields } = spec;
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.create({ data: fields });
    for (const [phase, [start, end]] of Object.entries(timeline)) {
      await tx.programmePhase.create({
        data: {
          programmeId: programme.id,
          phase,
          startsAt: start ? new Date(start) : null,
          endsAt: end ? new Date(end) : null,
        },
      });
    }
    const categoryIds: string[] = [];
    for (const [position, { criteria, questions = [], ...category }] of categories.entries()) {
      const created = await tx.category.create({ data: { ...category, position, programmeId: programme.id } });
      categoryIds.push(created.id);
      await tx.criterion.createMany({
        data: criteria.map((c, i) => ({ ...c, position: i, categoryId: created.id })),
      });
      for (const [i, q] of questions.entries()) {
        await tx.formQuestion.create({
          data: {
            categoryId: created.id,
            position: i,
            type: q.type,
            label: q.label,
            required: q.required ?? false,
            maxLength: q.maxLength ?? null,
            visibility: q.visibility ?? "jury",
          },
        });
      }
    }
    return { id: programme.id, categoryIds };
  });
}

export const STANDARD_CRITERIA = [
  { name: "Commitment", description: "How much time, care and persistence the volunteering shows.", weight: 2 },
  { name: "Impact", description: "What changed for the people and the neighbourhood it serves.", weight: 3 },
  { name: "Inclusion", description: "How it welcomes newcomers and people who are often left out.", weight: 2 },
  { name: "Inspiration", description: "How it can encourage others to get involved.", weight: 1 },
];
