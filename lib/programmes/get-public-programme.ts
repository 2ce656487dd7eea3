import "server-only";
import { isTransparencyPublic } from "@/lib/transparency/transparency-visibility";
import { db } from "@/lib/db";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { nominationWindow, type NominationWindow } from "@/lib/programmes/nomination-window";
import {
  PHASES,
  ZDecisionMode,
  ZNomineeKind,
  ZPhase,
  ZSubmissionMode,
  type DecisionMode,
  type Phase,
} from "@/lib/validation/statuses";
import type { z } from "zod";

export type PublicPrize =
  | { kind: "money"; amountMinor: number; currency: string; description: string | null }
  | { kind: "other"; description: string }
  | null;

export interface PublicCategory {
  id: string;
  name: string;
  description: string;
  prize: PublicPrize;
  winnerCount: number;
  finalistCount: number;
  nomineeKind: z.infer<typeof ZNomineeKind>;
  submissionMode: z.infer<typeof ZSubmissionMode>;
  minAge: number | null;
  maxAge: number | null;
  ageReferenceDate: Date | null;
}

export interface PublicTimelineEntry {
  phase: Phase;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** Everything the public programme page shows. Deliberately no nominee data. */
export interface PublicProgramme {
  id: string;
  slug: string;
  name: string;
  edition: string;
  description: string;
  city: string;
  timeZone: string;
  organiserName: string;
  organiserContact: string;
  privacyNotice: string;
  phase: Phase;
  decisionMode: DecisionMode;
  /** In the order the phases happen. */
  timeline: PublicTimelineEntry[];
  categories: PublicCategory[];
  nominations: NominationWindow;
  /** The jury's transparency record is public (lib/transparency/transparency-visibility.ts). */
  transparencyPublic: boolean;
}

/** The public view of a programme; null for unknown slugs and drafts (callers answer 404). */
export async function getPublicProgramme({ slug, now = new Date() }: { slug: string; now?: Date }): Promise<PublicProgramme | null> {
  // Scheduled phase changes take effect on read (apply-scheduled-transitions.ts).
  const scheduled = await db.programme.findUnique({ where: { slug }, select: { id: true } });
  if (scheduled) await applyScheduledTransitions({ programmeId: scheduled.id }, now);
  const row = await db.programme.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      edition: true,
      description: true,
      city: true,
      timeZone: true,
      organiserName: true,
      organiserContact: true,
      privacyNotice: true,
      phase: true,
      decisionMode: true,
      transparencyPublic: true,
      phases: { select: { phase: true, startsAt: true, endsAt: true } },
      categories: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          name: true,
          description: true,
          prizeAmountMinor: true,
          prizeCurrency: true,
          prizeDescription: true,
          winnerCount: true,
          finalistCount: true,
          nomineeKind: true,
          submissionMode: true,
          minAge: true,
          maxAge: true,
          ageReferenceDate: true,
        },
      },
    },
  });
  const phase = ZPhase.safeParse(row?.phase);
  if (!row || !phase.success || phase.data === "draft") return null;

  const timeline = row.phases
    .flatMap(({ phase, startsAt, endsAt }) => {
      const parsed = ZPhase.safeParse(phase);
      return parsed.success ? [{ phase: parsed.data, startsAt, endsAt }] : [];
    })
    .sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  const window = timeline.find((t) => t.phase === "nominations_open");

  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    edition: row.edition,
    description: row.description,
    city: row.city,
    timeZone: row.timeZone,
    organiserName: row.organiserName,
    organiserContact: row.organiserContact,
    privacyNotice: row.privacyNotice,
    phase: phase.data,
    decisionMode: ZDecisionMode.catch("jury_only").parse(row.decisionMode),
    timeline,
    categories: row.categories.map(({ prizeAmountMinor, prizeCurrency, prizeDescription, nomineeKind, submissionMode, ...c }) => ({
      ...c,
      prize: toPrize(prizeAmountMinor, prizeCurrency, prizeDescription),
      nomineeKind: ZNomineeKind.catch("individual").parse(nomineeKind),
      submissionMode: ZSubmissionMode.catch("both").parse(submissionMode),
    })),
    nominations: nominationWindow(phase.data, { opensAt: window?.startsAt ?? null, closesAt: window?.endsAt ?? null }, now),
    transparencyPublic: isTransparencyPublic({ transparencyPublic: row.transparencyPublic, phase: phase.data }),
  };
}

function toPrize(amountMinor: number | null, currency: string | null, description: string | null): PublicPrize {
  const text = description?.trim() || null;
  if (amountMinor != null && currency) return { kind: "money", amountMinor, currency, description: text };
  return text ? { kind: "other", description: text } : null;
}
