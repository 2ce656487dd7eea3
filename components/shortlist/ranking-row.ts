// A ranking row as the table shows it: numbers already formatted for the reader's language.
export interface RankingRowView {
  nominationId: string;
  title: string;
  /** The viewer declared a conflict on it: no scores shown, and only an organiser may change its place on the shortlist. */
  ownConflict: boolean;
  /** "1", "=2"; null when not scored. */
  rankLabel: string | null;
  rank: number | null;
  tied: boolean;
  mean: string | null;
  normalised: string | null;
  sd: string | null;
  disagree: boolean;
  count: number;
  recused: string[];
  comments: { label: string; text: string }[];
  proposed: boolean;
  finalist: boolean;
}
