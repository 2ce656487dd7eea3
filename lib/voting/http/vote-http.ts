import "server-only";
import { createTranslator } from "next-intl";
import { authSettings } from "@/lib/auth/auth-settings";
import { isSameOriginRequest, readBodyCapped, requestLocale } from "@/lib/attachments/upload-request";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { CastRefusal } from "@/lib/voting/cast/cast-vote";
import type { VerifyField, VerifyRefusal } from "@/lib/voting/verify/verify-result";

// The public vote's JSON endpoints share one way of answering: a status code a
// script can act on (429 with Retry-After for limits, 409 for "already voted")
// and a message in the voter's language for the page to show next to `field`.

export type VoteRefusal = CastRefusal | VerifyRefusal | "cross_origin";

const STATUS: Record<VoteRefusal, number> = {
  invalid_input: 400,
  unknown_programme: 404,
  not_open: 403,
  closed: 403,
  cross_origin: 403,
  invalid_email: 400,
  disposable_email: 400,
  not_on_list: 403,
  staff: 403,
  unknown_area: 400,
  too_fast: 400,
  rate_limited: 429,
  locked: 429,
  malformed_code: 400,
  no_code: 400,
  wrong_code: 400,
  code_expired: 400,
  code_used: 400,
  malformed_voting_code: 400,
  unknown_voting_code: 400,
  voting_code_used: 400,
  not_verified: 401,
  not_finalist: 400,
  too_many: 400,
  wrong_area: 403,
  already_voted: 409,
};

export function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** The request body as JSON, or null when it is not JSON or larger than a ballot could be (read no further than that). */
export async function readJsonBody(request: Request, maxBytes = 4096): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  let text: string | null;
  if (Number.isFinite(declared)) {
    // The runtime stops a body at its declared length, so a small declared length is safe to read whole (and faster).
    text = declared <= maxBytes ? await request.text().catch(() => null) : null;
  } else {
    const bytes = await readBodyCapped(request, maxBytes).catch(() => null);
    text = bytes && new TextDecoder().decode(bytes);
  }
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function isCrossOrigin(request: Request): boolean {
  return !isSameOriginRequest(request.headers, authSettings().publicUrl);
}

export async function refusalResponse(
  request: Request,
  reason: VoteRefusal,
  { field = "form", retryAfterMs, triesLeft }: { field?: VerifyField; retryAfterMs?: number; triesLeft?: number } = {},
): Promise<Response> {
  const locale = requestLocale(request.headers) ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "vote.errors" });
  const minutes = Math.max(1, Math.ceil((retryAfterMs ?? 0) / 60_000));
  const message = (t as unknown as (k: string, v: Record<string, number>) => string)(reason, { minutes, tries: triesLeft ?? 0 });
  const headers: Record<string, string> = retryAfterMs ? { "Retry-After": String(Math.ceil(retryAfterMs / 1000)) } : {};
  return json({ ok: false, reason, field, message, ...(triesLeft !== undefined ? { triesLeft } : {}) }, STATUS[reason], headers);
}

/** Whether the request carries an Auth.js staff session at all (only then is it worth looking up). */
export function hasStaffSessionCookie(request: Request): boolean {
  return /(?:^|;\s*)(?:__Secure-|__Host-)?authjs\.session-token/.test(request.headers.get("cookie") ?? "");
}
