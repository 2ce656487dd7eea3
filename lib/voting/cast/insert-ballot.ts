import "server-only";
import type { Db } from "@/lib/db";
import { resolveDatabase } from "@/lib/db/database-url";

// The vote itself: ONE statement that inserts the ballot only if, at that
// instant, the programme is in its public vote, the finalist belongs to the
// category and is still in play, the voter belongs to the programme, and the
// voter's network is under its limit. The unique keys (voter, category, slot)
// and (voter, finalist) make a second vote a no-op (ON CONFLICT DO NOTHING)
// rather than a read-then-write race. It writes 0 or 1 rows; cast-vote.ts
// works out why when it is 0.
//
// Raw SQL because Prisma cannot express a guarded insert. The statement is the
// same on both databases except for PostgreSQL's parameter types. It runs two
// ways: inside a Prisma transaction (several choices, a changed vote) and,
// for a first vote, through ballot-writer.ts's prepared statement.

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

type Param = keyof BallotRow | keyof NetworkLimit;
export type Dialect = "sqlite" | "postgresql";

const PG_TYPES: Record<Param, string> = {
  id: "text", programmeId: "text", categoryId: "text", voterId: "text", finalistId: "text", slot: "int", receiptHash: "text",
  castAt: "timestamp(3)", networkPrefix: "text", userAgentHash: "text", since: "timestamp(3)", limit: "int",
};

function build(dialect: Dialect): { sql: string; order: Param[] } {
  const order: Param[] = [];
  const p = (name: Param) => {
    order.push(name);
    return dialect === "postgresql" ? `$${order.length}::${PG_TYPES[name]}` : "?";
  };
  const sql = `INSERT INTO "Ballot" ("id", "programmeId", "categoryId", "voterId", "finalistId", "slot", "receiptHash", "castAt", "networkPrefix", "userAgentHash")
SELECT ${p("id")}, ${p("programmeId")}, ${p("categoryId")}, ${p("voterId")}, ${p("finalistId")}, ${p("slot")}, ${p("receiptHash")}, ${p("castAt")}, ${p("networkPrefix")}, ${p("userAgentHash")}
WHERE EXISTS (
  SELECT 1 FROM "Finalist" f
  JOIN "Category" c ON c."id" = f."categoryId"
  JOIN "Programme" p ON p."id" = c."programmeId"
  JOIN "Nomination" n ON n."id" = f."nominationId"
  WHERE f."id" = ${p("finalistId")} AND c."id" = ${p("categoryId")} AND p."id" = ${p("programmeId")}
    AND p."phase" = 'public_vote' AND n."status" = 'eligible')
AND EXISTS (SELECT 1 FROM "Voter" v WHERE v."id" = ${p("voterId")} AND v."programmeId" = ${p("programmeId")})
AND (SELECT COUNT(*) FROM "Ballot" r WHERE r."programmeId" = ${p("programmeId")} AND r."networkPrefix" = ${p("networkPrefix")}
     AND r."castAt" > ${p("since")}) < ${p("limit")}
ON CONFLICT DO NOTHING`;
  return { sql, order };
}

const BUILT = { sqlite: build("sqlite"), postgresql: build("postgresql") };

/** The statement for one dialect: `?` placeholders for SQLite, typed `$n` for PostgreSQL. */
export function guardedInsertSql(dialect: Dialect): string {
  return BUILT[dialect].sql;
}

/** The statement's parameters in placeholder order; `date` turns each Date into what the driver at hand expects. */
export function guardedInsertValues<D>(dialect: Dialect, row: BallotRow, limit: NetworkLimit, date: (d: Date) => D): (string | number | null | D)[] {
  const all = { ...row, ...limit };
  return BUILT[dialect].order.map((name) => {
    const value = all[name];
    return value instanceof Date ? date(value) : value;
  });
}

let provider: Dialect | undefined;

/** The guarded insert through Prisma, for use inside a transaction (`tx`). */
export async function insertBallot(db: Pick<Db, "$executeRawUnsafe">, row: BallotRow, limit: NetworkLimit): Promise<number> {
  provider ??= resolveDatabase(process.env).provider;
  return db.$executeRawUnsafe(guardedInsertSql(provider), ...guardedInsertValues(provider, row, limit, (d) => d));
}
