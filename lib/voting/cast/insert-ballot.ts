import "server-only";
import type { Db } from "@/lib/db";
import { resolveDatabase } from "@/lib/db/database-url";

// The vote itself: ONE statement that inserts the ballot only if, at that
// instant, the programme is in its public vote, the finalist belongs to the
// category and is still in play, the voter belongs to the programme, and the
// voter's network is under its limit. The unique keys (voter, category, slot)
// and (voter, finalist) make a second vote a no-op (ON CONFLICT DO NOTHING)
// rather than a read-then-write race. Returns how many rows were written (0
// or 1); cast-vote.ts works out why when it is 0.
//
// Raw SQL because Prisma cannot express a guarded insert. The statement is the
// same on both databases except for PostgreSQL's parameter types.

export interface BallotRow {
  id: string;
  programmeId: string;
  categoryId: string;
  voterId: string;
  finalistId: string;
  slot: number;
  receiptHash: string;
  castAt: Date;
  networkPrefix: string;
  userAgentHash: string | null;
}

export interface NetworkLimit {
  limit: number;
  since: Date;
}

let provider: "sqlite" | "postgresql" | undefined;

export async function insertBallot(db: Pick<Db, "$executeRaw">, b: BallotRow, { limit, since }: NetworkLimit): Promise<number> {
  provider ??= resolveDatabase(process.env).provider;
  if (provider === "postgresql") {
    return db.$executeRaw`
      INSERT INTO "Ballot" ("id", "programmeId", "categoryId", "voterId", "finalistId", "slot", "receiptHash", "castAt", "networkPrefix", "userAgentHash")
      SELECT ${b.id}::text, ${b.programmeId}::text, ${b.categoryId}::text, ${b.voterId}::text, ${b.finalistId}::text, ${b.slot}::int,
             ${b.receiptHash}::text, ${b.castAt}::timestamp(3), ${b.networkPrefix}::text, ${b.userAgentHash}::text
      WHERE EXISTS (
        SELECT 1 FROM "Finalist" f
        JOIN "Category" c ON c."id" = f."categoryId"
        JOIN "Programme" p ON p."id" = c."programmeId"
        JOIN "Nomination" n ON n."id" = f."nominationId"
        WHERE f."id" = ${b.finalistId}::text AND c."id" = ${b.categoryId}::text AND p."id" = ${b.programmeId}::text
          AND p."phase" = 'public_vote' AND n."status" = 'eligible')
      AND EXISTS (SELECT 1 FROM "Voter" v WHERE v."id" = ${b.voterId}::text AND v."programmeId" = ${b.programmeId}::text)
      AND (SELECT COUNT(*) FROM "Ballot" r WHERE r."programmeId" = ${b.programmeId}::text AND r."networkPrefix" = ${b.networkPrefix}::text
           AND r."castAt" > ${since}::timestamp(3)) < ${limit}::int
      ON CONFLICT DO NOTHING`;
  }
  return db.$executeRaw`
    INSERT INTO "Ballot" ("id", "programmeId", "categoryId", "voterId", "finalistId", "slot", "receiptHash", "castAt", "networkPrefix", "userAgentHash")
    SELECT ${b.id}, ${b.programmeId}, ${b.categoryId}, ${b.voterId}, ${b.finalistId}, ${b.slot},
           ${b.receiptHash}, ${b.castAt}, ${b.networkPrefix}, ${b.userAgentHash}
    WHERE EXISTS (
      SELECT 1 FROM "Finalist" f
      JOIN "Category" c ON c."id" = f."categoryId"
      JOIN "Programme" p ON p."id" = c."programmeId"
      JOIN "Nomination" n ON n."id" = f."nominationId"
      WHERE f."id" = ${b.finalistId} AND c."id" = ${b.categoryId} AND p."id" = ${b.programmeId}
        AND p."phase" = 'public_vote' AND n."status" = 'eligible')
    AND EXISTS (SELECT 1 FROM "Voter" v WHERE v."id" = ${b.voterId} AND v."programmeId" = ${b.programmeId})
    AND (SELECT COUNT(*) FROM "Ballot" r WHERE r."programmeId" = ${b.programmeId} AND r."networkPrefix" = ${b.networkPrefix}
         AND r."castAt" > ${since}) < ${limit}
    ON CONFLICT DO NOTHING`;
}
