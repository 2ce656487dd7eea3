import type { Db } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@laurel.example", name: "Alex Admin", password: process.env.DEMO_ADMIN_PASSWORD ?? "laurel-demo-admin" },
  organiser: {
    email: "organiser@laurel.example",
    name: "Olivia Organiser",
    password: process.env.DEMO_ORGANISER_PASSWORD ?? "laurel-demo-organiser",
  },
  juror: { email: "juror@laurel.example", name: "Jonas Juror" },
  previousWinner: { email: "hana.juror@laurel.example", name: "Hana Tesfaye" },
} as const;

export interface SeedUsers {
  adminId: string;
  organiserId: string;
  jurorId: string;
  previousWinnerId: string;
}

async function ensureUser(db: Db, email: string, name: string, extra: { isAdmin?: boolean; password?: string } = {}) {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return existing.id;
  const user = await db.user.create({
    data: {
      email,
      name,
      isAdmin: extra.isAdmin ?? false,
      emailVerified: new Date(),
      passwordHash: extra.password ? await hashPassword(extra.password) : null,
    },
  });
  return user.id;
}

export async function seedUsers(db: Db): Promise<SeedUsers> {
  const a = DEMO_ACCOUNTS;
  return {
    adminId: await ensureUser(db, a.admin.email, a.admin.name, { isAdmin: true, password: a.admin.password }),
    organiserId: await ensureUser(db, a.organiser.email, a.organiser.name, { password: a.organiser.password }),
    jurorId: await ensureUser(db, a.juror.email, a.juror.name),
    previousWinnerId: await ensureUser(db, a.previousWinner.email, a.previousWinner.name),
  };
}
