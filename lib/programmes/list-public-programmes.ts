import "server-only";
import { db } from "@/lib/db";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { nominationWindow, type NominationWindow } from "@/lib/programmes/nomination-window";
import { PHASES, ZPhase, type Phase } from "@/lib/validation/statuses";

/** What the public home page shows about one programme. No nominee data. */
export interface PublicProgrammeSummary {
  slug: string;
  name: string;
  edition: string;
  city: string;
  timeZone: string;
  phase: Phase;
  nominations: NominationWindow;
}

export interface PublicProgrammeList {
  /** Programmes still under way, soonest-closing nominations first. */
  current: PublicProgrammeSummary[];
  /** Finished programmes whose winners are public, newest first. */
  past: PublicProgrammeSummary[];
}

const FINISHED: readonly Phase[] = ["results_published", "archived"];

/**
 * Lists what the public may see: never drafts, and archived programmes only
 * when they published results (an archived edition that never announced
 * winners has nothing to show and stays hidden).
 */
export async function listPublicProgrammes({ now = new Date() }: { now?: Date } = {}): Promise<PublicProgrammeList> {
  // Scheduled phase changes take effect on read (apply-scheduled-transitions.ts).
  await applyScheduledTransitions("all", now);
  const rows = await db.programme.findMany({
    where: { phase: { not: "draft" } },
    orderBy: [{ createdAt: "desc" }],
    select: {
      slug: true,
      name: true,
      edition: true,
      city: true,
      timeZone: true,
      phase: true,
      phases: { where: { phase: "nominations_open" }, select: { startsAt: true, endsAt: true } },
      categories: {
        select: { results: { where: { publishedAt: { not: null } }, select: { id: true }, take: 1 } },
      },
    },
  });

  const list: PublicProgrammeList = { current: [], past: [] };
  for (const row of rows) {
    const phase = ZPhase.safeParse(row.phase);
    // An unknown phase string is a data problem, not something to show.
    if (!phase.success || phase.data === "draft") continue;
    const hasPublishedResults = row.categories.some((c) => c.results.length > 0);
    if (phase.data === "archived" && !hasPublishedResults) continue;
    const window = row.phases[0];
    const summary: PublicProgrammeSummary = {
      slug: row.slug,
      name: row.name,
      edition: row.edition,
      city: row.city,
      timeZone: row.timeZone,
      phase: phase.data,
      nominations: nominationWindow(phase.data, { opensAt: window?.startsAt ?? null, closesAt: window?.endsAt ?? null }, now),
    };
    (FINISHED.includes(phase.data) ? list.past : list.current).push(summary);
  }
  list.current.sort(byProgress);
  return list;
}

// Open calls first (closing soonest first), then by how far along the programme is.
function byProgress(a: PublicProgrammeSummary, b: PublicProgrammeSummary): number {
  const open = (p: PublicProgrammeSummary) => (p.nominations.state === "open" ? 0 : 1);
  if (open(a) !== open(b)) return open(a) - open(b);
  if (open(a) === 0) {
    const closes = (p: PublicProgrammeSummary) => p.nominations.closesAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (closes(a) !== closes(b)) return closes(a) - closes(b);
  }
  return PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.name.localeCompare(b.name);
}
