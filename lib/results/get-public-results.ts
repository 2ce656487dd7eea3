import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { ZDecisionMode, ZPhase, type DecisionMode } from "@/lib/validation/statuses";
import { loadVoteCount } from "@/lib/voting/admin/load-vote-count";
import { recountPublic } from "@/lib/voting/admin/vote-stage";
import { integritySummary, type IntegritySummary } from "@/lib/voting/tally/integrity-summary";
import { PHOTO_CONSENT_SELECT, photoAllowed } from "@/lib/voting/finalists/photo-allowed";
import { tallyCategory } from "@/lib/voting/tally/tally-category";

export type PublicResultPrize = { kind: "money"; amountMinor: number; currency: string; description: string | null } | { kind: "other"; description: string } | null;

/** A finalist as the public sees them: only the profile they agreed to, never the nomination. */
export interface PublicResultFinalist {
  finalistId: string;
  name: string;
  summary: string;
  district: string | null;
  /** The vote photo route serves a photo for them (see load-finalist-photo.ts). */
  hasPhoto: boolean;
  rank: number;
  isWinner: boolean;
  /** Counted votes; null without a public vote. */
  votes: number | null;
}

export interface PublicResultCategory {
  id: string;
  name: string;
  prize: PublicResultPrize;
  winnerCount: number;
  /** Winners first, then the other finalists, each by place. */
  finalists: PublicResultFinalist[];
  /** Counted votes in the category; null without a public vote. */
  counted: number | null;
}

export interface PublicResults {
  programme: { slug: string; name: string; edition: string; city: string; decisionMode: DecisionMode };
  categories: PublicResultCategory[];
  /** The vote's integrity summary; null without a public vote. */
  integrity: IntegritySummary | null;
}

function toPrize(amountMinor: number | null, currency: string | null, description: string | null): PublicResultPrize {
  const text = description?.trim() || null;
  if (amountMinor != null && currency) return { kind: "money", amountMinor, currency, description: text };
  return text ? { kind: "other", description: text } : null;
}

/**
 * The published results of a programme, or null: null for an unknown slug
 * and for every phase before results_published, so nothing can be learnt
 * early. Only Result rows with a publication date appear. Finalists appear as
 * their public profile (Finalist.public*), with vote counts and the integrity
 * summary only when the programme held a public vote.
 */
export async function getPublicResults({ slug, db = defaultDb }: { slug: string; db?: Db }): Promise<PublicResults | null> {
  const p = await db.programme.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, edition: true, city: true, phase: true, decisionMode: true } });
  const phase = ZPhase.catch("draft").parse(p?.phase);
  if (!p || !recountPublic(phase)) return null;
  const decisionMode = ZDecisionMode.catch("jury_only").parse(p.decisionMode);
  const withVote = decisionMode !== "jury_only";

  const categories = await db.category.findMany({
    where: { programmeId: p.id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      winnerCount: true,
      prizeAmountMinor: true,
      prizeCurrency: true,
      prizeDescription: true,
      results: { where: { publishedAt: { not: null } }, orderBy: [{ rank: "asc" }, { nominationId: "asc" }], select: { nominationId: true, rank: true, isWinner: true } },
      finalists: {
        select: {
          id: true,
          nominationId: true,
          publicName: true,
          publicSummary: true,
          publicDistrict: true,
          photoKey: true,
          nomination: { select: { status: true, anonymisedAt: true, consent: { select: PHOTO_CONSENT_SELECT } } },
        },
      },
    },
  });

  const votes = new Map<string, number>();
  const counted = new Map<string, number>();
  let integrity: IntegritySummary | null = null;
  if (withVote) {
    const count = await loadVoteCount(db, { id: p.id, phase });
    const tallies = count.categories.map((c) => ({ categoryId: c.categoryId, ...tallyCategory({ finalistIds: c.finalists.map((f) => f.id), ballots: c.ballots }) }));
    for (const tally of tallies) {
      counted.set(tally.categoryId, tally.counted);
      for (const f of tally.finalists) votes.set(f.finalistId, f.votes);
    }
    integrity = integritySummary(tallies, count.quarantines);
  }

  const published = categories.filter((c) => c.results.length > 0);
  return {
    programme: { slug: p.slug, name: p.name, edition: p.edition, city: p.city, decisionMode },
    categories: published.map((c) => {
      const byNomination = new Map(c.finalists.map((f) => [f.nominationId, f]));
      const finalists = c.results.flatMap((r): PublicResultFinalist[] => {
        const f = byNomination.get(r.nominationId);
        if (!f || f.nomination.anonymisedAt) return [];
        // The same rule as the vote photo route: a photo only while the nominee's accepted consent allows it.
        const hasPhoto = withVote && photoAllowed(f);
        return [{ finalistId: f.id, name: f.publicName, summary: f.publicSummary, district: f.publicDistrict, hasPhoto, rank: r.rank, isWinner: r.isWinner, votes: withVote ? (votes.get(f.id) ?? 0) : null }];
      });
      return {
        id: c.id,
        name: c.name,
        prize: toPrize(c.prizeAmountMinor, c.prizeCurrency, c.prizeDescription),
        winnerCount: c.winnerCount,
        finalists: [...finalists.filter((f) => f.isWinner), ...finalists.filter((f) => !f.isWinner)],
        counted: withVote ? (counted.get(c.id) ?? 0) : null,
      };
    }),
    integrity,
  };
}
