import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";

export const OUTBOX_PAGE_SIZE = 25;

export interface OutboxListItem {
  id: string;
  toAddress: string;
  subject: string;
  kind: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxPage {
  items: OutboxListItem[];
  page: number;
  pageCount: number;
  total: number;
}

/** Stored emails, newest first. Admins only: they contain other people's addresses and sign-in links. */
export async function listOutboxEmails({
  db = defaultDb,
  actor,
  page = 1,
  pageSize = OUTBOX_PAGE_SIZE,
}: {
  db?: Db;
  actor: SessionUser | null;
  page?: number;
  pageSize?: number;
}): Promise<OutboxPage> {
  authorize(actor, "outbox.view");
  const total = await db.outboxEmail.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const items = await db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: { id: true, toAddress: true, subject: true, kind: true, status: true, createdAt: true, sentAt: true },
  });
  return { items, page: current, pageCount, total };
}

export interface OutboxEmailDetail extends OutboxListItem {
  text: string;
  html: string | null;
  error: string | null;
}

export async function getOutboxEmail({ db = defaultDb, actor, id }: { db?: Db; actor: SessionUser | null; id: string }): Promise<OutboxEmailDetail> {
  authorize(actor, "outbox.view");
  const email = await db.outboxEmail.findUnique({
    where: { id },
    select: { id: true, toAddress: true, subject: true, kind: true, status: true, createdAt: true, sentAt: true, text: true, html: true, error: true },
  });
  if (!email) throw new AppError("not_found", "No such email.");
  return email;
}
