// Whether this process runs the retention schedule. Pure, so it is unit tested.

/** Next sets NEXT_PHASE to this while building: no timers in build workers. */
export const BUILD_PHASE = "phase-production-build";

export function retentionEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (env.NEXT_PHASE === BUILD_PHASE) return false;
  return env.LAUREL_RETENTION?.trim().toLowerCase() !== "off";
}
