import { createHash } from "node:crypto";
import { compareIds } from "@/lib/scoring/types";
import {
  RECEIPT_HASH_RULE,
  RECOUNT_FORMAT,
  RECOUNT_VERSION,
  type TRecountHeader,
  type TRecountLine,
} from "@/lib/voting/tally/recount-format";
import { tallyCategory, type TallyBallot } from "@/lib/voting/tally/tally-category";

export interface RecountFileCategory {
  categoryId: string;
  categoryName: string;
  /** Each finalist under the name they agreed to show in public. */
  finalists: readonly { id: string; publicName: string }[];
  ballots: readonly TallyBallot[];
}

export interface RecountFileOptions {
  programmeSlug: string;
  /** In the order the programme shows them. */
  categories: readonly RecountFileCategory[];
}

const RECEIPT_HASH = /^[0-9a-f]{64}$/;

/**
 * The published recount file (format in recount-format.ts). The same ballots
 * always give the same bytes: ballots are sorted by receipt hash and the file
 * carries no timestamps, so nothing in it hints at when or in which order
 * people voted.
 */
export function recountFile({ programmeSlug, categories }: RecountFileOptions): string {
  const seen = new Set<string>();
  const body: TRecountLine[] = [];
  let counted = 0;
  let quarantined = 0;
  for (const category of categories) {
    if (seen.has(category.categoryId)) throw new RangeError(`category ${category.categoryId} is listed twice`);
    seen.add(category.categoryId);
    for (const ballot of category.ballots) {
      if (!RECEIPT_HASH.test(ballot.receiptHash)) throw new RangeError(`receipt hash ${ballot.receiptHash} is not lower-case sha256 hex`);
    }

    const tally = tallyCategory({ finalistIds: category.finalists.map((f) => f.id), ballots: category.ballots });
    const names = new Map(category.finalists.map((f) => [f.id, f.publicName]));
    const { categoryId } = category;
    body.push({
      type: "category",
      categoryId,
      categoryName: category.categoryName,
      counted: tally.counted,
      quarantined: tally.quarantined,
      finalists: tally.finalists.map((f) => ({ id: f.finalistId, publicName: names.get(f.finalistId)!, votes: f.votes, rank: f.rank })),
    });
    const byHash = [...category.ballots].sort((a, b) => compareIds(a.receiptHash, b.receiptHash));
    for (const b of byHash) if (b.quarantinedAt === null) body.push({ type: "ballot", categoryId, receiptHash: b.receiptHash, finalistId: b.finalistId });
    for (const b of byHash) if (b.quarantinedAt !== null) body.push({ type: "quarantined", categoryId, receiptHash: b.receiptHash });
    counted += tally.counted;
    quarantined += tally.quarantined;
  }

  const bodyText = body.map((line) => `${JSON.stringify(line)}\n`).join("");
  const header: TRecountHeader = {
    format: RECOUNT_FORMAT,
    version: RECOUNT_VERSION,
    programme: programmeSlug,
    categories: categories.length,
    counted,
    quarantined,
    receiptHash: RECEIPT_HASH_RULE,
    bodySha256: createHash("sha256").update(bodyText, "utf8").digest("hex"),
  };
  return `${JSON.stringify(header)}\n${bodyText}`;
}
