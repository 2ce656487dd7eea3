import "server-only";
import { randomBytes } from "node:crypto";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/create-client";
import { ZEmail } from "@/lib/validation/auth";

// The first admin of a fresh installation cannot be invited by anyone, so the
// operator creates them from the command line (scripts/create-admin.ts).

export type BootstrapAdminResult =
  | { status: "created"; email: string; oneTimePassword: string }
  | { status: "promoted"; email: string; oneTimePassword: string | null }
  | { status: "already_admin"; email: string };

/** 24 random bytes: a password nobody has to type twice, shown once and changeable later. */
function newOneTimePassword(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Creates an admin, or makes an existing account one. A new account (or one
 * without a password) gets a one-time password to print; an existing
 * password is never replaced. A disabled account is enabled again.
 */
export async function bootstrapAdmin({ db, email, name, now = new Date() }: { db: Db; email: string; name?: string | null; now?: Date }): Promise<BootstrapAdminResult> {
  const address = ZEmail.parse(email);
  const existing = await db.user.findUnique({ where: { email: address }, select: { id: true, isAdmin: true, passwordHash: true, disabledAt: true } });
  if (existing?.isAdmin && !existing.disabledAt) return { status: "already_admin", email: address };

  const oneTimePassword = existing?.passwordHash ? null : newOneTimePassword();
  const passwordHash = oneTimePassword ? await hashPassword(oneTimePassword) : undefined;
  return db.$transaction(async (tx) => {
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { isAdmin: true, disabledAt: null, ...(passwordHash ? { passwordHash } : {}) }, select: { id: true } })
      : await tx.user.create({ data: { email: address, name: name?.trim() || null, isAdmin: true, passwordHash, emailVerified: now }, select: { id: true } });
    await appendAuditEvent(
      tx,
      {
        actorId: null,
        action: existing ? "user.promoted_to_admin" : "user.admin_created",
        entityType: "user",
        entityId: user.id,
        data: { email: address, via: "command_line", passwordSet: Boolean(oneTimePassword) },
      },
      now,
    );
    return existing ? { status: "promoted" as const, email: address, oneTimePassword } : { status: "created" as const, email: address, oneTimePassword: oneTimePassword! };
  });
}
