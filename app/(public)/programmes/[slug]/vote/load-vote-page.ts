import "server-only";
import { cache } from "react";
import { getPublicProgramme } from "@/lib/programmes/get-public-programme";
import { loadVoteContext } from "@/lib/voting/context/vote-context";

// Metadata and page read the same vote context once per request.
export const loadContext = cache((slug: string) => loadVoteContext(slug));

/** When the results are due (the organiser's results_published date), for the "vote has closed" notice. */
export const loadResultsDate = cache(async (slug: string): Promise<Date | null> => {
  const programme = await getPublicProgramme({ slug });
  return programme?.timeline.find((e) => e.phase === "results_published")?.startsAt ?? null;
});

/** When this page was rendered: the email form sends it back, and bots that answer at once are refused. */
export function renderedAt(): number {
  return Date.now();
}
