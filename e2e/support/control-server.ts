// The e2e server's control API (see E2E_CONTROL_URL): GET /messages lists what
// the SMTP sink received; POST /people creates a person with a fresh address,
// optionally a password, and memberships in programmes given by slug.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { hashPassword } from "../../lib/auth/password";
import { createDbClient, type Db } from "../../lib/db/create-client";
import type { SmtpSink } from "../../lib/testing/smtp-sink";

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
async function createJuryReadyProgramme(db: Db): Promise<JuryReadyProgramme> {
  const tag = randomUUID().slice(0, 8);
  const password = "correct horse battery staple";
  const passwordHash = await hashPassword(password);
  const programme = await db.programme.create({
    data: {
      slug: `young-engagement-jury-${tag}`,
      name: "#YoungEngagement Award",
      edition: `Jury ${tag}`,
      organiserName: "City of Nuremberg, Youth Office",
      organiserContact: "youngengagement@nuernberg.example",
      city: "Nuremberg",
      timeZone: "Europe/Berlin",
      defaultLocale: "de",
      decisionMode: "jury_then_public",
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
