import { z } from "zod";
import { storeUpload } from "@/lib/attachments/store-upload";
import { MULTIPART_OVERHEAD_BYTES, UPLOAD_LIMITS, maxUploadBytes, uploadLimitValues } from "@/lib/attachments/upload-limits";
import { refusalOf } from "@/lib/attachments/upload-refusal";
import { isSameOriginRequest, readBodyCapped, uploadTranslator } from "@/lib/attachments/upload-request";
import { UNKNOWN_IP, clientIp, ipRateLimitSubject } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";

// The public form uploads each file as soon as it is chosen, before the
// submission exists (multipart: file, kind). The answer carries a token the
// browser sends with the submission to attach the file (claimUploads).

const ZUploadForm = z.object({
  file: z.instanceof(File),
  kind: z.enum(["photo", "document"]),
});

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export async function POST(request: Request): Promise<Response> {
  const t = await uploadTranslator(request.headers);
  const fail = (reason: string, status: number, headers?: Record<string, string>) =>
    json({ error: reason, message: t(`errors.${reason}`, uploadLimitValues()) }, status, headers);

  if (!isSameOriginRequest(request.headers)) return fail("cross_origin", 403);
  const ip = clientIp(request.headers);
  const limit = await hitRateLimit({
    key: `upload:ip:${ipRateLimitSubject(ip)}`,
    ...(ip === UNKNOWN_IP ? UPLOAD_LIMITS.unknownIpRateLimit : UPLOAD_LIMITS.rateLimit),
  });
  if (!limit.allowed) return fail("rate_limited", 429, { "Retry-After": String(Math.ceil(limit.retryAfterMs / 1000)) });

  const maxBytes = maxUploadBytes();
  const body = await readBodyCapped(request, maxBytes + MULTIPART_OVERHEAD_BYTES);
  if (!body) return fail("too_large", 413);
  const form = await new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } })
    .formData()
    .catch(() => null);
  const parsed = ZUploadForm.safeParse({ file: form?.get("file"), kind: form?.get("kind") });
  if (!parsed.success) return fail("invalid_request", 400);
  if (parsed.data.file.size > maxBytes) return fail("too_large", 413);

  try {
    const bytes = Buffer.from(await parsed.data.file.arrayBuffer());
    const { token, kind, mimeType, width, height, sizeBytes } = await storeUpload({ bytes, kind: parsed.data.kind });
    return json({ token, kind, mimeType, width, height, sizeBytes }, 201);
  } catch (error) {
    const reason = refusalOf(error);
    if (reason) return fail(reason, reason === "too_large" ? 413 : 400);
    console.error("[uploads] storing an upload failed:", error);
    return fail("failed", 500);
  }
}
