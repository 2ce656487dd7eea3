// Small builders for auth and permission integration tests.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

const tag = () => randomBytes(4).toString("hex");

/** Cheap scrypt parameters: the tests are about the flow, not the cost. */
const FAST = { N: 2 ** 10, r: 8, p: 1 };

export async function makeUser(db: Db, opts: { email?: string; password?: string; isAdmin?: boolean; disabled?: boolean; name?: string } = {}) {
  return db.user.create({
    data: {
      email: opts.email ?? `staff-${tag()}@laurel.example`,
      name: opts.name ?? "Test Person",
      isAdmin: opts.isAdmin ?? false,
      passwordHash: opts.password ? await hashPassword(opts.password, FAST) : null,
      disabledAt: opts.disabled ? new Date() : null,
    },
  });
}

export async function makeProgramme(db: Db, opts: { name?: string; phase?: string; categories?: string[] } = {}) {
  const t = tag();
  const programme = await db.programme.create({
    data: {
      slug: `programme-${t}`,
      name: opts.name ?? `Programme ${t}`,
      edition: "2026",
      organiserName: "Volunteer department",
      organiserContact: "volunteers@city.example",
      city: "Nuremberg",
      phase: opts.phase ?? "draft",
    },
  });
  const categories = [];
  for (const [position, name] of (opts.categories ?? []).entries()) {
    categories.push(await db.category.create({ data: { programmeId: programme.id, name, position } }));
  }
  return { programme, categories };
}

export function makeMembership(
  db: Db,
  data: { userId: string; programmeId: string; role: "organiser" | "juror"; categoryId?: string | null; isChair?: boolean },
) {
  return db.membership.create({ data: { ...data, categoryId: data.categoryId ?? null, isChair: data.isChair ?? false } });
}
