// Builders for the public-vote page tests: a programme in its public vote with
// one category of finalists (nominations that reached the jury, consent given),
// and ballots written straight to the database.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { makeProgramme } from "@/lib/auth/test-fixtures";
import { newReceiptCode, receiptHash } from "@/lib/voting/tally/receipt-code";

const tag = () => randomBytes(4).toString("hex");

export interface FinalistSeed {
  name: string;
  consent?: { status?: string; showPhoto?: boolean } | null;
  /** A stored photo attachment (storage key) for the nomination. */
  photoStorageKey?: string;
  /** Whether the finalist profile names the photo (defaults to true when there is one). */
  photoOnProfile?: boolean;
}

export async function makeVoteProgramme(db: Db, { phase = "public_vote", finalists = [{ name: "Lina" }, { name: "Yusuf" }] as FinalistSeed[] } = {}) {
  const { programme, categories } = await makeProgramme(db, { phase, categories: ["Young engagement"] });
  await db.programme.update({ where: { id: programme.id }, data: { decisionMode: "jury_then_public" } });
  const [category] = categories;
  const made = [];
  for (const [i, f] of finalists.entries()) {
    const consent = f.consent === null ? undefined : { create: { status: f.consent?.status ?? "accepted", showPhoto: f.consent?.showPhoto ?? true, decidedAt: new Date() } };
    const nomination = await db.nomination.create({
      data: { programmeId: programme.id, categoryId: category.id, kind: "application", status: "eligible", nomineeName: `${f.name} Surname${tag()}`, story: "A youth project.", consent },
    });
    const photo = f.photoStorageKey
      ? await db.attachment.create({
          data: { nominationId: nomination.id, kind: "photo", storageKey: f.photoStorageKey, mimeType: "image/png", sizeBytes: 10, sha256: "0".repeat(64) },
        })
      : null;
    made.push(
      await db.finalist.create({
        data: { categoryId: category.id, nominationId: nomination.id, position: i, publicName: f.name, publicSummary: `${f.name} runs a club.`, photoKey: f.photoOnProfile === false ? null : (photo?.id ?? null) },
      }),
    );
  }
  return { programme, category, finalists: made };
}

/** A verified voter and one ballot for `finalistId`; returns the receipt code the voter was given. */
export async function castBallotDirectly(db: Db, { programmeId, categoryId, finalistId, quarantined = false }: { programmeId: string; categoryId: string; finalistId: string; quarantined?: boolean }) {
  const voter = await db.voter.create({ data: { programmeId, identityHash: `identity-${tag()}`, method: "email_code", verifiedAt: new Date() } });
  const receiptCode = newReceiptCode();
  await db.ballot.create({
    data: {
      programmeId,
      categoryId,
      voterId: voter.id,
      finalistId,
      receiptHash: receiptHash(receiptCode, categoryId),
      quarantinedAt: quarantined ? new Date() : null,
      quarantineReason: quarantined ? "Many votes from one network in a minute" : null,
    },
  });
  return { receiptCode, voterId: voter.id };
}
