import { clientIp } from "@/lib/rate-limit/client-ip";
import { setVoterCookie } from "@/lib/voting/http/voter-cookie-header";
import { isCrossOrigin, json, readJsonBody, refusalResponse } from "@/lib/voting/http/vote-http";
import { redeemVotingCode } from "@/lib/voting/verify/redeem-voting-code";

// A printed voting code instead of an email. Body: { code, district? }. Sets the voter cookie.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  if (isCrossOrigin(request)) return refusalResponse(request, "cross_origin");
  const { slug } = await params;
  const result = await redeemVotingCode({ slug, input: await readJsonBody(request), ip: clientIp(request.headers) });
  if (!result.ok) return refusalResponse(request, result.reason, result);
  return setVoterCookie(json({ ok: true }, 200), result.cookie);
}
