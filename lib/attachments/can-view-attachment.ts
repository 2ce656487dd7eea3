// Who may open an attached file. Pure, so every case is a unit test.
// Organisers who may see personal data in the programme see every file.
// Jurors of the category see a file only once its nomination has reached the
// jury (lib/nominations/reaches-jury.ts), and never a file answering a
// question meant for organisers only. A merged nomination's files travel with
// the nomination it was merged into, as its story does. A juror who declared
// a conflict sees none, and in blind mode no juror sees the photo. Everyone else: no.
import type { SessionUser } from "@/lib/auth/session-user";
import { reachesJury, type JuryGateFacts } from "@/lib/nominations/reaches-jury";
import { can } from "@/lib/permissions/can";

export interface NominationGate extends JuryGateFacts {
  programmeId: string;
  categoryId: string;
}

export interface AttachmentFacts {
  nomination: NominationGate;
  /** For a merged nomination: the one it was merged into. */
  mergedInto: NominationGate | null;
  /** Visibility of the question the file answers; null when it answers none. "missing" when that question is gone. */
  questionVisibility: string | null;
  /** The actor declared a conflict of interest on the nomination (or the one it was merged into). */
  actorConflicted?: boolean;
  /** The programme hides names and photos from jurors, and this file is the nominee's photo. */
  blindPhoto?: boolean;
}

function jurorSees(actor: SessionUser, n: NominationGate): boolean {
  return reachesJury(n) && can(actor, "nomination.score", { programmeId: n.programmeId, categoryId: n.categoryId });
}

export function canViewAttachment(actor: SessionUser | null | undefined, facts: AttachmentFacts): boolean {
  if (!actor) return false;
  const { nomination } = facts;
  if (can(actor, "nomination.viewPersonal", { programmeId: nomination.programmeId, categoryId: nomination.categoryId })) return true;
  if (facts.questionVisibility !== null && facts.questionVisibility !== "jury" && facts.questionVisibility !== "public") return false;
  // A conflicted juror sees nothing of the nomination; blind mode hides the photo from every juror.
  if (facts.actorConflicted || facts.blindPhoto) return false;
  if (jurorSees(actor, nomination)) return true;
  return nomination.status === "merged" && facts.mergedInto !== null && jurorSees(actor, facts.mergedInto);
}
