// The one role → capability table. Every permission question in Laurel is
// answered from here (see can.ts); pages and actions never check roles directly.

export const CAPABILITIES = [
  // instance-wide
  "programme.create",
  "outbox.view",
  "user.manage",
  "area.admin",
  "area.jury",
  // per programme (and, for category-scoped memberships, per category)
  "programme.view",
  "programme.edit",
  "programme.transition",
  "team.manage",
  "nomination.moderate",
  "nomination.viewPersonal",
  "jury.manage",
  "nomination.score",
  "conflict.declare",
  "shortlist.manage",
  "results.manage",
  "vote.manage",
  "audit.view",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** Capabilities that need no programme: they are about the instance or an area of the app. */
export const INSTANCE_CAPABILITIES: ReadonlySet<Capability> = new Set([
  "programme.create",
  "outbox.view",
  "user.manage",
  "area.admin",
  "area.jury",
]);

/** What a membership grants inside its programme (or category). */
export const MEMBERSHIP_CAPABILITIES = {
  organiser: [
    "programme.view",
    "programme.edit",
    "programme.transition",
    "team.manage",
    "nomination.moderate",
    "nomination.viewPersonal",
    "jury.manage",
    "conflict.declare",
    "shortlist.manage",
    "results.manage",
    "vote.manage",
    "audit.view",
  ],
  // Jurors see nominations through their scoring pages, not the organiser view,
  // and never the nominee's contact details (many nominees are minors).
  juror: ["nomination.score", "conflict.declare"],
  // The jury chair is a juror who also leads the shortlist of their programme or category.
  chair: ["nomination.score", "conflict.declare", "shortlist.manage"],
} as const satisfies Record<string, readonly Capability[]>;

/**
 * Instance capabilities by who holds them. Admins hold everything except the
 * juror's own acts: scoring is a personal judgement, so an admin who should
 * score is made a juror like everyone else.
 */
export const NOT_FOR_ADMIN_ROLE: ReadonlySet<Capability> = new Set(["nomination.score"]);
export const ANY_ORGANISER: ReadonlySet<Capability> = new Set(["programme.create", "area.admin"]);
export const ANY_JUROR: ReadonlySet<Capability> = new Set(["area.jury"]);
