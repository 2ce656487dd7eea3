import "server-only";
import { cache } from "react";
import { getPublicProgramme } from "@/lib/programmes/get-public-programme";
import type { VoteStateNoticeProps } from "@/components/vote/vote-state-notice";
import { loadVoteContext, type VoteContext } from "@/lib/voting/context/vote-context";

// Metadata and page read the same vote context once per request.
export const loadContext = cache((slug: string) => loadVoteContext(slug));

/** When the results are due (the organiser's results_published date), for the "vote has closed" notice. */
const loadResultsDate = cache(async (slug: string): Promise<Date | null> => {
  const programme = await getPublicProgramme({ slug });
  return programme?.timeline.find((e) => e.phase === "results_published")?.startsAt ?? null;
});

/** What the before/during/after notice of every vote page needs; the results date is read only once the vote has closed. */
export async function voteNoticeProps({ programme, status }: VoteContext): Promise<VoteStateNoticeProps> {
  return {
    status,
    opensAt: programme.opensAt,
    closesAt: programme.closesAt,
    resultsAt: status === "closed" ? await loadResultsDate(programme.slug) : null,
    resultsPublished: programme.phase === "results_published" || programme.phase === "archived",
    timeZone: programme.timeZone,
  };
}

/** When this page was rendered: the email form sends it back, and bots that answer at once are refused. */
export function renderedAt(): number {
  return Date.now();
}
