// The e2e server's control API (see E2E_CONTROL_URL): GET /messages lists what
// the SMTP sink received; POST /people creates a person with a fresh address,
// optionally a password, and memberships in programmes given by slug.
import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password";
import { createDbClient, type Db } from "../../lib/db/create-client";
import type { SmtpSink } from "../../lib/testing/smtp-sink";
import { newVotingCode, parseVotingCode } from "../../lib/voting/identity/voting-code";

export interface NewPerson {
  role: "organiser" | "juror";
  programmes: string[];
  password?: string;
}

export interface CreatedPerson {
  email: string;
  password?: string;
}

async function createPerson(db: Db, person: NewPerson): Promise<CreatedPerson> {
  const email = `e2e-${person.role}-${randomUUID().slice(0, 8)}@laurel.example`;
  const programmes = await db.programme.findMany({ where: { slug: { in: person.programmes } }, select: { id: true, slug: true } });
  const missing = person.programmes.filter((slug) => !programmes.some((p) => p.slug === slug));
  if (missing.length) throw new Error(`No programme with slug ${missing.join(", ")}`);
  await db.user.create({
    data: {
      email,
      name: `E2E ${person.role}`,
      emailVerified: new Date(),
      passwordHash: person.password ? await hashPassword(person.password) : null,
      memberships: { create: programmes.map((p) => ({ programmeId: p.id, role: person.role })) },
    },
  });
  return { email, password: person.password };
}

export interface PlantedNominations {
  /** Values that must never appear on a public page or in a public response. */
  markers: string[];
}

/**
 * Plants nominations full of unique marker values in every programme, in the
 * states that matter for privacy: reached the jury, waiting for the nominee,
 * declined, and a published finalist who chose to show only a first name.
 */
async function plantNominations(db: Db): Promise<PlantedNominations> {
  const tag = randomUUID().slice(0, 8);
  const markers: string[] = [];
  const mark = (what: string) => {
    const value = `${what}${tag}`;
    markers.push(value);
    return value;
  };
  const birthDate = new Date("2008-07-13T00:00:00Z");
  markers.push("2008-07-13", "13.07.2008", "13 July 2008", "13. Juli 2008");
  const programmes = await db.programme.findMany({ select: { id: true, categories: { select: { id: true }, take: 1 } } });
  for (const programme of programmes) {
    const categoryId = programme.categories[0]?.id;
    if (!categoryId) continue;
    for (const [status, consent] of [
      ["eligible", "accepted"],
      ["submitted", "pending"],
      ["declined", "declined"],
    ] as const) {
      const nomination = await db.nomination.create({
        data: {
          programmeId: programme.id,
          categoryId,
          kind: "nomination",
          status,
          nomineeName: `Amira Surname${mark("Nominee")}`,
          nomineeEmail: `${mark("nominee")}@example.org`,
          nomineeBirthDate: birthDate,
          nomineeDistrict: mark("District"),
          nominatorName: mark("Nominator"),
          nominatorEmail: `${mark("nominator")}@example.org`,
          story: mark("Story"),
          submittedAt: new Date(),
          confirmedAt: new Date(),
          consent: { create: { status: consent, displayName: "first_name", showDistrict: false, guardianEmail: `${mark("guardian")}@example.org` } },
        },
      });
      if (status === "eligible") {
        await db.finalist.create({ data: { categoryId, nominationId: nomination.id, publicName: "Amira", publicSummary: "Runs a homework club." } });
      }
    }
  }
  return { markers };
}

export interface JuryReadyProgramme {
  programmeId: string;
  categoryName: string;
  nominees: { name: string; email: string }[];
  jurors: { email: string; isChair: boolean }[];
  organiser: { email: string };
  password: string;
}

/**
 * A fresh #YoungEngagement edition in the jury phase: one category with the
 * award's four criteria, three applications that reached the jury (eligible,
 * consent given), three jurors (the first chairs) and an organiser.
 */
/** The #YoungEngagement details the journeys' fresh programmes share; each gets its own slug and edition. */
const YOUNG_ENGAGEMENT = {
  name: "#YoungEngagement Award",
  organiserName: "City of Nuremberg, Youth Office",
  organiserContact: "youngengagement@nuernberg.example",
  city: "Nuremberg",
  timeZone: "Europe/Berlin",
  defaultLocale: "de",
  decisionMode: "jury_then_public",
};

async function createJuryReadyProgramme(db: Db): Promise<JuryReadyProgramme> {
  const tag = randomUUID().slice(0, 8);
  const password = "correct horse battery staple";
  const passwordHash = await hashPassword(password);
  const programme = await db.programme.create({
    data: {
      slug: `young-engagement-jury-${tag}`,
      ...YOUNG_ENGAGEMENT,
      edition: `Jury ${tag}`,
      phase: "jury_review",
      phases: {
        create: [
          { phase: "jury_review", startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() + 30 * 86_400_000) },
          { phase: "public_vote", startsAt: new Date(Date.now() + 31 * 86_400_000), endsAt: new Date(Date.now() + 45 * 86_400_000) },
        ],
      },
    },
  });
  const categoryName = "Engaged young people";
  const category = await db.category.create({
    data: {
      programmeId: programme.id,
      name: categoryName,
      finalistCount: 2,
      winnerCount: 1,
      submissionMode: "self",
      criteria: {
        create: [
          { name: "Originality", weight: 2, position: 0 },
          { name: "Impact", weight: 3, position: 1 },
          { name: "Participation", weight: 2, position: 2 },
          { name: "Sustainability", weight: 1, position: 3 },
        ],
      },
    },
  });
  const nominees = ["Lina", "Yusuf", "Mira"].map((first) => ({ name: `${first} ${tag}`, email: `${first.toLowerCase()}-${tag}@example.org` }));
  for (const [i, n] of nominees.entries()) {
    await db.nomination.create({
      data: {
        programmeId: programme.id,
        categoryId: category.id,
        kind: "application",
        status: "eligible",
        nomineeName: n.name,
        nomineeEmail: n.email,
        story: `Project ${i + 1}: a youth initiative in Nuremberg.`,
        locale: i === 1 ? "de" : "en",
        submittedAt: new Date(Date.now() - (10 - i) * 3_600_000),
        confirmedAt: new Date(),
        consent: { create: { status: "accepted", decidedAt: new Date(), displayName: "first_name" } },
      },
    });
  }
  const person = async (role: "organiser" | "juror", isChair = false) => {
    const email = `e2e-${role}-${randomUUID().slice(0, 8)}@laurel.example`;
    await db.user.create({
      data: { email, name: `E2E ${role} ${email.slice(4, 16)}`, emailVerified: new Date(), passwordHash, memberships: { create: { programmeId: programme.id, role, isChair } } },
    });
    return email;
  };
  const jurors = [
    { email: await person("juror", true), isChair: true },
    { email: await person("juror"), isChair: false },
    { email: await person("juror"), isChair: false },
  ];
  return { programmeId: programme.id, categoryName, nominees, jurors, organiser: { email: await person("organiser") }, password };
}

export interface VoteReadyOptions {
  /** How many printed voting codes to make (0–50); their plain codes are returned. */
  votingCodes?: number;
  /** Districts whose residents may vote in the first category (others: anyone). */
  areas?: string[];
  voteChangeAllowed?: boolean;
}

export interface VoteReadyProgramme {
  programmeId: string;
  slug: string;
  name: string;
  categories: { id: string; name: string; finalists: { id: string; publicName: string }[] }[];
  votingCodes: string[];
}

/**
 * The app's LAUREL_HMAC_KEY: from the environment, or (as scripts/prepare.ts
 * leaves it for a local run) data/secrets.json. The hash modules are
 * server-only, so the formula of hash-voting-code.ts is repeated here; a
 * mismatch shows at once as a refused code in the journey.
 */
function appHmacKey(): string {
  if (process.env.LAUREL_HMAC_KEY) return process.env.LAUREL_HMAC_KEY;
  const file = path.join(path.resolve(process.env.LAUREL_DATA_DIR ?? "data"), "secrets.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { LAUREL_HMAC_KEY: string }).LAUREL_HMAC_KEY;
}

const VOTE_READY_CATEGORIES = [
  { name: "Engaged young people", finalists: ["Lina", "Yusuf", "Mira"] },
  { name: "Youth initiatives", finalists: ["Repair Café Gostenhof", "Radio Jugendwelle", "Klimaclub Südstadt"] },
];

/**
 * A fresh #YoungEngagement edition whose public vote is open (since an hour,
 * for seven days): two categories with three finalists each (eligible
 * nominations, consent given, public profiles), email verification, and
 * optionally printed voting codes and vote areas on the first category.
 */
async function createVoteReadyProgramme(db: Db, options: VoteReadyOptions): Promise<VoteReadyProgramme> {
  const tag = randomUUID().slice(0, 8);
  const now = Date.now();
  const day = 86_400_000;
  const programme = await db.programme.create({
    data: {
      slug: `young-engagement-vote-${tag}`,
      ...YOUNG_ENGAGEMENT,
      edition: `Vote ${tag}`,
      phase: "public_vote",
      voteVerification: "email",
      voteChangeAllowed: options.voteChangeAllowed ?? false,
      phases: {
        create: [
          { phase: "jury_review", startsAt: new Date(now - 20 * day), endsAt: new Date(now - day) },
          { phase: "public_vote", startsAt: new Date(now - 3_600_000), endsAt: new Date(now + 7 * day) },
          { phase: "results_published", startsAt: new Date(now + 10 * day) },
        ],
      },
    },
  });
  const categories: VoteReadyProgramme["categories"] = [];
  for (const [position, spec] of VOTE_READY_CATEGORIES.entries()) {
    const category = await db.category.create({
      data: { programmeId: programme.id, position, name: spec.name, finalistCount: 3, voteAreas: position === 0 && options.areas?.length ? options.areas : undefined },
    });
    const finalists = [];
    for (const [i, publicName] of spec.finalists.entries()) {
      const nomination = await db.nomination.create({
        data: {
          programmeId: programme.id,
          categoryId: category.id,
          kind: "application",
          status: "eligible",
          nomineeName: `${publicName} ${tag}`,
          nomineeEmail: `finalist-${i}-${tag}@example.org`,
          story: `${publicName}: a youth initiative in Nuremberg.`,
          submittedAt: new Date(now - 30 * day),
          confirmedAt: new Date(now - 30 * day),
          consent: { create: { status: "accepted", decidedAt: new Date(now - 29 * day), displayName: "chosen_name", chosenName: publicName, showDistrict: true } },
        },
      });
      const finalist = await db.finalist.create({
        data: { categoryId: category.id, nominationId: nomination.id, position: i, publicName, publicSummary: `${publicName} brings young people together in Nuremberg.`, publicDistrict: "Gostenhof", notifiedAt: new Date(now - 2 * day) },
      });
      finalists.push({ id: finalist.id, publicName });
    }
    categories.push({ id: category.id, name: spec.name, finalists });
  }
  const votingCodes = Array.from({ length: Math.max(0, Math.min(50, options.votingCodes ?? 0)) }, () => newVotingCode());
  if (votingCodes.length) {
    const key = appHmacKey();
    await db.votingCode.createMany({
      data: votingCodes.map((code) => ({ programmeId: programme.id, batch: "e2e", codeHash: createHmac("sha256", key).update(`voting-code\n${parseVotingCode(code)}`, "utf8").digest("hex") })),
    });
  }
  return { programmeId: programme.id, slug: programme.slug, name: `${programme.name} ${programme.edition}`, categories, votingCodes };
}

export interface VerifiedVoter {
  programmeId: string;
  voterId: string;
  cookie: { name: string; value: string };
  /** The app's database, for extra servers started by a spec (e2e/support/vote-servers.ts). */
  databaseUrl: string;
}

/**
 * A voter who has already proved who they are in the programme `slug`, with
 * the cookie the app would set. voter-session.ts is server-only, so its
 * signature formula is repeated here; a mismatch shows at once as
 * "not_verified" in the specs that use it.
 */
async function createVerifiedVoter(db: Db, databaseUrl: string, { slug, district }: { slug: string; district?: string }): Promise<VerifiedVoter> {
  const programme = await db.programme.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const voter = await db.voter.create({
    data: { programmeId: programme.id, identityHash: createHmac("sha256", randomUUID()).digest("hex"), method: "email_code", district, emailDomain: "example.org", verifiedAt: new Date() },
  });
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
  const body = [b64(voter.id), b64(programme.id), b64(district ?? ""), String(Date.now() + 12 * 3_600_000)].join(".");
  const signature = createHmac("sha256", appHmacKey()).update(`voter-session\n${body}`, "utf8").digest("hex");
  return { programmeId: programme.id, voterId: voter.id, cookie: { name: `laurel-voter-${programme.id}`, value: `${body}.${signature}` }, databaseUrl };
}

/**
 * Ends a programme's public vote as its timeline would: the window closed a
 * second ago and the programme is in results review.
 */
async function closeVote(db: Db, { slug }: { slug: string }): Promise<{ programmeId: string }> {
  const programme = await db.programme.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const closed = new Date(Date.now() - 1000);
  await db.programmePhase.updateMany({ where: { programmeId: programme.id, phase: "public_vote" }, data: { endsAt: closed } });
  await db.programme.update({ where: { id: programme.id }, data: { phase: "results_review", phaseChangedAt: closed } });
  return { programmeId: programme.id };
}

export interface PlantVotes {
  slug: string;
  /** votes[c][f]: how many ballots the f-th finalist (by position) of the c-th category (by position) gets. */
  votes: number[][];
}

export interface PlantedVotes {
  programmeId: string;
  categories: { id: string; finalists: { id: string; publicName: string; votes: number }[] }[];
}

/**
 * Casts many ballots straight into the database, each from its own verified
 * voter, over many networks and email domains, so nothing but the counts
 * stands out. All fall in the current clock hour, so votes per hour are the
 * category totals and cannot equal a finalist's count by chance. Specs choose
 * counts that cannot appear by accident.
 */
async function plantVotes(db: Db, { slug, votes }: PlantVotes): Promise<PlantedVotes> {
  const programme = await db.programme.findUniqueOrThrow({
    where: { slug },
    select: { id: true, categories: { orderBy: { position: "asc" }, select: { id: true, finalists: { orderBy: { position: "asc" }, select: { id: true, publicName: true } } } } },
  });
  const planted: PlantedVotes["categories"] = [];
  const now = Date.now();
  const from = Math.max(Math.floor(now / 3_600_000) * 3_600_000, now - 50 * 60_000);
  let n = 0;
  for (const [c, counts] of votes.entries()) {
    const category = programme.categories[c];
    if (!category) throw new Error(`The programme has no category number ${c + 1}`);
    const finalists = [];
    for (const [f, count] of counts.entries()) {
      const finalist = category.finalists[f];
      if (!finalist) throw new Error(`Category ${c + 1} has no finalist number ${f + 1}`);
      for (let at = 0; at < count; at += 500) {
        const batch = Array.from({ length: Math.min(500, count - at) }, () => {
          n += 1;
          return { voterId: `pv${randomUUID().replaceAll("-", "")}`, castAt: new Date(from + ((n * 7919) % (now - from + 1))), i: n };
        });
        await db.voter.createMany({
          data: batch.map((b) => ({ id: b.voterId, programmeId: programme.id, identityHash: createHmac("sha256", b.voterId).digest("hex"), method: "email_code", emailDomain: `mail${b.i % 40}.example`, verifiedAt: b.castAt })),
        });
        await db.ballot.createMany({
          data: batch.map((b) => ({
            programmeId: programme.id,
            categoryId: category.id,
            voterId: b.voterId,
            finalistId: finalist.id,
            receiptHash: createHmac("sha256", "receipt").update(b.voterId).digest("hex"),
            castAt: b.castAt,
            networkPrefix: `198.${18 + (b.i % 2)}.${(b.i >> 1) % 256}.0/24`,
          })),
        });
      }
      finalists.push({ ...finalist, votes: count });
    }
    planted.push({ id: category.id, finalists });
  }
  return { programmeId: programme.id, categories: planted };
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      try {
        resolve(JSON.parse(body || "{}"));
      } catch (error) {
        reject(error);
      }
    });
  });
}

export function createControlServer(sink: SmtpSink, databaseUrl: string): { server: http.Server; close: () => Promise<void> } {
  // Opened on first use: by then the app has migrated and seeded the database.
  let db: Db | undefined;
  const server = http.createServer(async (req, res) => {
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(body === undefined ? "" : JSON.stringify(body));
    };
    try {
      if (req.method === "GET" && req.url === "/messages") return send(200, sink.messages);
      if (req.method === "GET" && req.url === "/health") return send(200, { status: "ok" });
      if (req.method === "POST" && req.url === "/people") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(201, await createPerson(db, (await readJson(req)) as NewPerson));
      }
      if (req.method === "POST" && req.url === "/programmes/jury-ready") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(201, await createJuryReadyProgramme(db));
      }
      if (req.method === "POST" && req.url === "/programmes/vote-ready") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(201, await createVoteReadyProgramme(db, (await readJson(req)) as VoteReadyOptions));
      }
      if (req.method === "POST" && req.url === "/voters/verified") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(201, await createVerifiedVoter(db, databaseUrl, (await readJson(req)) as { slug: string; district?: string }));
      }
      if (req.method === "POST" && req.url === "/votes/plant") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(201, await plantVotes(db, (await readJson(req)) as PlantVotes));
      }
      if (req.method === "POST" && req.url === "/programmes/close-vote") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(200, await closeVote(db, (await readJson(req)) as { slug: string }));
      }
      if (req.method === "POST" && req.url === "/nominations/plant") {
        db ??= createDbClient({ DATABASE_URL: databaseUrl });
        return send(201, await plantNominations(db));
      }
      send(404, { error: "not found" });
    } catch (error) {
      send(500, { error: error instanceof Error ? error.message : String(error) });
    }
  });
  return {
    server,
    close: async () => {
      server.close();
      await db?.$disconnect();
    },
  };
}
