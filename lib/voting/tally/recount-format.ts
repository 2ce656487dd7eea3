// The published recount file: JSON Lines (one JSON object per line, UTF-8,
// lines end in "\n", the last one too). Suggested name `<programme>-recount.jsonl`.
//
// Line 1, the header:
//   {"format":"laurel-recount","version":1,"programme":"<slug>","categories":2,
//    "counted":1234,"quarantined":17,"receiptHash":"<how a receipt hash is made>",
//    "bodySha256":"<sha256 hex of every byte after the header's newline>"}
// Then, for each category in the programme's order:
//   {"type":"category","categoryId":"…","categoryName":"…","counted":612,"quarantined":9,
//    "finalists":[{"id":"…","publicName":"…","votes":301,"rank":1},…]}      by rank, then id
//   {"type":"ballot","categoryId":"…","receiptHash":"<64 hex>","finalistId":"…"}    one per counted
//                                                  ballot, by receipt hash: order says nothing about time
//   {"type":"quarantined","categoryId":"…","receiptHash":"<64 hex>"}     one per quarantined ballot, by
//                                                  receipt hash, without its choice
//
// Anyone can recount: count the ballot lines per finalist and compare with the
// category lines and the published results. `bodySha256` catches a damaged or
// carelessly edited copy; it is not a signature (whoever edits the body can
// recompute it), so the results page should also show the sha256 of the whole
// file as published.

import { z } from "zod";
import { AppError } from "@/lib/errors";
import { RECEIPT_HASH_PREFIX } from "@/lib/voting/tally/receipt-code";

export const RECOUNT_FORMAT = "laurel-recount";
export const RECOUNT_VERSION = 1;
export const RECEIPT_HASH_RULE = `sha256 hex of "${RECEIPT_HASH_PREFIX}:<categoryId>:<receipt code: 12 characters, upper case, without dashes>"`;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().nonnegative();

export const ZRecountHeader = z.strictObject({
  format: z.literal(RECOUNT_FORMAT),
  version: z.literal(RECOUNT_VERSION),
  programme: z.string(),
  categories: Count,
  counted: Count,
  quarantined: Count,
  receiptHash: z.string(),
  bodySha256: Sha256Hex,
});
export type TRecountHeader = z.infer<typeof ZRecountHeader>;

export const ZRecountLine = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("category"),
    categoryId: z.string(),
    categoryName: z.string(),
    counted: Count,
    quarantined: Count,
    finalists: z.array(z.strictObject({ id: z.string(), publicName: z.string(), votes: Count, rank: z.number().int().positive() })),
  }),
  z.strictObject({ type: z.literal("ballot"), categoryId: z.string(), receiptHash: Sha256Hex, finalistId: z.string() }),
  z.strictObject({ type: z.literal("quarantined"), categoryId: z.string(), receiptHash: Sha256Hex }),
]);
export type TRecountLine = z.infer<typeof ZRecountLine>;

/** A recount file that cannot be read as one. `line` is 1-based; 0 for the file as a whole. */
export class RecountFileError extends AppError {
  readonly line: number;

  constructor(line: number, problem: string) {
    super("invalid_input", line > 0 ? `recount file, line ${line}: ${problem}` : `recount file: ${problem}`);
    this.name = "RecountFileError";
    this.line = line;
  }
}
