import "server-only";
import { createDbClient, type Db } from "@/lib/db/create-client";

export type { Db };

// One client per process. Next's dev server reloads modules, so the instance
// lives on globalThis to avoid opening a new pool on every edit.
const globalForDb = globalThis as unknown as { laurelDb?: Db };

export const db: Db = globalForDb.laurelDb ?? createDbClient();
if (process.env.NODE_ENV !== "production") globalForDb.laurelDb = db;
