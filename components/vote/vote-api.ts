"use client";
// The browser's side of the vote's route handlers (app/api/vote/[slug]/*):
// JSON in, JSON out, never a thrown error for an answer the person should read.

export interface VoteAnswer {
  ok: boolean;
  reason?: string;
  /** The form field the problem belongs to. */
  field?: string;
  /** Already in the person's language. */
  message?: string;
  receiptCode?: string;
  /** One per chosen finalist (several votes per category). */
  receiptCodes?: string[];
  changed?: boolean;
}

export interface VoterStatus {
  verified: boolean;
  district: string | null;
  votedCategoryIds: string[];
}

const base = (slug: string) => `/api/vote/${encodeURIComponent(slug)}`;

/** POSTs to /api/vote/<slug>/<action>; a network failure answers { ok: false, reason: "network" }. */
export async function postVote(slug: string, action: "email-code" | "verify" | "voting-code" | "ballots", body: unknown): Promise<{ status: number; answer: VoteAnswer }> {
  try {
    const response = await fetch(`${base(slug)}/${action}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const answer = (await response.json().catch(() => ({ ok: response.ok }))) as VoteAnswer;
    return { status: response.status, answer };
  } catch {
    return { status: 0, answer: { ok: false, reason: "network" } };
  }
}

export async function fetchVoterStatus(slug: string): Promise<VoterStatus | null> {
  try {
    const response = await fetch(`${base(slug)}/status`, { cache: "no-store" });
    if (!response.ok) return null;
    return (await response.json()) as VoterStatus;
  } catch {
    return null;
  }
}
