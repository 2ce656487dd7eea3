import { requestLocale } from "@/lib/attachments/upload-request";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { isCrossOrigin, json, readJsonBody, refusalResponse } from "@/lib/voting/http/vote-http";
import { requestEmailCode } from "@/lib/voting/verify/request-email-code";

// Step one of the email check: sends a six-digit code. Body: { email, district?, website, startedAt }.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  if (isCrossOrigin(request)) return refusalResponse(request, "cross_origin");
  const { slug } = await params;
  const result = await requestEmailCode({ slug, input: await readJsonBody(request), ip: clientIp(request.headers), locale: requestLocale(request.headers) });
  if (!result.ok) return refusalResponse(request, result.reason, result);
  return json({ ok: true }, 202);
}
