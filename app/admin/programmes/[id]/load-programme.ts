import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Capability } from "@/lib/permissions/capabilities";
import { requireStaff } from "@/lib/permissions/require-staff";
import { getProgrammeForOrganiser } from "@/lib/programmes/get-programme-for-organiser";

/** For the programme's organiser pages: checks `capability` in this programme, then loads it (404 when unknown). */
export async function loadProgrammeForPage(programmeId: string, capability: Capability) {
  const actor = await requireStaff(capability, { programmeId });
  try {
    return { actor, programme: await getProgrammeForOrganiser({ actor, programmeId }) };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
