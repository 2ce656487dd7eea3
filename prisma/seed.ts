// Idempotent demo data: run it as often as you like; existing programmes and
// users are left as they are. Every person here is fictional.
import { createDbClient, type Db } from "@/lib/db/create-client";
import { seedUsers, DEMO_ACCOUNTS } from "@/prisma/seed/users";
import { seedYoungEngagement2026, seedYoungEngagement2025 } from "@/prisma/seed/young-engagement";
import { seedVolunteerOfTheMonth } from "@/prisma/seed/volunteer-of-the-month";
import { seedBristol } from "@/prisma/seed/bristol";
import { seedToulouse } from "@/prisma/seed/toulouse";

export async function seed(db: Db): Promise<{ created: string[] }> {
  const users = await seedUsers(db);
  const created: string[] = [];
  for (const run of [seedYoungEngagement2025, seedYoungEngagement2026, seedVolunteerOfTheMonth, seedBristol, seedToulouse]) {
    const slug = await run(db, users);
    if (slug) created.push(slug);
  }
  return { created };
}

async function main() {
  const db = createDbClient();
  try {
    const { created } = await seed(db);
    console.log(
      created.length
        ? `Seeded demo programmes: ${created.join(", ")}.`
        : "Demo data already present; nothing to seed.",
    );
    console.log(`Demo sign-in: ${DEMO_ACCOUNTS.organiser.email} / ${DEMO_ACCOUNTS.organiser.password}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
