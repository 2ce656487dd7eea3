// The audit log is a hash chain: each entry's hash covers its content and the
// previous entry's hash, so editing or deleting any row breaks every later link.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditContent {
  seq: number;
  programmeId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
  createdAt: Date;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditHash(prevHash: string, c: AuditContent): string {
  // Only the content fields: rows read back carry extra columns (id, hashes).
  const content = {
    seq: c.seq,
    programmeId: c.programmeId,
    actorId: c.actorId,
    action: c.action,
    entityType: c.entityType,
    entityId: c.entityId,
    data: c.data ?? null,
    createdAt: c.createdAt.toISOString(),
  };
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}

export type ChainProblem = { seq: number; problem: "hash_mismatch" | "broken_link" | "gap" };

/** Checks entries ordered by seq; returns the first problem or null. */
export function verifyChain(entries: (AuditContent & { prevHash: string; hash: string })[]): ChainProblem | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { seq: e.seq, problem: "gap" };
    if (e.prevHash !== prev) return { seq: e.seq, problem: "broken_link" };
    if (auditHash(e.prevHash, e) !== e.hash) return { seq: e.seq, problem: "hash_mismatch" };
    prev = e.hash;
    expectedSeq += 1;
  }
  return null;
}
