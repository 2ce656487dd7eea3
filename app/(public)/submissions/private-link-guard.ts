import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import { issueMessage } from "@/components/submission/issue-message";
import { ipRateLimitSubject, UNKNOWN_IP, clientIp } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import type { SubmissionIssue } from "@/lib/validation/submission";

// Shared by the actions behind the private emailed links (submission, consent,
// guardian): each link's buttons are public writes, so each is limited per
// client address, and each reads its token from the form the same way.

const WINDOW_MS = 10 * 60 * 1000;
/** Per action and address; every visitor shares one "unknown" bucket without TRUSTED_PROXY_HEADER, so that one is wider. */
export const PRIVATE_LINK_LIMIT = { limit: 30, windowMs: WINDOW_MS };
export const PRIVATE_LINK_UNKNOWN_IP_LIMIT = { limit: 600, windowMs: WINDOW_MS };

export async function privateLinkRateLimited(action: string): Promise<boolean> {
  const ip = clientIp(await headers());
  const limit = ip === UNKNOWN_IP ? PRIVATE_LINK_UNKNOWN_IP_LIMIT : PRIVATE_LINK_LIMIT;
  const { allowed } = await hitRateLimit({ key: `private-link:${action}:ip:${ipRateLimitSubject(ip)}`, ...limit });
  return !allowed;
}

const ZToken = z.string().trim().min(1).max(100);

/** The token the form carries; "-" (a link that never works) when it is missing or absurd. */
export function tokenFrom(formData: FormData): string {
  const parsed = ZToken.safeParse(formData.get("token"));
  return parsed.success ? parsed.data : "-";
}

/** The page of a link: where refused or replayed tokens land (it answers 404 with the dead-link page). */
export function linkPath(base: "submissions" | "consent" | "guardian", token: string, suffix = ""): string {
  return `/${base}/${encodeURIComponent(token)}${suffix}`;
}

/** Form issues (keys under `submission.errors`, as the public form words them) as messages next to the fields. */
export async function fieldErrorsOf(issues: SubmissionIssue[], who: "nomination" | "application"): Promise<Record<string, string>> {
  const [t, locale] = await Promise.all([getTranslations("submission"), getLocale()]);
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (!out[issue.path]) out[issue.path] = issueMessage(t as unknown as Parameters<typeof issueMessage>[0], issue, { kind: who, locale });
  }
  return out;
}
