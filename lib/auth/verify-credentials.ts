import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_LOCKOUT, PASSWORD_SIGN_IN_PER_IP, passwordLockoutKey, passwordSignInIpKey } from "@/lib/auth/sign-in-limits";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { clearFailures, isLockedOut, recordFailure } from "@/lib/rate-limit/lockout";
import { normalizeEmail } from "@/lib/validation/auth";

export interface VerifiedStaff {
  id: string;
  email: string;
  name: string | null;
}

/**
 * Why a sign-in was refused. For logs and tests only: the person is always
 * told the same "Email or password is wrong", so nobody learns whether an
 * address has an account or is locked.
 */
export type CredentialsRefusal = "wrong" | "locked" | "rate_limited";

export type CredentialsResult = { ok: true; user: VerifiedStaff } | { ok: false; reason: CredentialsRefusal };

export async function verifyCredentials({
  db = defaultDb,
  email,
  password,
  ip,
  now = new Date(),
}: {
  db?: Db;
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<CredentialsResult> {
  const address = normalizeEmail(email);
  const perIp = await hitRateLimit({ key: passwordSignInIpKey(ip), ...PASSWORD_SIGN_IN_PER_IP, now, db });
  if (!perIp.allowed) return { ok: false, reason: "rate_limited" };
  const lockKey = passwordLockoutKey(address);
  if (await isLockedOut({ key: lockKey, policy: PASSWORD_LOCKOUT, now, db })) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const usable = user && !user.disabledAt && user.passwordHash;
  const matches = usable ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password);
  if (!user || !usable || !matches) {
    // Unknown addresses count too: the lock-out must not reveal which ones exist.
    await recordFailure({ key: lockKey, policy: PASSWORD_LOCKOUT, now, db });
    return { ok: false, reason: "wrong" };
  }

  await clearFailures({ key: lockKey, policy: PASSWORD_LOCKOUT, now, db });
  if (needsRehash(user.passwordHash!)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
