// What the organiser has to do next, derived from where the programme stands.
// Pure, so each rule is tested without a database.
import type { DecisionMode, Phase } from "@/lib/validation/statuses";

export interface ProgrammeState {
  phase: Phase;
  decisionMode: DecisionMode;
  categoryCount: number;
  categoriesWithoutCriteria: number;
  jurorCount: number;
  hasNominationWindow: boolean;
  awaitingModeration: number;
  jurySheetsOutstanding: number;
  lockedShortlists: number;
  confirmedResults: number;
}

export type NextActionKey =
  | "add_category"
  | "add_criteria"
  | "set_nomination_window"
  | "invite_jurors"
  | "open_nominations"
  | "moderate"
  | "chase_jury"
  | "lock_shortlists"
  | "confirm_results"
  | "publish_results";

/** Where in the organiser area each action is done. */
export const ACTION_PATH: Record<NextActionKey, string> = {
  add_category: "/categories/new",
  add_criteria: "/categories",
  set_nomination_window: "/timeline",
  invite_jurors: "/team",
  open_nominations: "",
  moderate: "/submissions",
  chase_jury: "/team",
  lock_shortlists: "",
  confirm_results: "/results",
  publish_results: "",
};

export function nextActions(s: ProgrammeState): NextActionKey[] {
  const actions: NextActionKey[] = [];
  const jury = s.decisionMode !== "public_only";
  const early = s.phase === "draft" || s.phase === "nominations_open" || s.phase === "moderation";
  if (early) {
    if (s.categoryCount === 0) actions.push("add_category");
    if (jury && s.categoriesWithoutCriteria > 0) actions.push("add_criteria");
    if (jury && s.jurorCount === 0) actions.push("invite_jurors");
  }
  if (s.phase === "draft") {
    if (!s.hasNominationWindow) actions.push("set_nomination_window");
    if (s.categoryCount > 0) actions.push("open_nominations");
  }
  if ((s.phase === "nominations_open" || s.phase === "moderation") && s.awaitingModeration > 0) actions.push("moderate");
  if (s.phase === "jury_review") {
    if (s.jurySheetsOutstanding > 0) actions.push("chase_jury");
    if (s.decisionMode !== "jury_only" && s.lockedShortlists < s.categoryCount) actions.push("lock_shortlists");
  }
  if (s.phase === "results_review") {
    actions.push(s.confirmedResults < s.categoryCount ? "confirm_results" : "publish_results");
  }
  return actions;
}
