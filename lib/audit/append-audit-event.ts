import "server-only";
import type { Db } from "@/lib/db/create-client";
import { resolveDatabase } from "@/lib/db/database-url";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { auditHash, GENESIS_HASH } from "@/lib/audit/audit-hash";

// A transaction client: the audit row is written in the same transaction as the change it records.
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface AuditInput {
  programmeId?: string | null;
  actorId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonObject | null;
}

export async function appendAuditEvent(tx: Tx, input: AuditInput, now = new Date()) {
  // PostgreSQL runs transactions side by side: take a transaction-scoped lock so
  // two appends cannot both extend the same tail. SQLite already has one writer.
  if (resolveDatabase().provider === "postgresql") {
    await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(7317000001)");
  }
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const content = {
    seq: (last?.seq ?? 0) + 1,
    programmeId: input.programmeId ?? null,
    actorId: input.actorId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    data: input.data ?? null,
    createdAt: now,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  return tx.auditEvent.create({
    data: { ...content, data: content.data ?? undefined, prevHash, hash: auditHash(prevHash, content) },
  });
}
