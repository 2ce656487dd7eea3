import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { ZDecisionMode, ZPhase, type DecisionMode, type Phase } from "@/lib/validation/statuses";
import { hasPublicVote, VOTABLE_NOMINATION_STATUS, voteStatus, type VoteStatus } from "@/lib/voting/context/vote-status";
import { PHOTO_CONSENT_SELECT, photoAllowed } from "@/lib/voting/finalists/photo-allowed";

// Everything the public vote needs to know about a programme, in one read:
// the rules, the window and the finalists who may receive votes. The casting
// path reads it from a per-instance cache that lives one second, so a vote
// costs one database write; whatever must be exact across instances (the
// phase, the finalist belonging to the category) is checked again inside
// that write (cast-vote.ts).

export interface VoteFinalist {
  id: string;
  publicName: string;
  publicSummary: string;
  publicDistrict: string | null;
  hasPhoto: boolean;
}

export interface VoteCategory {
  id: string;
  name: string;
  description: string;
  /** Districts or postcodes whose residents may vote here; null means anyone. */
  voteAreas: string[] | null;
  finalists: VoteFinalist[];
}

export interface VoteContext {
  programme: {
    id: string;
    slug: string;
    name: string;
    edition: string;
    city: string;
    timeZone: string;
    defaultLocale: string;
    phase: Phase;
    decisionMode: DecisionMode;
    voteVerification: "email" | "allow_list";
    votesPerCategory: number;
    voteChangeAllowed: boolean;
    staffMayVote: boolean;
    /** combined programmes: the weights of the jury's and the public's ranking, in percent. */
    juryWeight: number;
    publicWeight: number;
    opensAt: Date | null;
    closesAt: Date | null;
  };
  status: VoteStatus;
  categories: VoteCategory[];
  /** Every area any category names, sorted: what the district question offers. */
  areas: string[];
}

const ZAreas = z.array(z.string().trim().min(1).max(100)).max(500);

export { VOTABLE_NOMINATION_STATUS };

export function parseVoteAreas(raw: unknown): string[] | null {
  const parsed = ZAreas.safeParse(raw);
  return parsed.success && parsed.data.length > 0 ? parsed.data : null;
}

async function readVoteContext(slug: string, now: Date): Promise<VoteContext | null> {
  const found = await db.programme.findUnique({ where: { slug }, select: { id: true } });
  if (!found) return null;
  await applyScheduledTransitions({ programmeId: found.id }, now);
  const p = await db.programme.findUnique({
    where: { id: found.id },
    select: {
      id: true, slug: true, name: true, edition: true, city: true, timeZone: true, defaultLocale: true, phase: true,
      decisionMode: true, juryWeight: true, publicWeight: true, voteVerification: true, votesPerCategory: true, voteChangeAllowed: true, staffMayVote: true,
      phases: { where: { phase: "public_vote" }, select: { startsAt: true, endsAt: true } },
      categories: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true, name: true, description: true, voteAreas: true,
          finalists: {
            where: { nomination: { status: VOTABLE_NOMINATION_STATUS } },
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { id: true, publicName: true, publicSummary: true, publicDistrict: true, photoKey: true, nomination: { select: { status: true, anonymisedAt: true, consent: { select: PHOTO_CONSENT_SELECT } } } },
          },
        },
      },
    },
  });
  if (!p) return null;
  const phase = ZPhase.catch("draft").parse(p.phase);
  const decisionMode = ZDecisionMode.catch("jury_only").parse(p.decisionMode);
  if (phase === "draft" || !hasPublicVote(decisionMode)) return null;
  const window = { opensAt: p.phases[0]?.startsAt ?? null, closesAt: p.phases[0]?.endsAt ?? null };
  const categories = p.categories.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    voteAreas: parseVoteAreas(c.voteAreas),
    finalists: c.finalists.map((f) => ({ id: f.id, publicName: f.publicName, publicSummary: f.publicSummary, publicDistrict: f.publicDistrict, hasPhoto: photoAllowed(f) })),
  }));
  return {
    programme: {
      id: p.id, slug: p.slug, name: p.name, edition: p.edition, city: p.city, timeZone: p.timeZone, defaultLocale: p.defaultLocale,
      phase, decisionMode,
      voteVerification: p.voteVerification === "allow_list" ? "allow_list" : "email",
      votesPerCategory: p.votesPerCategory, voteChangeAllowed: p.voteChangeAllowed, staffMayVote: p.staffMayVote,
      juryWeight: p.juryWeight, publicWeight: p.publicWeight,
      ...window,
    },
    status: voteStatus(phase, window, now),
    categories,
    areas: [...new Set(categories.flatMap((c) => c.voteAreas ?? []))].sort((a, b) => a.localeCompare(b)),
  };
}

const CACHE_MS = 1000;
const cache = new Map<string, { at: number; value: Promise<VoteContext | null> }>();

/**
 * The vote context of a programme, or null for unknown slugs, drafts and
 * programmes without a public vote. `maxAgeMs` > 0 accepts a copy read that
 * recently by this instance; its status is recomputed for `now` either way.
 */
export async function loadVoteContext(slug: string, { now = new Date(), maxAgeMs = 0 }: { now?: Date; maxAgeMs?: number } = {}): Promise<VoteContext | null> {
  const hit = cache.get(slug);
  let value: Promise<VoteContext | null>;
  if (hit && maxAgeMs > 0 && now.getTime() - hit.at < Math.min(maxAgeMs, CACHE_MS)) {
    value = hit.value;
  } else {
    value = readVoteContext(slug, now);
    cache.set(slug, { at: now.getTime(), value });
    value.catch(() => cache.delete(slug));
    if (cache.size > 500) cache.delete(cache.keys().next().value!);
  }
  const context = await value;
  return context && { ...context, status: voteStatus(context.programme.phase, context.programme, now) };
}

export function findVoteCategory(context: VoteContext, categoryId: string): VoteCategory | undefined {
  return context.categories.find((c) => c.id === categoryId);
}
