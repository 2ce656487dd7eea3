// `npm run bench:vote [-- --postgresql] [-- --seconds=10]`: how fast the app
// takes votes compared with an empty request and with the bare database
// insert. See docs/bench/vote.md for the method and the latest numbers.
import type { RawRequest, Request } from "autocannon";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createDbClient, type Db } from "@/lib/db/create-client";
import { benchDoc, benchSection, checkBallots, judge, type BenchNumbers } from "./bench-report";
import { createBenchProgramme, createBenchVoters, type BenchProgramme, type BenchVoter } from "./bench-data";
import { freshBenchDatabase, startBenchServer } from "./bench-server";
import { combineLoads, runLoad, type LoadResult } from "./load";
import { rawInsert } from "./raw-insert";

const CONNECTIONS = 16;
const WARM_UP_S = 2;
const ROUNDS = 3;
const STEADY_RATE = 50;
const RAW_INSERT_S = 3;
const DOC = path.join(process.cwd(), "docs", "bench", "vote.md");

const log = (line: string) => console.log(`[bench] ${line}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Hands out each voter once (every request is a new person from a new network) and remembers each one's answer. */
class VoterQueue {
  next = 0;
  exhausted = false;
  readonly answers = new Map<string, number>();
  constructor(private readonly voters: BenchVoter[]) {}
  take(): { voter: BenchVoter; ip: string } {
    if (this.next >= this.voters.length) this.exhausted = true;
    const i = Math.min(this.next++, this.voters.length - 1);
    return { voter: this.voters[i], ip: `10.${(i >> 8) & 255}.${i & 255}.${1 + (i % 250)}` };
  }
}

function voteLoad(origin: string, programme: BenchProgramme, queue: VoterQueue, options: { duration: number; overallRate?: number }): Promise<LoadResult> {
  let turn = 0;
  return runLoad({
    url: origin,
    connections: options.overallRate ? 10 : CONNECTIONS,
    ...options,
    requests: [
      {
        method: "POST",
        path: `/api/vote/${programme.slug}/ballots`,
        setupRequest: (request, context) => {
          const { voter, ip } = queue.take();
          context.voterId = voter.voterId;
          const finalistId = programme.finalistIds[turn++ % programme.finalistIds.length];
          return {
            ...request,
            headers: { "content-type": "application/json", cookie: voter.cookie, "x-forwarded-for": ip, "user-agent": "laurel-bench" },
            body: JSON.stringify({ categoryId: programme.categoryId, finalistIds: [finalistId] }),
          };
        },
        onResponse: (status, _body, context) => void queue.answers.set(context.voterId as string, status),
      },
    ],
  });
}

/**
 * The baseline: the empty route handler, sent what a vote sends (POST, the
 * same headers and a ballot body, which it does not read), so the ratio
 * measures what casting costs on top of Next.js handling that same request.
 * The load generator shares the machine, so for POST it builds every request
 * the way voteLoad does (a voter, an address, a body per request): both sides
 * then cost the generator the same.
 */
function emptyLoad(origin: string, programme: BenchProgramme, voters: BenchVoter[], options: { duration: number; method: "GET" | "POST" }): Promise<LoadResult> {
  let turn = 0;
  const answers = new Map<string, number>();
  const request: Request =
    options.method === "GET"
      ? { method: "GET" as const, path: "/api/ping" }
      : {
          method: "POST" as const,
          path: "/api/ping",
          setupRequest: (req: RawRequest) => {
            const i = turn++ % voters.length;
            const finalistId = programme.finalistIds[i % programme.finalistIds.length];
            return {
              ...req,
              headers: { "content-type": "application/json", cookie: voters[i].cookie, "x-forwarded-for": `10.${(i >> 8) & 255}.${i & 255}.${1 + (i % 250)}`, "user-agent": "laurel-bench" },
              body: JSON.stringify({ categoryId: programme.categoryId, finalistIds: [finalistId] }),
            };
          },
          // The same bookkeeping as voteLoad's, so the generator's own work per request is the same.
          onResponse: (status: number) => void answers.set(`ping-${turn % voters.length}`, status),
        };
  return runLoad({ url: origin, connections: CONNECTIONS, duration: options.duration, requests: [request] });
}

/** The voter of every Ballot row, read once requests still running when a load stopped have finished. */
async function settledBallots(db: Db, programmeId: string): Promise<string[]> {
  let last = -1;
  for (;;) {
    const rows = await db.ballot.findMany({ where: { programmeId }, select: { voterId: true } });
    if (rows.length === last) return rows.map((r) => r.voterId);
    last = rows.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at start`;
}

async function main() {
  const args = process.argv.slice(2);
  const postgres = args.includes("--postgresql");
  const seconds = Number(args.find((a) => a.startsWith("--seconds="))?.split("=")[1] ?? 10);
  if (postgres && !/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) throw new Error("--postgresql needs DATABASE_URL=postgresql://… (a fresh database is made on that server and dropped afterwards).");
  const machineAtStart = machine();
  const database = await freshBenchDatabase(postgres ? process.env.DATABASE_URL : undefined);
  // insert-ballot.ts picks its SQL dialect from DATABASE_URL.
  process.env.DATABASE_URL = database.url;
  log(`${database.provider} database ready; starting the app…`);
  const server = await startBenchServer(database, await freePort(), log).catch(async (error) => {
    await database.drop();
    throw error;
  });
  const db = createDbClient({ DATABASE_URL: database.url });
  try {
    const programme = await createBenchProgramme(db);
    const pool = Math.max(5000, Math.ceil(seconds * 2500));
    const voters = await createBenchVoters(db, programme.programmeId, pool + STEADY_RATE * (seconds + 2) + 1000, server.env.LAUREL_HMAC_KEY!);
    const queue = new VoterQueue(voters);
    log(`${voters.length} verified voters ready`);

    await emptyLoad(server.origin, programme, voters, { duration: WARM_UP_S, method: "POST" });
    const warmUp = await voteLoad(server.origin, programme, queue, { duration: WARM_UP_S });
    // Taken in alternating slices, so a change in the machine's other load hits both alike.
    const pings: LoadResult[] = [];
    const voteRuns: LoadResult[] = [];
    const slice = seconds / ROUNDS;
    for (let round = 0; round < ROUNDS; round++) {
      pings.push(await emptyLoad(server.origin, programme, voters, { duration: slice, method: "POST" }));
      voteRuns.push(await voteLoad(server.origin, programme, queue, { duration: slice }));
    }
    const ping = combineLoads(pings);
    const pingGet = await emptyLoad(server.origin, programme, voters, { duration: slice, method: "GET" });
    const votes = combineLoads(voteRuns);
    log(`(a) empty route: ${ping.rps.toFixed(0)} req/s (slices: ${pings.map((r) => r.rps.toFixed(0)).join(", ")})`);
    log(`(b) votes: ${votes.rps.toFixed(0)} votes/s, p95 ${votes.p95.toFixed(1)} ms (slices: ${voteRuns.map((r) => r.rps.toFixed(0)).join(", ")})`);
    const steady = await voteLoad(server.origin, programme, queue, { duration: seconds, overallRate: STEADY_RATE });
    log(`(c) at ${STEADY_RATE}/s: p95 ${steady.p95.toFixed(1)} ms`);

    const ballots = await settledBallots(db, programme.programmeId);
    const integrity = checkBallots(queue.answers, ballots, CONNECTIONS * (ROUNDS + 2));
    log(`${warmUp.statuses[201] ?? 0} votes in the warm-up`);

    const rawVoters = await createBenchVoters(db, programme.programmeId, 40_000, server.env.LAUREL_HMAC_KEY!);
    await server.stop();
    const raw = await rawInsert(database, programme, rawVoters.map((v) => v.voterId), RAW_INSERT_S);
    log(`(d) raw insert: ${raw.rowsPerSecond.toFixed(0)} rows/s`);

    const numbers: BenchNumbers = {
      provider: database.provider,
      date: new Date(),
      machine: machineAtStart,
      seconds,
      connections: CONNECTIONS,
      ping,
      pingGet,
      votes,
      steady,
      raw,
      integrity,
      poolExhausted: queue.exhausted,
    };
    const section = benchSection(numbers);
    mkdirSync(path.dirname(DOC), { recursive: true });
    writeFileSync(DOC, benchDoc(existsSync(DOC) ? readFileSync(DOC, "utf8") : "", database.provider, section));
    console.log(`\n${section}`);
    log(`written to ${path.relative(process.cwd(), DOC)}`);
    process.exitCode = judge(numbers).failures.length ? 1 : 0;
  } finally {
    await server.stop();
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error) => {
  console.error("[bench] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
