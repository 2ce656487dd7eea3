import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { QUEUE_PAGE_SIZE, QUEUE_STATUSES, type QueueFilters, type QueueStatus, type SubmissionFlag } from "@/lib/moderation/queue-filters";
import { submissionFlags } from "@/lib/moderation/submission-flags";
import { authorize } from "@/lib/permissions/authorize";

export type ConsentState = "not_asked" | "pending" | "accepted" | "declined";
export type GuardianState = "not_needed" | "waiting" | "confirmed";

export interface QueueRow {
  id: string;
  categoryId: string;
  categoryName: string;
  /** The nominee's name, or the group's; "—" once erased. */
  title: string;
  nomineeKind: "individual" | "group";
  kind: "nomination" | "application";
  submittedAt: Date | null;
  status: QueueStatus;
  consent: ConsentState;
  guardian: GuardianState;
  flags: SubmissionFlag[];
}

export interface SubmissionQueue {
  programme: { id: string; name: string; edition: string; timeZone: string };
  categories: { id: string; name: string }[];
  /** Per status, within the chosen category (all categories when none). */
  counts: Record<QueueStatus, number>;
  rows: QueueRow[];
  /** Rows matching all filters, over all pages. */
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The organisers' queue: every confirmed submission of a programme with its
 * flags, filtered and paged. Flags compare submissions with each other, so the
 * programme's submissions are read in one go (a few thousand at most for an
 * award) and filtered here rather than in SQL. Contact details are read for
 * the duplicate check only and are not returned.
 */
export async function listSubmissions({
  actor,
  programmeId,
  filters,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  filters: QueueFilters;
  now?: Date;
}): Promise<SubmissionQueue> {
  if (!actor) authorize(actor, "nomination.moderate");
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, edition: true, timeZone: true, categories: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
  });
  if (!programme) throw new AppError("not_found", "No such programme.");
  authorize(actor, "nomination.moderate", { programmeId: programme.id });

  const rows = await db.nomination.findMany({
    where: { programmeId, status: { not: "pending_confirmation" } },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      categoryId: true,
      kind: true,
      status: true,
      nomineeKind: true,
      nomineeName: true,
      nomineeEmail: true,
      nomineeBirthDate: true,
      groupName: true,
      groupMemberAges: true,
      submittedAt: true,
      createdAt: true,
      consent: { select: { status: true, guardianRequired: true, guardianConfirmedAt: true } },
    },
  });
  const flags = submissionFlags(rows, now, programme.timeZone);
  const categoryName = new Map(programme.categories.map((c) => [c.id, c.name]));
  const category = filters.category && categoryName.has(filters.category) ? filters.category : undefined;

  const inCategory = rows.filter((r) => !category || r.categoryId === category);
  const counts = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) as Record<QueueStatus, number>;
  for (const r of inCategory) if (r.status in counts) counts[r.status as QueueStatus]++;

  const matching = inCategory.filter(
    (r) => (!filters.status || r.status === filters.status) && (!filters.flag || (flags.get(r.id) ?? []).includes(filters.flag)),
  );
  const pageCount = Math.max(1, Math.ceil(matching.length / QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  return {
    programme: { id: programme.id, name: programme.name, edition: programme.edition, timeZone: programme.timeZone },
    categories: programme.categories,
    counts,
    total: matching.length,
    page,
    pageCount,
    rows: matching.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE).map((r) => ({
      id: r.id,
      categoryId: r.categoryId,
      categoryName: categoryName.get(r.categoryId) ?? "",
      title: r.nomineeKind === "group" && r.groupName ? r.groupName : r.nomineeName,
      nomineeKind: r.nomineeKind === "group" ? "group" : "individual",
      kind: r.kind === "application" ? "application" : "nomination",
      submittedAt: r.submittedAt ?? r.createdAt,
      status: r.status as QueueStatus,
      consent: consentState(r.consent),
      guardian: guardianState(r.consent),
      flags: flags.get(r.id) ?? [],
    })),
  };
}

export function consentState(consent: { status: string } | null): ConsentState {
  if (!consent) return "not_asked";
  return consent.status === "accepted" || consent.status === "declined" ? consent.status : "pending";
}

export function guardianState(consent: { guardianRequired: boolean; guardianConfirmedAt: Date | null } | null): GuardianState {
  if (!consent?.guardianRequired) return "not_needed";
  return consent.guardianConfirmedAt ? "confirmed" : "waiting";
}
