// The verdict and the Markdown for docs/bench/vote.md. Pure, so the rules are
// unit tested and the same numbers always read the same way.
import type { LoadResult } from "./load";
import type { RawInsertResult } from "./raw-insert";

/** A vote may cost at most twice an empty request... */
export const MIN_VOTE_SHARE_OF_EMPTY_ROUTE = 0.5;
/** ...and at a steady 50 votes a second, 95 in 100 answer within this. */
export const MAX_P95_AT_50_PER_S_MS = 100;

export interface BenchNumbers {
  provider: "sqlite" | "postgresql";
  date: Date;
  machine: string;
  seconds: number;
  connections: number;
  /** The empty route sent a vote's request (POST, same headers and body): the baseline. */
  ping: LoadResult;
  /** The empty route by GET, for comparison. */
  pingGet?: LoadResult;
  votes: LoadResult;
  steady: LoadResult;
  raw: RawInsertResult;
  integrity: BallotIntegrity;
  poolExhausted: boolean;
}

export interface BallotIntegrity {
  /** Votes answered 201 in all vote runs, warm-up included. */
  accepted: number;
  /** Of those, how many voters have exactly one Ballot row. */
  acceptedWithOneBallot: number;
  ballotRows: number;
  /** Rows from requests still running when a load stopped, whose answer was never read. */
  unanswered: number;
  /** At most one request per connection per run can be cut off like that. */
  maxUnanswered: number;
  /** Rows of voters whose request was answered with something other than 201. */
  refusedButStored: number;
}

/** Matches each voter's answer with the Ballot rows: `answers` voter → status, `ballotVoters` the voter of every row. */
export function checkBallots(answers: ReadonlyMap<string, number>, ballotVoters: string[], maxUnanswered: number): BallotIntegrity {
  const rows = new Map<string, number>();
  for (const voterId of ballotVoters) rows.set(voterId, (rows.get(voterId) ?? 0) + 1);
  let accepted = 0;
  let acceptedWithOneBallot = 0;
  for (const [voterId, status] of answers) {
    if (status !== 201) continue;
    accepted += 1;
    if (rows.get(voterId) === 1) acceptedWithOneBallot += 1;
  }
  let unanswered = 0;
  let refusedButStored = 0;
  for (const [voterId, count] of rows) {
    const status = answers.get(voterId);
    if (status === undefined) unanswered += count;
    else if (status !== 201) refusedButStored += count;
  }
  return { accepted, acceptedWithOneBallot, ballotRows: ballotVoters.length, unanswered, maxUnanswered, refusedButStored };
}

export interface Verdict {
  voteShareOfEmptyRoute: number;
  voteShareOfRawInsert: number;
  failures: string[];
}

export function judge(n: BenchNumbers): Verdict {
  const voteShareOfEmptyRoute = n.votes.rps / n.ping.rps;
  const voteShareOfRawInsert = n.votes.rps / n.raw.rowsPerSecond;
  const failures: string[] = [];
  if (!(voteShareOfEmptyRoute >= MIN_VOTE_SHARE_OF_EMPTY_ROUTE)) {
    failures.push(`votes/s is ${pct(voteShareOfEmptyRoute)} of the empty route's requests/s (needs at least ${pct(MIN_VOTE_SHARE_OF_EMPTY_ROUTE)})`);
  }
  if (!(n.steady.p95 < MAX_P95_AT_50_PER_S_MS)) failures.push(`p95 at 50 votes/s is ${ms(n.steady.p95)} (needs under ${MAX_P95_AT_50_PER_S_MS} ms)`);
  const i = n.integrity;
  if (i.acceptedWithOneBallot !== i.accepted) failures.push(`${i.accepted - i.acceptedWithOneBallot} of ${i.accepted} accepted votes do not have exactly one Ballot row`);
  if (i.refusedButStored) failures.push(`${i.refusedButStored} Ballot rows belong to voters who were refused`);
  if (i.unanswered > i.maxUnanswered) failures.push(`${i.unanswered} Ballot rows belong to requests never answered (at most ${i.maxUnanswered} can be cut off when a run stops)`);
  for (const [name, run] of [["max-throughput votes", n.votes], ["steady votes", n.steady]] as const) {
    const other = Object.entries(run.statuses).filter(([status]) => status !== "201");
    if (other.length || run.errors) failures.push(`${name}: answers other than 201 (${describeStatuses(run)})`);
  }
  if (n.poolExhausted) failures.push("the pool of verified voters ran out: raise it so every request is a new voter");
  return { voteShareOfEmptyRoute, voteShareOfRawInsert, failures };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const perS = (x: number) => x.toFixed(0);

function describeStatuses(run: LoadResult): string {
  const parts = Object.entries(run.statuses).map(([status, count]) => `${count} × ${status}`);
  if (run.errors) parts.push(`${run.errors} connection errors`);
  return parts.join(", ") || "none";
}

function row(name: string, run: LoadResult): string {
  return `| ${name} | ${perS(run.rps)} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${run.total} | ${describeStatuses(run)} |`;
}

/** The section of docs/bench/vote.md for one database. */
export function benchSection(n: BenchNumbers): string {
  const verdict = judge(n);
  return [
    `## ${n.provider === "sqlite" ? "SQLite" : "PostgreSQL"}`,
    "",
    `Run ${n.date.toISOString()} on ${n.machine}. ${n.connections} connections, ${n.seconds} s per measurement.`,
    "",
    "| Measurement | req/s | p50 | p95 | p99 | responses | statuses |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    row("(a) empty route POST /api/ping (a vote's headers and body), max", n.ping),
    ...(n.pingGet ? [row("(a′) empty route GET /api/ping, max (for comparison)", n.pingGet)] : []),
    row("(b) votes POST /ballots, max", n.votes),
    row("(c) votes at a fixed 50/s", n.steady),
    "",
    `(d) raw ballot INSERT, one driver connection: **${perS(n.raw.rowsPerSecond)} rows/s** (${n.raw.rows} rows; ${Object.entries(n.raw.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}).`,
    "",
    `- votes/s ÷ empty-route req/s: **${pct(verdict.voteShareOfEmptyRoute)}** (target ≥ ${pct(MIN_VOTE_SHARE_OF_EMPTY_ROUTE)})`,
    ...(n.pingGet ? [`- votes/s ÷ empty GET req/s (for comparison): ${pct(n.votes.rps / n.pingGet.rps)}`] : []),
    `- votes/s ÷ raw-insert rows/s: **${pct(verdict.voteShareOfRawInsert)}**`,
    `- p95 at 50 votes/s: **${ms(n.steady.p95)}** (target < ${MAX_P95_AT_50_PER_S_MS} ms)`,
    `- integrity: ${n.integrity.accepted} votes answered 201, each with exactly one Ballot row: ${n.integrity.acceptedWithOneBallot === n.integrity.accepted ? "yes" : "NO"}; ` +
      `${n.integrity.ballotRows} rows in all, ${n.integrity.unanswered} from requests cut off when a run stopped, ${n.integrity.refusedButStored} from refused votes`,
    "",
    verdict.failures.length ? `**Result: FAIL** — ${verdict.failures.join("; ")}.` : "**Result: PASS**",
    "",
  ].join("\n");
}

const START = (provider: string) => `<!-- bench:${provider}:start -->`;
const END = (provider: string) => `<!-- bench:${provider}:end -->`;

export const BENCH_DOC_HEADER = `# Public vote: benchmark

Written by \`npm run bench:vote\` (SQLite) and \`npm run bench:vote -- --postgresql\` (PostgreSQL at DATABASE_URL);
each run replaces its own database's section. Method (scripts/bench/vote.ts):

- The production build (\`next build\`, rebuilt only when older than the sources) runs under \`next start\` on a
  loopback port, against a fresh database, with \`TRUSTED_PROXY_HEADER=x-forwarded-for\`.
- One programme in its public vote, one category, three finalists, and a pool of voters already verified: each vote
  request carries a different voter's signed cookie and a different X-Forwarded-For address (a different /24, so the
  per-network limit never applies), like many people voting at once.
- (a) the empty route \`POST /api/ping\`, sent exactly what a vote sends (method, headers, body; it reads none of
  it), and (b) \`POST /api/vote/<slug>/ballots\` as fast as the connections allow,
  after a short warm-up, in three alternating slices each (so a change in the machine's other load hits both alike);
  (c) votes at a fixed 50 per second (autocannon \`overallRate\`);
  (d) the app's own guarded ballot INSERT (taken from lib/voting/cast/insert-ballot.ts) sent straight through one
  driver connection, one autocommitted row at a time, with the pragmas/settings the app's connection has.
- Latency percentiles are nearest-rank over every response. After the runs every voter answered 201 must have exactly
  one Ballot row and no refused voter any; rows whose answer was never read (a request still running when a run
  stopped: at most one per connection and run) are counted separately.
- The run fails (exit 1) when votes/s is under 50 % of the empty route's requests/s, when p95 at 50 votes/s is
  100 ms or more, or when the ballots do not match the answers.

The load generator runs on the same machine as the server and takes CPU from it, for the empty route and the votes alike.
`;

function block(doc: string, provider: string): string | null {
  const at = doc.indexOf(START(provider));
  const end = doc.indexOf(END(provider));
  return at >= 0 && end > at ? doc.slice(at, end + END(provider).length) : null;
}

/** The whole of docs/bench/vote.md: the method, this run's section, and the other database's last section if there is one. */
export function benchDoc(existing: string, provider: "sqlite" | "postgresql", section: string): string {
  const blocks = (["sqlite", "postgresql"] as const)
    .map((p) => (p === provider ? `${START(p)}\n${section}${END(p)}` : block(existing, p)))
    .filter((b): b is string => b !== null);
  return `${BENCH_DOC_HEADER}\n${blocks.join("\n\n")}\n`;
}
