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
