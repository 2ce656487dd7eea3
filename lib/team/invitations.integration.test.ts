import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { hashSignInToken } from "@/lib/auth/sign-in-link-token";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { acceptInvitation } from "@/lib/team/accept-invitation";
import { getInvitation } from "@/lib/team/get-invitation";
import { inviteMember } from "@/lib/team/invite-member";
import { resendInvitation } from "@/lib/team/resend-invitation";
import { revokeInvitation } from "@/lib/team/revoke-invitation";
import { INVITATIONS_PER_INVITER } from "@/lib/team/team-limits";
import type { TInviteMember } from "@/lib/validation/team";

const SECRET = "team-test-secret-".padEnd(40, "x");
const env = { AUTH_SECRET: SECRET, AUTH_URL: "http://localhost:3100" };
const t0 = new Date("2026-03-01T08:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

async function actor(userId: string) {
  return (await loadSessionUser({ db, userId }))!;
}

async function setUp() {
  const { programme, categories } = await makeProgramme(db, { name: "#YoungEngagement Award", categories: ["Engaged young people", "Groups"] });
  const organiserUser = await makeUser(db, { name: "Olivia Organiser" });
  await makeMembership(db, { userId: organiserUser.id, programmeId: programme.id, role: "organiser" });
  return { programme, categories, organiser: await actor(organiserUser.id) };
}

function juror(email: string, categoryId: string | null, extra: Partial<TInviteMember> = {}): TInviteMember {
  return { email, role: "juror", categoryId, isChair: false, isPreviousWinner: false, locale: "en", ...extra };
}

/** The token in the newest invitation email to `to`, read from the outbox as an admin would. */
async function tokenFromMail(to: string) {
  const mail = await db.outboxEmail.findFirst({ where: { toAddress: to, kind: "invitation" }, orderBy: { createdAt: "desc" } });
  const match = mail?.text.match(/http:\/\/localhost:3100\/invitations\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`No invitation link in the mail to ${to}`);
  return match[1];
}

async function counts() {
  const [invitations, memberships, users, audit, outbox] = await Promise.all([
    db.invitation.count(),
    db.membership.count(),
    db.user.count(),
    db.auditEvent.count(),
    db.outboxEmail.count(),
  ]);
  return { invitations, memberships, users, audit, outbox };
}

describe("inviting and accepting", () => {
  it("emails a working link, stores only the token's hash, and accepting creates the person, the membership and a sign-in", async () => {
    const { programme, categories, organiser } = await setUp();
    const email = "new.juror@city.example";
    const result = await inviteMember({
      actor: organiser,
      input: { ...juror(email, categories[0].id, { isChair: true, isPreviousWinner: true, locale: "de" }), programmeId: programme.id },
      now: t0,
      env,
    });
    expect(result.emailStatus).toBe("outbox");

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toContain("#YoungEngagement Award");
    expect(mail.subject).toMatch(/Einladung/); // the inviter chose German
    const token = await tokenFromMail(email);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - t0.getTime()).toBe(7 * DAY);
    const audit = await db.auditEvent.findMany({ where: { entityId: result.invitationId } });
    expect(audit.map((a) => a.action)).toEqual(["team.invitation_created"]);
    expect(JSON.stringify(audit)).not.toContain(token);

    const preview = await getInvitation({ token, now: t0 });
    expect(preview).toMatchObject({ email, role: "juror", programmeName: "#YoungEngagement Award", categoryName: "Engaged young people", isNewPerson: true });

    const accepted = await acceptInvitation({ token, name: "  Nadia Juror ", now: new Date(t0.getTime() + DAY), env });
    expect(accepted.landing).toBe("/jury");
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Nadia Juror", passwordHash: null, isAdmin: false, locale: "de" });
    expect(user.memberships).toEqual([
      expect.objectContaining({ programmeId: programme.id, role: "juror", categoryId: categories[0].id, isChair: true, isPreviousWinner: true }),
    ]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } })).acceptedAt).not.toBeNull();

    // The browser is sent through Auth.js's email callback with a one-time token for this address.
    const next = new URL(accepted.signInPath, "http://localhost:3100");
    expect(next.pathname).toBe("/api/auth/callback/email");
    expect(next.searchParams.get("email")).toBe(email);
    expect(next.searchParams.get("callbackUrl")).toBe("/jury");
    const signInToken = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(signInToken.token).toBe(hashSignInToken(next.searchParams.get("token")!, SECRET));

    const session = await actor(user.id);
    expect(session.memberships).toEqual([{ programmeId: programme.id, role: "juror", categoryId: categories[0].id, isChair: true }]);
    expect(await db.auditEvent.count({ where: { action: "team.invitation_accepted", actorId: user.id } })).toBe(1);
  });

  it("lets someone who already has an account take on a second category and lands organisers on the programme", async () => {
    const { programme, categories, organiser } = await setUp();
    const existing = await makeUser(db, { email: "hana@city.example", name: "Hana" });
    await makeMembership(db, { userId: existing.id, programmeId: programme.id, role: "juror", categoryId: categories[0].id });
    await inviteMember({ actor: organiser, input: { ...juror(existing.email, categories[1].id), programmeId: programme.id }, now: t0, env });
    const token = await tokenFromMail(existing.email);
    expect((await getInvitation({ token, now: t0 }))?.isNewPerson).toBe(false);
    const before = await db.user.count();
    await acceptInvitation({ token, name: "Someone else", now: t0, env });
    expect(await db.user.count()).toBe(before);
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id }, include: { memberships: true } });
    expect(user.name).toBe("Hana");
    expect(user.memberships.map((m) => m.categoryId).sort()).toEqual([categories[0].id, categories[1].id].sort());

    await inviteMember({
      actor: organiser,
      input: { email: "co.organiser@city.example", role: "organiser", categoryId: null, isChair: false, isPreviousWinner: false, locale: "en", programmeId: programme.id },
      now: t0,
      env,
    });
    const organiserAccept = await acceptInvitation({ token: await tokenFromMail("co.organiser@city.example"), now: t0, env });
    expect(organiserAccept.landing).toBe(`/admin/programmes/${programme.id}`);
  });

  it("refuses expired, withdrawn, used and altered tokens, and writes nothing for them", async () => {
    const { programme, categories, organiser } = await setUp();
    const invite = (email: string) => inviteMember({ actor: organiser, input: { ...juror(email, categories[0].id), programmeId: programme.id }, now: t0, env });

    await invite("late@city.example");
    const late = await tokenFromMail("late@city.example");
    const expired = new Date(t0.getTime() + 7 * DAY);
    expect(await getInvitation({ token: late, now: expired })).toBeNull();
    let before = await counts();
    await expect(acceptInvitation({ token: late, now: expired, env })).rejects.toMatchObject({ code: "not_found" });
    expect(await counts()).toEqual(before);

    const revoked = await invite("withdrawn@city.example");
    const withdrawnToken = await tokenFromMail("withdrawn@city.example");
    await revokeInvitation({ actor: organiser, input: { invitationId: revoked.invitationId, programmeId: programme.id } });
    expect(await db.auditEvent.count({ where: { action: "team.invitation_revoked", entityId: revoked.invitationId } })).toBe(1);
    before = await counts();
    await expect(acceptInvitation({ token: withdrawnToken, now: t0, env })).rejects.toMatchObject({ code: "not_found" });

    await invite("twice@city.example");
    const twice = await tokenFromMail("twice@city.example");
    await acceptInvitation({ token: twice, now: t0, env });
    before = await counts();
    await expect(acceptInvitation({ token: twice, now: t0, env })).rejects.toMatchObject({ code: "not_found" });
    expect(await getInvitation({ token: twice, now: t0 })).toBeNull();

    const altered = twice.slice(0, -2) + (twice.endsWith("AA") ? "BB" : "AA");
    for (const bad of [altered, "", "x".repeat(43), twice + "A", "../../etc/passwd", undefined, 42]) {
      await expect(acceptInvitation({ token: bad, now: t0, env })).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await counts()).toEqual(before);
  });

  it("resending replaces the link: the old one stops working, the new one works", async () => {
    const { programme, categories, organiser } = await setUp();
    const { invitationId } = await inviteMember({ actor: organiser, input: { ...juror("again@city.example", categories[0].id), programmeId: programme.id }, now: t0, env });
    const first = await tokenFromMail("again@city.example");
    const later = new Date(t0.getTime() + 10 * DAY);
    await resendInvitation({ actor: organiser, input: { invitationId, programmeId: programme.id }, now: later, env: { ...env, INVITATION_DAYS: "3" } });
    const second = await tokenFromMail("again@city.example");
    expect(second).not.toBe(first);
    expect(await getInvitation({ token: first, now: later })).toBeNull();
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).expiresAt.getTime()).toBe(later.getTime() + 3 * DAY);
    await acceptInvitation({ token: second, now: later, env });
    await expect(resendInvitation({ actor: organiser, input: { invitationId, programmeId: programme.id }, now: later, env })).rejects.toMatchObject({
      code: "invalid_state",
    });
  });

  it("refuses a second pending invitation for the same place, an existing member, and a category of another programme", async () => {
    const { programme, categories, organiser } = await setUp();
    const other = await makeProgramme(db, { categories: ["Elsewhere"] });
    const input = { ...juror("dup@city.example", categories[0].id), programmeId: programme.id };
    await inviteMember({ actor: organiser, input, now: t0, env });
    await expect(inviteMember({ actor: organiser, input, now: t0, env })).rejects.toMatchObject({ code: "conflict", message: "alreadyInvited" });
    await acceptInvitation({ token: await tokenFromMail("dup@city.example"), now: t0, env });
    await expect(inviteMember({ actor: organiser, input, now: t0, env })).rejects.toMatchObject({ code: "conflict", message: "alreadyMember" });
    const before = await counts();
    await expect(
      inviteMember({ actor: organiser, input: { ...juror("x@city.example", other.categories[0].id), programmeId: programme.id }, now: t0, env }),
    ).rejects.toMatchObject({ code: "invalid_input", message: "categoryUnknown" });
    await expect(
      inviteMember({ actor: organiser, input: { ...juror("x@city.example", null, { locale: "xx" }), programmeId: programme.id }, now: t0, env }),
    ).rejects.toMatchObject({ code: "invalid_input", message: "localeInvalid" });
    expect(await counts()).toEqual(before);
  });

  it("limits how many invitations one person sends", async () => {
    const { programme, organiser } = await setUp();
    for (let i = 0; i < INVITATIONS_PER_INVITER.limit; i++) {
      await inviteMember({ actor: organiser, input: { ...juror(`j${i}@city.example`, null), programmeId: programme.id }, now: t0, env });
    }
    await expect(
      inviteMember({ actor: organiser, input: { ...juror("one.more@city.example", null), programmeId: programme.id }, now: t0, env }),
    ).rejects.toMatchObject({ code: "rate_limited" });
    expect(await db.invitation.count({ where: { email: "one.more@city.example" } })).toBe(0);
  });
});

describe("who may invite, resend and withdraw", () => {
  it("refuses nobody, a juror and an organiser of another programme, and writes nothing", async () => {
    const { programme, categories, organiser } = await setUp();
    const { invitationId } = await inviteMember({ actor: organiser, input: { ...juror("pending@city.example", null), programmeId: programme.id }, now: t0, env });
    const jurorUser = await makeUser(db);
    await makeMembership(db, { userId: jurorUser.id, programmeId: programme.id, role: "juror", isChair: true });
    const elsewhere = await makeProgramme(db);
    const otherOrganiser = await makeUser(db);
    await makeMembership(db, { userId: otherOrganiser.id, programmeId: elsewhere.programme.id, role: "organiser" });

    const before = await counts();
    const bucketsBefore = await db.rateLimitBucket.count();
    for (const [who, expected] of [
      [null, "unauthenticated"],
      [await actor(jurorUser.id), "forbidden"],
      [await actor(otherOrganiser.id), "forbidden"],
    ] as const) {
      await expect(
        inviteMember({ actor: who, input: { ...juror("intruder@city.example", categories[0].id), programmeId: programme.id }, now: t0, env }),
      ).rejects.toMatchObject({ code: expected });
      await expect(resendInvitation({ actor: who, input: { invitationId, programmeId: programme.id }, now: t0, env })).rejects.toMatchObject({
        code: expected,
      });
      await expect(revokeInvitation({ actor: who, input: { invitationId, programmeId: programme.id } })).rejects.toMatchObject({ code: expected });
    }
    // The other programme's organiser naming their own programme in the URL gets no further.
    await expect(
      revokeInvitation({ actor: await actor(otherOrganiser.id), input: { invitationId, programmeId: elsewhere.programme.id } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await counts()).toEqual(before);
    expect(await db.rateLimitBucket.count()).toBe(bucketsBefore);
  });
});
