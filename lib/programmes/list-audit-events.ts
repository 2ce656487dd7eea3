import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";

export const AUDIT_PAGE_SIZE = 25;

export interface AuditEntry {
  id: string;
  seq: number;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  /** null for changes the system made on its own (scheduled phase changes). */
  actor: { id: string; name: string | null; email: string } | null;
  data: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  page: number;
  pageCount: number;
  total: number;
  /** For the filters: every action and every actor that appears in this programme's log. */
  actions: string[];
  actors: { id: string; name: string | null; email: string }[];
}

/** One programme's audit log, newest first, optionally filtered by action and by actor ("system" for scheduled changes). */
export async function listAuditEvents({
  actor,
  programmeId,
  page = 1,
  action,
  actorId,
}: {
  actor: SessionUser | null;
  programmeId: string;
  page?: number;
  action?: string;
  actorId?: string;
}): Promise<AuditPage> {
  if (!actor) authorize(actor, "audit.view");
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true } });
  if (!programme) throw new AppError("not_found", "No such programme.");
  authorize(actor, "audit.view", { programmeId: programme.id });

  const where = {
    programmeId,
    ...(action ? { action } : {}),
    ...(actorId === "system" ? { actorId: null } : actorId ? { actorId } : {}),
  };
  const [total, actionRows, actorRows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where: { programmeId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({
      where: { programmeId, actorId: { not: null } },
      distinct: ["actorId"],
      select: { actor: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { seq: "desc" },
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  return {
    entries: rows.map((r) => ({
      id: r.id,
      seq: r.seq,
      createdAt: r.createdAt,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      actor: r.actor,
      data: r.data,
    })),
    page: current,
    pageCount,
    total,
    actions: actionRows.map((r) => r.action),
    actors: actorRows.flatMap((r) => (r.actor ? [r.actor] : [])).sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email)),
  };
}
