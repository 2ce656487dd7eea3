import { describe, expect, it } from "vitest";
import type { SessionMembership, SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { can, type PermissionScope } from "@/lib/permissions/can";
import { CAPABILITIES, INSTANCE_CAPABILITIES, type Capability } from "@/lib/permissions/capabilities";

const P1 = "prog-1";
const P2 = "prog-2";
const C1 = "cat-1";
const C2 = "cat-2";

function user(memberships: SessionMembership[], isAdmin = false): SessionUser {
  return { id: "u", email: "u@example.org", name: null, isAdmin, locale: "en", memberships };
}
const organiser = (programmeId = P1): SessionMembership => ({ programmeId, role: "organiser", categoryId: null, isChair: false });
const juror = (categoryId: string | null = null, isChair = false): SessionMembership => ({
  programmeId: P1,
  role: "juror",
  categoryId,
  isChair,
});

// Written out by hand (not derived from the table) so a change to the table shows up here.
const ORGANISER_IN_PROGRAMME: Capability[] = [
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
];
const JUROR_IN_PROGRAMME: Capability[] = ["nomination.score", "conflict.declare"];
const CHAIR_IN_PROGRAMME: Capability[] = ["nomination.score", "conflict.declare", "shortlist.manage"];

/**
 * The capabilities `u` holds in `scope`, sorted so lists compare as sets. With a
 * programme in scope only programme capabilities are listed; instance ones
 * (area.*, programme.create…) are checked with an empty scope.
 */
function allowed(u: SessionUser | null, scope: PermissionScope): Capability[] {
  const relevant = scope.programmeId ? CAPABILITIES.filter((c) => !INSTANCE_CAPABILITIES.has(c)) : CAPABILITIES;
  return relevant.filter((c) => can(u, c, scope)).sort();
}
const sorted = (list: readonly Capability[]) => [...list].sort();

describe("can", () => {
  it("refuses everything to nobody", () => {
    for (const scope of [{}, { programmeId: P1 }, { programmeId: P1, categoryId: C1 }]) {
      expect(allowed(null, scope)).toEqual([]);
      expect(allowed(undefined as unknown as null, scope)).toEqual([]);
    }
  });

  it("refuses everything to a signed-in user without memberships", () => {
    for (const scope of [{}, { programmeId: P1 }, { programmeId: P1, categoryId: C1 }]) {
      expect(allowed(user([]), scope)).toEqual([]);
    }
  });

  it("lets an admin do everything everywhere except score as a juror", () => {
    const admin = user([], true);
    for (const scope of [{}, { programmeId: P1 }, { programmeId: P2, categoryId: C2 }]) {
      for (const c of CAPABILITIES) expect(can(admin, c, scope)).toBe(c !== "nomination.score");
    }
  });

  it("lets an admin who is also a juror score in their own programme only", () => {
    const adminJuror = user([juror()], true);
    expect(can(adminJuror, "nomination.score", { programmeId: P1, categoryId: C1 })).toBe(true);
    expect(can(adminJuror, "nomination.score", { programmeId: P2, categoryId: C1 })).toBe(false);
  });

  it("gives an organiser their programme's capabilities, in any of its categories", () => {
    const u = user([organiser()]);
    expect(allowed(u, { programmeId: P1 })).toEqual(sorted(ORGANISER_IN_PROGRAMME));
    expect(allowed(u, { programmeId: P1, categoryId: C2 })).toEqual(allowed(u, { programmeId: P1 }));
  });

  it("gives an organiser nothing in another programme", () => {
    const u = user([organiser(P2)]);
    expect(allowed(u, { programmeId: P1 })).toEqual([]);
    expect(allowed(u, { programmeId: P1, categoryId: C1 })).toEqual([]);
  });

  it("gives an organiser the organiser area and programme creation, but not admin tools", () => {
    const u = user([organiser()]);
    expect(allowed(u, {})).toEqual(sorted(["programme.create", "area.admin"]));
    expect(can(u, "outbox.view")).toBe(false);
    expect(can(u, "user.manage")).toBe(false);
    expect(can(u, "area.jury")).toBe(false);
  });

  it("refuses programme capabilities when the caller forgot the programme", () => {
    const u = user([organiser(), juror()]);
    for (const c of [...ORGANISER_IN_PROGRAMME, ...JUROR_IN_PROGRAMME]) expect(can(u, c)).toBe(false);
  });

  it("lets a whole-programme juror score and declare conflicts in every category", () => {
    const u = user([juror()]);
    expect(allowed(u, { programmeId: P1, categoryId: C1 })).toEqual(sorted(JUROR_IN_PROGRAMME));
    expect(allowed(u, { programmeId: P1, categoryId: C2 })).toEqual(sorted(JUROR_IN_PROGRAMME));
    expect(allowed(u, { programmeId: P1 })).toEqual(sorted(JUROR_IN_PROGRAMME));
    expect(allowed(u, { programmeId: P2, categoryId: C1 })).toEqual([]);
  });

  it("limits a category juror to their category", () => {
    const u = user([juror(C1)]);
    expect(allowed(u, { programmeId: P1, categoryId: C1 })).toEqual(sorted(JUROR_IN_PROGRAMME));
    expect(allowed(u, { programmeId: P1, categoryId: C2 })).toEqual([]);
    // No category given: acting on the whole programme is beyond a category juror.
    expect(allowed(u, { programmeId: P1 })).toEqual([]);
  });

  it("gives a juror the jury area and nothing of the organiser's", () => {
    const u = user([juror(C1)]);
    expect(allowed(u, {})).toEqual(["area.jury"]);
    for (const c of ["programme.view", "nomination.viewPersonal", "nomination.moderate", "results.manage", "vote.manage", "audit.view"] as const) {
      expect(can(u, c, { programmeId: P1, categoryId: C1 })).toBe(false);
    }
  });

  it("lets the jury chair manage the shortlist within their scope", () => {
    expect(allowed(user([juror(null, true)]), { programmeId: P1, categoryId: C2 })).toEqual(sorted(CHAIR_IN_PROGRAMME));
    const categoryChair = user([juror(C1, true)]);
    expect(can(categoryChair, "shortlist.manage", { programmeId: P1, categoryId: C1 })).toBe(true);
    expect(can(categoryChair, "shortlist.manage", { programmeId: P1, categoryId: C2 })).toBe(false);
    expect(can(categoryChair, "shortlist.manage", { programmeId: P2, categoryId: C1 })).toBe(false);
  });

  it("adds up several memberships", () => {
    const u = user([organiser(P2), juror(C1)]);
    expect(can(u, "results.manage", { programmeId: P2 })).toBe(true);
    expect(can(u, "results.manage", { programmeId: P1 })).toBe(false);
    expect(can(u, "nomination.score", { programmeId: P1, categoryId: C1 })).toBe(true);
    expect(can(u, "nomination.score", { programmeId: P2, categoryId: C1 })).toBe(false);
    expect(allowed(u, {})).toEqual(sorted(["programme.create", "area.admin", "area.jury"]));
  });
});

describe("authorize", () => {
  it("throws unauthenticated (401) for nobody", () => {
    const run = () => authorize(null, "programme.view", { programmeId: P1 });
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (e) {
      expect((e as AppError).code).toBe("unauthenticated");
      expect((e as AppError).status).toBe(401);
    }
  });

  it("throws forbidden (403) for the wrong role and returns the actor when allowed", () => {
    const u = user([juror()]);
    try {
      authorize(u, "programme.edit", { programmeId: P1 });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe("forbidden");
      expect((e as AppError).status).toBe(403);
    }
    expect(authorize(u, "nomination.score", { programmeId: P1, categoryId: C1 })).toBe(u);
  });
});
