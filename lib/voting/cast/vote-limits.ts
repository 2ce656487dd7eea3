// How many votes one network may cast in a window. It counts ballots that were
// stored (inside the insert itself, cast-vote.ts), so it holds across instances
// without a counter row and without a second write. Generous on purpose: a
// school or a town-hall event votes from one network with printed codes.
export const NETWORK_VOTE_WINDOW_MS = 10 * 60 * 1000;

export function networkVoteLimit(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.VOTE_NETWORK_LIMIT ?? 300);
  return Number.isInteger(n) && n > 0 ? n : 300;
}
