import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadNominationStories, type NominationStory } from "@/lib/moderation/load-nomination-stories";
import { REACHES_JURY_WHERE } from "@/lib/nominations/reaches-jury";
import { authorize } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";

export interface JuryNomination {
  id: string;
  /** The nominee's name, or the group's; never contact details. */
  title: string;
  kind: "nomination" | "application";
  /** Its own story first, then those of nominations merged into it: every nominator is heard. */
  stories: Pick<NominationStory, "authorName" | "story">[];
}

export interface JuryCategory {
  id: string;
  name: string;
  nominations: JuryNomination[];
}

export interface JuryProgrammeView {
  programmeId: string;
  programmeName: string;
  edition: string;
  categories: JuryCategory[];
}

/**
 * The nominations a juror may see in one programme: only in the categories
 * they serve, and only those that reached the jury (moderated as eligible and
 * agreed to by the nominee, and a guardian where needed). Nothing that would
 * let a juror contact a nominee is read.
 */
export async function listJuryNominations({
  db = defaultDb,
  actor,
  programmeId,
}: {
  db?: Db;
  actor: SessionUser | null;
  programmeId: string;
}): Promise<JuryProgrammeView> {
  const me = authorize(actor, "area.jury");
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, edition: true, categories: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
  });
  if (!programme) throw new AppError("not_found", "No such programme.");
  const mine = programme.categories.filter((c) => can(me, "nomination.score", { programmeId, categoryId: c.id }));
  if (mine.length === 0) throw new AppError("forbidden", "Not a juror of this programme.");

  const rows = await db.nomination.findMany({
    where: { ...REACHES_JURY_WHERE, programmeId, categoryId: { in: mine.map((c) => c.id) } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true, categoryId: true, kind: true, nomineeKind: true, nomineeName: true, groupName: true },
  });
  const stories = new Map<string, NominationStory[]>();
  for (const n of rows) stories.set(n.id, await loadNominationStories(n.id));
  return {
    programmeId: programme.id,
    programmeName: programme.name,
    edition: programme.edition,
    categories: mine.map((c) => ({
      id: c.id,
      name: c.name,
      nominations: rows
        .filter((n) => n.categoryId === c.id)
        .map((n) => ({
          id: n.id,
          title: n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName,
          kind: n.kind === "application" ? "application" : "nomination",
          stories: (stories.get(n.id) ?? []).map(({ authorName, story }) => ({ authorName, story })),
        })),
    })),
  };
}
