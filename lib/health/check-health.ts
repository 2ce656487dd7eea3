import "server-only";
import { db } from "@/lib/db";
import { resolveDatabase } from "@/lib/db/database-url";

export interface Health {
  status: "ok" | "degraded";
  database: "ok" | "unreachable";
  provider: string;
}

export async function checkHealth(): Promise<Health> {
  const provider = resolveDatabase().provider;
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", database: "ok", provider };
  } catch (error) {
    console.error("[health] database check failed:", (error as Error).message);
    return { status: "degraded", database: "unreachable", provider };
  }
}
