// No "server-only" here: the `audit:verify` script runs it outside Next.
import type { Db } from "@/lib/db/create-client";
import { verifyChain, type ChainProblem } from "@/lib/audit/audit-hash";

/** Reads the whole log in seq order and checks every link of the chain. */
export async function verifyAuditLog(db: Db): Promise<{ entries: number; problem: ChainProblem | null }> {
  const rows = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
  const entries = rows.map((r) => ({ ...r, data: r.data ?? null }));
  return { entries: rows.length, problem: verifyChain(entries) };
}
