import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { localDateString } from "@/lib/categories/local-date";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { CORRECTABLE_ANSWER_TYPES } from "@/lib/moderation/correct-nomination";
import { consentState, guardianState, type ConsentState, type GuardianState } from "@/lib/moderation/list-submissions";
import { loadNominationStories, type NominationStory } from "@/lib/moderation/load-nomination-stories";
import type { QueueStatus, SubmissionFlag } from "@/lib/moderation/queue-filters";
import { submissionFlags } from "@/lib/moderation/submission-flags";
import { can } from "@/lib/permissions/can";

type Localised = Record<string, string | undefined>;

export interface SubmissionAnswer {
  questionId: string;
  label: Localised;
  type: string;
  /** Text, or the chosen options' labels. */
  value: string | string[];
  options: { value: string; label: Localised }[];
  correctable: boolean;
  maxLength: number | null;
  required: boolean;
}

export interface LinkedNomination {
  id: string;
  title: string;
  status: string;
  submittedAt: Date | null;
}

export interface SubmissionDetail {
  id: string;
  programme: { id: string; name: string; edition: string; timeZone: string };
  category: { id: string; name: string };
  kind: "nomination" | "application";
  status: QueueStatus;
  nomineeKind: "individual" | "group";
  title: string;
  nomineeName: string;
  /** Contact details and birth date: null without "nomination.viewPersonal". */
  personal: { nomineeEmail: string | null; nomineeBirthDate: string | null; nominatorEmail: string | null; guardianEmail: string | null } | null;
  nomineeDistrict: string | null;
  groupName: string | null;
  groupSize: number | null;
  groupMemberAges: number[];
  nominatorName: string | null;
  locale: string;
  story: string;
  submittedAt: Date | null;
  rejectionReason: string | null;
  anonymisedAt: Date | null;
  duplicateOf: LinkedNomination | null;
  /** Nominations marked duplicate of this one or merged into it. */
  dependants: LinkedNomination[];
  /** Stories of the nominations merged into this one (each nominator's words). */
  mergedStories: NominationStory[];
  /** Other open nominations of the same category: what this one can be a duplicate of or merged into. */
  linkCandidates: LinkedNomination[];
  answers: SubmissionAnswer[];
  attachments: { id: string; kind: string; mimeType: string; sizeBytes: number; width: number | null; height: number | null }[];
  consent: {
    state: ConsentState;
    guardian: GuardianState;
    decidedAt: Date | null;
    displayName: string;
    chosenName: string | null;
    showPhoto: boolean;
    showDistrict: boolean;
  };
  flags: SubmissionFlag[];
  history: { id: string; seq: number; createdAt: Date; action: string; actor: { name: string | null; email: string } | null; data: unknown }[];
}

const LINKABLE = ["submitted", "eligible", "rejected"];

/** Everything an organiser needs to moderate one submission. */
export async function getSubmission({
  actor,
  programmeId,
  nominationId,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  nominationId: string;
  now?: Date;
}): Promise<SubmissionDetail> {
  const { me } = await authorizeModeration(db, { actor, programmeId, nominationId });
  const n = await db.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    include: {
      programme: { select: { id: true, name: true, edition: true, timeZone: true } },
      category: { select: { id: true, name: true } },
      consent: true,
      answers: { include: { question: { select: { label: true, type: true, options: true, position: true, maxLength: true, required: true } } } },
      attachments: { select: { id: true, kind: true, mimeType: true, sizeBytes: true, width: true, height: true }, orderBy: { createdAt: "asc" } },
      duplicateOf: { select: { id: true, nomineeKind: true, nomineeName: true, groupName: true, status: true, submittedAt: true } },
      duplicates: {
        where: { status: { in: ["duplicate", "merged"] } },
        select: { id: true, nomineeKind: true, nomineeName: true, groupName: true, status: true, submittedAt: true },
        orderBy: { submittedAt: "asc" },
      },
    },
  });
  const sameCategory = await db.nomination.findMany({
    where: { categoryId: n.categoryId, status: { not: "pending_confirmation" } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      categoryId: true,
      status: true,
      nomineeKind: true,
      nomineeName: true,
      nomineeEmail: true,
      nomineeBirthDate: true,
      groupName: true,
      groupMemberAges: true,
      submittedAt: true,
      consent: { select: { status: true, guardianRequired: true, guardianConfirmedAt: true } },
    },
  });
  const flags = submissionFlags(sameCategory, now, n.programme.timeZone).get(n.id) ?? [];
  const history = await db.auditEvent.findMany({
    where: { entityType: "Nomination", entityId: n.id },
    orderBy: { seq: "asc" },
    select: { id: true, seq: true, createdAt: true, action: true, data: true, actor: { select: { name: true, email: true } } },
  });
  const stories = await loadNominationStories(n.id);
  const personal = can(me, "nomination.viewPersonal", { programmeId: n.programmeId, categoryId: n.categoryId });

  return {
    id: n.id,
    programme: n.programme,
    category: n.category,
    kind: n.kind === "application" ? "application" : "nomination",
    status: n.status as QueueStatus,
    nomineeKind: n.nomineeKind === "group" ? "group" : "individual",
    title: titleOf(n),
    nomineeName: n.nomineeName,
    personal: personal
      ? {
          nomineeEmail: n.nomineeEmail,
          nomineeBirthDate: n.nomineeBirthDate ? localDateString(n.nomineeBirthDate, n.programme.timeZone) : null,
          nominatorEmail: n.nominatorEmail,
          guardianEmail: n.consent?.guardianEmail ?? null,
        }
      : null,
    nomineeDistrict: n.nomineeDistrict,
    groupName: n.groupName,
    groupSize: n.groupSize,
    groupMemberAges: Array.isArray(n.groupMemberAges) ? n.groupMemberAges.filter((a): a is number => typeof a === "number") : [],
    nominatorName: n.nominatorName,
    locale: n.locale,
    story: n.story,
    submittedAt: n.submittedAt,
    rejectionReason: n.rejectionReason,
    anonymisedAt: n.anonymisedAt,
    duplicateOf: n.duplicateOf ? linked(n.duplicateOf) : null,
    dependants: n.duplicates.map(linked),
    mergedStories: stories.filter((s) => !s.primary),
    linkCandidates: sameCategory.filter((c) => c.id !== n.id && LINKABLE.includes(c.status)).map(linked),
    answers: n.answers
      .sort((a, b) => a.question.position - b.question.position)
      .map((a) => {
        const options = Array.isArray(a.question.options) ? (a.question.options as { value: string; label: Localised }[]) : [];
        return {
          questionId: a.questionId,
          label: (a.question.label ?? {}) as Localised,
          type: a.question.type,
          value: Array.isArray(a.value) ? a.value.map(String) : typeof a.value === "string" ? a.value : JSON.stringify(a.value),
          options,
          correctable: CORRECTABLE_ANSWER_TYPES.has(a.question.type) && typeof a.value === "string",
          maxLength: a.question.maxLength,
          required: a.question.required,
        };
      }),
    attachments: n.attachments,
    consent: {
      state: consentState(n.consent),
      guardian: guardianState(n.consent),
      decidedAt: n.consent?.decidedAt ?? null,
      displayName: n.consent?.displayName ?? "first_name",
      chosenName: n.consent?.chosenName ?? null,
      showPhoto: n.consent?.showPhoto ?? false,
      showDistrict: n.consent?.showDistrict ?? false,
    },
    flags,
    history: history.map((h) => ({ ...h, actor: h.actor ?? null })),
  };
}

function titleOf(n: { nomineeKind: string; nomineeName: string; groupName: string | null }): string {
  return n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName;
}

function linked(n: { id: string; nomineeKind: string; nomineeName: string; groupName: string | null; status: string; submittedAt: Date | null }): LinkedNomination {
  return { id: n.id, title: titleOf(n), status: n.status, submittedAt: n.submittedAt };
}
