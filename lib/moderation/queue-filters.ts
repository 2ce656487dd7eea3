// The moderation queue's filters as they come from the URL (GET form). A
// tampered or outdated value is dropped rather than refused: the organiser
// still gets a list, just less filtered.
import { z } from "zod";

/** Every status the queue can show; pending_confirmation submissions do not count yet. */
export const QUEUE_STATUSES = ["submitted", "eligible", "rejected", "duplicate", "merged", "withdrawn", "declined", "erased"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const SUBMISSION_FLAGS = ["possible_duplicate", "minor", "waiting_nominee", "waiting_guardian", "declined"] as const;
export type SubmissionFlag = (typeof SUBMISSION_FLAGS)[number];

export const QUEUE_PAGE_SIZE = 25;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (one(v) === "" ? undefined : one(v)), schema.optional()).catch(undefined);

export const ZQueueFilters = z.object({
  category: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  status: optional(z.enum(QUEUE_STATUSES)),
  flag: optional(z.enum(SUBMISSION_FLAGS)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000)).catch(1),
});
export type QueueFilters = z.infer<typeof ZQueueFilters>;

export function parseQueueFilters(query: Record<string, string | string[] | undefined>): QueueFilters {
  return ZQueueFilters.parse({ category: query.category, status: query.status, flag: query.flag, page: query.page ?? 1 });
}

/** The query string for a queue link; empty filters are left out. */
export function queueQuery(filters: Partial<QueueFilters>): string {
  const params = new URLSearchParams();
  if (filters.category) params.set("category", filters.category);
  if (filters.status) params.set("status", filters.status);
  if (filters.flag) params.set("flag", filters.flag);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
