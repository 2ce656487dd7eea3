// Shared set-up for the attachment integration tests: a temporary UPLOAD_DIR
// (tests never write into data/), and a programme with staff and nominations.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { Db } from "@/lib/db";
import { newPrivateToken } from "@/lib/nominations/private-token";

/** Points UPLOAD_DIR at a fresh temporary folder for this test file and removes it afterwards. */
export function withTemporaryUploadDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "laurel-uploads-"));
  process.env.UPLOAD_DIR = dir;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function storedFileExists(dir: string, storageKey: string): boolean {
  return existsSync(path.join(dir, storageKey));
}

type Gate = "submitted" | "at_jury" | "guardian_missing" | "consent_pending";

/** A nomination in `categoryId`, with a manage link; `gate` decides whether it has reached the jury. */
export async function makeNomination(db: Db, { programmeId, categoryId, gate = "submitted" }: { programmeId: string; categoryId: string; gate?: Gate }) {
  const manage = newPrivateToken();
  const nomination = await db.nomination.create({
    data: {
      programmeId,
      categoryId,
      kind: "nomination",
      status: gate === "submitted" ? "submitted" : "eligible",
      nomineeName: "Amina Example",
      nominatorName: "Nora Nominator",
      nominatorEmail: "nora@example.org",
      story: "Runs the Saturday homework club.",
      manageTokenHash: manage.hash,
      confirmedAt: new Date(),
      submittedAt: new Date(),
      consent:
        gate === "submitted"
          ? undefined
          : {
              create: {
                status: gate === "consent_pending" ? "pending" : "accepted",
                guardianRequired: gate === "guardian_missing",
                decidedAt: new Date(),
              },
            },
    },
  });
  return { nomination, manageToken: manage.token };
}

/** A file question in the nomination's category: a document answers one (the nominee's photo slot takes photos only). */
export async function fileQuestionFor(db: Db, nominationId: string): Promise<string> {
  const { categoryId } = await db.nomination.findUniqueOrThrow({ where: { id: nominationId }, select: { categoryId: true } });
  const question = await db.formQuestion.create({ data: { categoryId, position: 99, type: "file", label: { en: "A letter", de: "Ein Brief" } } });
  return question.id;
}

/** Two programmes; in the first an organiser, a juror of each of its two categories; an organiser of the second. */
export async function makeStaff(db: Db) {
  const { programme, categories } = await makeProgramme(db, { name: "Bristol Volunteer Awards", categories: ["Young volunteer of the year", "Longest serving volunteer"] });
  const { programme: other } = await makeProgramme(db, { name: "Riga Volunteer Awards", categories: ["Volunteer of the year"] });
  const person = async (membership: { programmeId: string; role: "organiser" | "juror"; categoryId?: string }) => {
    const user = await makeUser(db);
    await makeMembership(db, { userId: user.id, ...membership });
    return (await loadSessionUser({ db, userId: user.id }))!;
  };
  return {
    programme,
    categories,
    organiser: await person({ programmeId: programme.id, role: "organiser" }),
    juror: await person({ programmeId: programme.id, role: "juror", categoryId: categories[0].id }),
    otherCategoryJuror: await person({ programmeId: programme.id, role: "juror", categoryId: categories[1].id }),
    otherOrganiser: await person({ programmeId: other.id, role: "organiser" }),
  };
}
