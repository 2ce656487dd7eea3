import type { Phase } from "@/lib/validation/statuses";

// The transparency record goes public only when the organiser turned it on
// and the results are out: before that, who recused themselves from whom
// would hint at the shortlist and the jury's deliberations.
const PUBLIC_PHASES: ReadonlySet<string> = new Set<Phase>(["results_published", "archived"]);

export function isTransparencyPublic(programme: { transparencyPublic: boolean; phase: string }): boolean {
  return programme.transparencyPublic && PUBLIC_PHASES.has(programme.phase);
}
