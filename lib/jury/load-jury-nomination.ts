import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeJuryNomination } from "@/lib/jury/authorize-jury-nomination";
import { conflictWithdrawalClosed, otherScoresVisible, scoringClosed, type ScoringClosed } from "@/lib/jury/jury-rules";
import { listCategoryNominations } from "@/lib/jury/list-category-nominations";
import { loadJuryDetails, type JuryNominationDetails } from "@/lib/jury/load-jury-details";
import { loadOtherSheets, type OtherJurorSheet } from "@/lib/jury/load-other-sheets";
import type { ScoreEntry } from "@/lib/jury/score-sheet-input";
import type { ConflictReason } from "@/lib/jury/conflict-input";

export type JuryStep = "conflict_check" | "conflicted" | "details";

export interface NominationLink {
  id: string;
  number: number;
  /** null in blind mode. */
  title: string | null;
}

export interface JuryNominationView {
  programme: { id: string; name: string; edition: string; phase: string; timeZone: string; blind: boolean; scoresVisibility: string };
  category: { id: string; name: string; scale: { min: number; max: number }; criteria: { id: string; name: string; description: string; weight: number }[] };
  deadline: Date | null;
  /** Null while this juror can save, submit and reopen. */
  closed: ScoringClosed | null;
  nomination: NominationLink & { total: number; kind: "nomination" | "application" };
  /**
   * conflict_check: only the title is shown, the juror declares a conflict or
   * continues; conflicted: they never see more; details: the nomination and the form.
   */
  step: JuryStep;
  conflict: {
    id: string;
    reason: ConflictReason;
    /** Only when the juror wrote it themself. */
    note: string | null;
    declaredByMe: boolean;
    createdAt: Date;
    /** Null while the juror may withdraw it. */
    withdrawClosed: ScoringClosed | null;
  } | null;
  details: JuryNominationDetails | null;
  sheet: { status: "draft" | "submitted"; overallNote: string; submittedAt: Date | null; updatedAt: Date; scores: Record<string, ScoreEntry> } | null;
  /** The other jurors' submitted sheets: only when the independence rule allows. */
  others: { visible: boolean; sheets: OtherJurorSheet[] };
  previous: NominationLink | null;
  next: NominationLink | null;
}

/**
 * What one juror may see of one nomination. Before they continue past the
 * conflict step (`continued`, or a sheet they already started) only its title;
 * with a declared conflict never more. No contact data is ever read: no email,
 * birth date, district, nominator email or guardian details.
 */
export async function loadJuryNomination({
  actor,
  programmeId,
  nominationId,
  continued = false,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  nominationId: string;
  /** The juror chose "no conflict, continue" for this nomination (remembered by the page). */
  continued?: boolean;
  now?: Date;
}): Promise<JuryNominationView> {
  const ctx = await authorizeJuryNomination(db, { actor, nominationId, programmeId });
  const blind = ctx.programme.juryBlind;
  const [list, criteria, conflict, sheet] = await Promise.all([
    listCategoryNominations(db, ctx.category.id),
    db.criterion.findMany({ where: { categoryId: ctx.category.id }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, description: true, weight: true } }),
    db.conflictDeclaration.findUnique({
      where: { nominationId_jurorId: { nominationId, jurorId: ctx.me.id } },
      select: { id: true, reason: true, note: true, declaredById: true, createdAt: true },
    }),
    db.scoreSheet.findUnique({
      where: { nominationId_jurorId: { nominationId, jurorId: ctx.me.id } },
      select: { status: true, overallNote: true, submittedAt: true, updatedAt: true, scores: { select: { criterionId: true, value: true, comment: true } } },
    }),
  ]);
  const index = list.findIndex((n) => n.id === nominationId);
  if (index < 0) throw new AppError("not_found", "No such nomination for this jury.");
  const link = (i: number): NominationLink | null => (list[i] ? { id: list[i].id, number: list[i].number, title: blind ? null : list[i].title } : null);
  const step: JuryStep = conflict ? "conflicted" : continued || sheet ? "details" : "conflict_check";
  const ownStatus = step === "details" && sheet ? (sheet.status === "submitted" ? "submitted" : "draft") : null;
  const visible = step === "details" && otherScoresVisible({ visibility: ctx.programme.juryScoresVisibility, phase: ctx.programme.phase, ownStatus, conflicted: false });
  const shortlistLockedAt = ctx.category.shortlistLockedAt;

  return {
    programme: {
      id: ctx.programme.id,
      name: ctx.programme.name,
      edition: ctx.programme.edition,
      phase: ctx.programme.phase,
      timeZone: ctx.programme.timeZone,
      blind,
      scoresVisibility: ctx.programme.juryScoresVisibility,
    },
    category: { id: ctx.category.id, name: ctx.category.name, scale: ctx.category.scale, criteria },
    deadline: ctx.deadline,
    closed: scoringClosed({ phase: ctx.programme.phase, deadline: ctx.deadline, shortlistLockedAt, now }),
    nomination: { ...link(index)!, total: list.length, kind: list[index].kind },
    step,
    conflict: conflict
      ? {
          id: conflict.id,
          reason: conflict.reason as ConflictReason,
          note: conflict.declaredById === ctx.me.id ? conflict.note : null,
          declaredByMe: conflict.declaredById === ctx.me.id,
          createdAt: conflict.createdAt,
          withdrawClosed: conflictWithdrawalClosed({ phase: ctx.programme.phase, deadline: ctx.deadline, shortlistLockedAt, now }),
        }
      : null,
    details: step === "details" ? await loadJuryDetails({ nominationId, blind }) : null,
    sheet:
      step === "details" && sheet
        ? {
            status: ownStatus!,
            overallNote: sheet.overallNote ?? "",
            submittedAt: sheet.submittedAt,
            updatedAt: sheet.updatedAt,
            scores: Object.fromEntries(sheet.scores.map((s) => [s.criterionId, { value: s.value, comment: s.comment ?? "" }])),
          }
        : null,
    others: { visible, sheets: visible ? await loadOtherSheets({ nominationId, jurorId: ctx.me.id, criteria }) : [] },
    previous: link(index - 1),
    next: link(index + 1),
  };
}
