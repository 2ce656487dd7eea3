// The benchmark's data: one programme in its public vote with three
// finalists, and a pool of voters who have already proved who they are, each
// with the signed cookie a browser would hold after verification.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { signVoterSession, voterCookieName } from "@/lib/voting/session/voter-session";

export interface BenchVoter {
  voterId: string;
  /** "name=value", ready for a Cookie header. */
  cookie: string;
}

export interface BenchProgramme {
  programmeId: string;
  slug: string;
  categoryId: string;
  finalistIds: string[];
}

const HOUR = 3_600_000;

export async function createBenchProgramme(db: Db): Promise<BenchProgramme> {
  const tag = randomBytes(4).toString("hex");
  const now = Date.now();
  const programme = await db.programme.create({
    data: {
      slug: `bench-vote-${tag}`,
      name: "Benchmark Award",
      edition: tag,
      organiserName: "Benchmark",
      organiserContact: "bench@laurel.example",
      city: "Nuremberg",
      decisionMode: "jury_then_public",
      phase: "public_vote",
      phases: { create: { phase: "public_vote", startsAt: new Date(now - HOUR), endsAt: new Date(now + 7 * 24 * HOUR) } },
      categories: { create: { name: "Engaged young people", finalistCount: 3 } },
    },
    select: { id: true, slug: true, categories: { select: { id: true } } },
  });
  const categoryId = programme.categories[0].id;
  const finalistIds: string[] = [];
  for (const [position, name] of ["Lina", "Yusuf", "Mira"].entries()) {
    const nomination = await db.nomination.create({
      data: {
        programmeId: programme.id,
        categoryId,
        kind: "application",
        status: "eligible",
        nomineeName: `${name} Bench`,
        nomineeEmail: `${name.toLowerCase()}-${tag}@example.org`,
        story: "A youth project.",
        submittedAt: new Date(now - 30 * 24 * HOUR),
        confirmedAt: new Date(now - 30 * 24 * HOUR),
        consent: { create: { status: "accepted", decidedAt: new Date(now - 29 * 24 * HOUR), displayName: "first_name" } },
      },
    });
    const finalist = await db.finalist.create({ data: { categoryId, nominationId: nomination.id, position, publicName: name, publicSummary: "Runs a youth project." } });
    finalistIds.push(finalist.id);
  }
  return { programmeId: programme.id, slug: programme.slug, categoryId, finalistIds };
}

/** `count` verified voters of the programme, created in batches, with their cookies signed under `hmacKey`. */
export async function createBenchVoters(db: Db, programmeId: string, count: number, hmacKey: string): Promise<BenchVoter[]> {
  const verifiedAt = new Date();
  const expiresAt = new Date(Date.now() + 12 * HOUR);
  const ids = Array.from({ length: count }, () => `bv${randomBytes(12).toString("hex")}`);
  for (let at = 0; at < ids.length; at += 1000) {
    await db.voter.createMany({
      data: ids.slice(at, at + 1000).map((id) => ({
        id,
        programmeId,
        identityHash: randomBytes(32).toString("hex"),
        method: "email_code",
        emailDomain: "example.org",
        verifiedAt,
      })),
    });
  }
  const name = voterCookieName(programmeId);
  return ids.map((voterId) => ({ voterId, cookie: `${name}=${signVoterSession({ voterId, programmeId, district: null, expiresAt }, hmacKey)}` }));
}
