import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session-user";
import { isAppError } from "@/lib/errors";
import { requireStaff } from "@/lib/permissions/require-staff";

/** For the results page: checks "results.manage" in this programme, then loads (404 when unknown). */
export async function loadResultsPage<T>(programmeId: string, load: (actor: SessionUser) => Promise<T>): Promise<T> {
  const actor = await requireStaff("results.manage", { programmeId });
  try {
    return await load(actor);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
