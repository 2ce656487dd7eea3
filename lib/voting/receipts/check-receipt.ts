import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { ipRateLimitSubject } from "@/lib/rate-limit/client-ip";
import { ZCheckReceipt } from "@/lib/voting/receipts/receipt-input";
import { receiptHash } from "@/lib/voting/tally/receipt-code";

// A voter types the receipt code they were given and the category it was for;
// the answer is only whether that ballot is in the count. It never says whom
// the ballot was for (a receipt must not prove a vote to someone buying it)
// and never counts anything. Receipts are random, so guessing one is hopeless;
// the rate limit keeps it that way and keeps the page cheap.

export const RECEIPT_CHECKS_PER_IP = { limit: 30, windowMs: 10 * 60 * 1000 };

/** Phases in which ballots exist and can be looked up. */
const CHECKABLE_PHASES = new Set(["public_vote", "results_review", "results_published", "archived"]);

export type ReceiptCheck =
  | { ok: true; state: "counted" | "held" | "not_found" }
  | { ok: false; reason: "invalid_input"; field: "categoryId" | "receiptCode" }
  | { ok: false; reason: "rate_limited" | "unknown_programme" };

export async function checkReceipt({
  slug,
  input,
  ip,
  now = new Date(),
  db = defaultDb,
}: {
  slug: string;
  input: unknown;
  ip: string;
  now?: Date;
  db?: Db;
}): Promise<ReceiptCheck> {
  const parsed = ZCheckReceipt.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === "categoryId" ? "categoryId" : "receiptCode";
    return { ok: false, reason: "invalid_input", field };
  }
  const limit = await hitRateLimit({ key: `vote-receipt:ip:${ipRateLimitSubject(ip)}`, ...RECEIPT_CHECKS_PER_IP, now, db });
  if (!limit.allowed) return { ok: false, reason: "rate_limited" };

  const programme = await db.programme.findUnique({
    where: { slug },
    select: { id: true, phase: true, categories: { where: { id: parsed.data.categoryId }, select: { id: true } } },
  });
  if (!programme || !CHECKABLE_PHASES.has(programme.phase)) return { ok: false, reason: "unknown_programme" };
  if (!programme.categories.length) return { ok: false, reason: "invalid_input", field: "categoryId" };

  const ballot = await db.ballot.findUnique({
    where: { receiptHash: receiptHash(parsed.data.receiptCode, parsed.data.categoryId) },
    select: { programmeId: true, categoryId: true, quarantinedAt: true },
  });
  if (!ballot || ballot.programmeId !== programme.id || ballot.categoryId !== parsed.data.categoryId) return { ok: true, state: "not_found" };
  // A ballot set aside by the organiser's anomaly review is not counted unless released.
  return { ok: true, state: ballot.quarantinedAt ? "held" : "counted" };
}
