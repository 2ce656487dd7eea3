import { clientIp } from "@/lib/rate-limit/client-ip";
import { castVote } from "@/lib/voting/cast/cast-vote";
import { loadVoteContext } from "@/lib/voting/context/vote-context";
import { readCookie } from "@/lib/voting/http/voter-cookie-header";
import { hasStaffSessionCookie, isCrossOrigin, json, readJsonBody, refusalResponse } from "@/lib/voting/http/vote-http";
import { voterCookieName } from "@/lib/voting/session/voter-session";

// Casts a ballot. Body: { categoryId, finalistIds }. 201 { receiptCodes } on
// success, 409 "already_voted" for a second vote. The hot path reads only the
// voter cookie and a one-second cache, then writes once (cast-vote.ts).
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  if (isCrossOrigin(request)) return refusalResponse(request, "cross_origin");
  const { slug } = await params;
  const now = new Date();
  const context = await loadVoteContext(slug, { now, maxAgeMs: 1000 });
  if (!context) return refusalResponse(request, "unknown_programme");
  const result = await castVote({
    slug,
    context,
    now,
    cookieValue: readCookie(request, voterCookieName(context.programme.id)),
    input: await readJsonBody(request),
    ip: clientIp(request.headers),
    userAgent: request.headers.get("user-agent"),
    // Only a request with a staff session pays for looking it up (Auth.js is loaded on demand).
    staff: hasStaffSessionCookie(request) ? await (await import("@/lib/auth/current-user")).getCurrentUser() : null,
  });
  if (!result.ok) return refusalResponse(request, result.reason);
  return json({ ok: true, receiptCode: result.receiptCodes[0], receiptCodes: result.receiptCodes, changed: result.changed }, result.changed ? 200 : 201);
}
