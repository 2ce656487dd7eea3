// How hard sign-in may be tried. Per IP: generous, because a city hall's staff
// may share one address. Per email: the password lock-out, which never blocks
// the emailed-link route, so a locked-out organiser can still get in.
import { ipRateLimitSubject } from "@/lib/rate-limit/client-ip";
import type { LockoutPolicy } from "@/lib/rate-limit/lockout";

const MINUTE = 60_000;

export const PASSWORD_SIGN_IN_PER_IP = { limit: 100, windowMs: 15 * MINUTE };
export const PASSWORD_LOCKOUT: LockoutPolicy = { maxFailures: 10, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export const SIGN_IN_LINK_PER_IP = { limit: 20, windowMs: 15 * MINUTE };
/** Links sent to one address per window: enough for "it didn't arrive", too few to flood a mailbox. */
export const SIGN_IN_LINK_PER_EMAIL = { limit: 5, windowMs: 15 * MINUTE };

export const passwordSignInIpKey = (ip: string) => `sign-in:ip:${ipRateLimitSubject(ip)}`;
export const passwordLockoutKey = (email: string) => `sign-in:email:${email}`;
export const signInLinkIpKey = (ip: string) => `sign-in-link:ip:${ipRateLimitSubject(ip)}`;
export const signInLinkEmailKey = (email: string) => `sign-in-link:email:${email}`;
