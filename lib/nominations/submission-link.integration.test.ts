import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { confirmGuardian } from "@/lib/nominations/confirm-guardian";
import { confirmSubmission } from "@/lib/nominations/confirm-submission";
import { eraseSubmissionByToken } from "@/lib/nominations/erase-submission-by-token";
import { loadConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { loadGuardianByToken } from "@/lib/nominations/load-guardian-by-token";
import { loadSubmissionByToken } from "@/lib/nominations/load-submission-by-token";
import { CLOSES_AT, ENV, NOW, altered, makeOpenProgramme, makeSubmission, tokenFromMail } from "@/lib/nominations/private-link-test-fixtures";
import { REQUEST_MAIL_LIMITS } from "@/lib/nominations/request-mail-limits";
import { sendConsentRequest } from "@/lib/nominations/send-consent-request";
import { sendGuardianRequest } from "@/lib/nominations/send-guardian-request";
import { updateSubmission } from "@/lib/nominations/update-submission";
import { withdrawSubmission } from "@/lib/nominations/withdraw-submission";

const MINUTE = 60 * 1000;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return isAppError(error) ? error.code : `unexpected: ${String(error)}`;
  }
}

async function auditActions(nominationId: string) {
  return (await db.auditEvent.findMany({ where: { entityId: nominationId }, orderBy: { seq: "asc" } })).map((a) => a.action);
}

/** A valid edit of a nomination, as the edit form sends it (after editFormInput). */
function editInput(questions: { project: { id: string } }, over: Record<string, unknown> = {}) {
  return {
    nominee: { name: "Amira Haddad", email: "amira@example.org", birthDate: "2004-05-10", district: "Easton" },
    nominatorName: "Nora Nominator",
    story: "Runs the Saturday homework club for newcomers.",
    answers: { [questions.project.id]: "Easton community centre" },
    photoUpload: "",
    removePhoto: false,
    ...over,
  };
}

describe("confirming through the private link", () => {
  it("moves a pending nomination to submitted, asks the nominee with a working link, and does nothing the second time", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open);
    const view = await loadSubmissionByToken({ token, now: NOW });
    expect(view).toMatchObject({ status: "pending_confirmation", stage: "unconfirmed", kind: "nomination", canEdit: true });
    // Opening the page changed nothing.
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("pending_confirmation");

    expect(await confirmSubmission({ token, now: NOW, env: ENV })).toEqual({ nominationId: nomination.id, confirmedNow: true });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } });
    expect(row).toMatchObject({ status: "submitted", confirmedAt: NOW, expiresAt: null });
    expect(await auditActions(nomination.id)).toEqual(["nomination.confirmed", "consent.requested"]);

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "amira@example.org", kind: "consent_request" } });
    expect(mail.subject).toBe("You have been nominated for Bristol Volunteer Awards 2026");
    expect(mail.text).toContain("Nora Nominator has nominated you for “Young volunteer of the year”");
    expect(mail.text).toContain("Nobody outside the organisers sees anything");
    const consentToken = await tokenFromMail("amira@example.org", "consent_request", "consent");
    const consent = await loadConsentByToken({ token: consentToken, now: NOW });
    expect(consent).toMatchObject({ state: "pending", nominatorName: "Nora Nominator", story: "Runs the Saturday homework club for newcomers." });

    expect(await confirmSubmission({ token, now: new Date(NOW.getTime() + MINUTE), env: ENV })).toEqual({ nominationId: nomination.id, confirmedNow: false });
    expect(await db.outboxEmail.count({ where: { kind: "consent_request", toAddress: "amira@example.org" } })).toBe(1);
    expect((await loadSubmissionByToken({ token, now: NOW }))?.stage).toBe("waiting_for_nominee");
  });

  it("does not accept another nomination's or another kind's token", async () => {
    const open = await makeOpenProgramme();
    const a = await makeSubmission(open, { nomineeEmail: "first@example.org" });
    const b = await makeSubmission(open, { nomineeEmail: "second@example.org" });
    await confirmSubmission({ token: a.token, now: NOW, env: ENV });
    const consentToken = await tokenFromMail("first@example.org", "consent_request", "consent");

    // A consent link is not a manage link, and a manage link is not a consent link.
    expect(await codeOf(confirmSubmission({ token: consentToken, now: NOW, env: ENV }))).toBe("not_found");
    expect(await loadSubmissionByToken({ token: consentToken, now: NOW })).toBeNull();
    expect(await loadConsentByToken({ token: b.token, now: NOW })).toBeNull();
    expect(await loadConsentByToken({ token: a.token, now: NOW })).toBeNull();
    // A's confirmation touched only A.
    expect((await db.nomination.findUniqueOrThrow({ where: { id: b.nomination.id } })).status).toBe("pending_confirmation");
  });

  it("writes the nominee in the submitter's language with a line in the programme's own", async () => {
    const open = await makeOpenProgramme({ defaultLocale: "en" });
    const { token } = await makeSubmission(open, { locale: "de", nomineeEmail: "lena@example.org" });
    await confirmSubmission({ token, now: NOW, env: ENV });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "lena@example.org" } });
    expect(mail.subject).toBe("Sie wurden für Bristol Volunteer Awards 2026 nominiert");
    expect(mail.text).toContain("On the page behind the link you can choose English");
    expect(mail.html).toContain('<html lang="de">');
  });

  it("asks an applicant's guardian once the application is confirmed", async () => {
    const open = await makeOpenProgramme();
    const { token } = await makeSubmission(open, {
      kind: "application",
      nomineeEmail: "young@example.org",
      nomineeBirthDate: "2009-09-15",
      appearance: { displayName: "first_name" },
      guardianRequired: true,
      guardianEmail: "first.parent@example.org",
    });
    await confirmSubmission({ token, now: NOW, env: ENV });
    expect(await db.outboxEmail.count({ where: { kind: "consent_request", toAddress: "young@example.org" } })).toBe(0);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "first.parent@example.org", kind: "guardian_request" } });
    expect(mail.subject).toBe("Please confirm: Bristol Volunteer Awards 2026");
    expect(mail.text).toContain("Amira Haddad has applied for “Young volunteer of the year”");
    expect(mail.text).toContain("shown publicly as “Amira”, without a photo and without their district");
    expect((await loadSubmissionByToken({ token, now: NOW }))?.stage).toBe("waiting_for_guardian");
  });

  it("treats an expired unconfirmed link as dead, and changes nothing", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { expiresAt: new Date(NOW.getTime() - MINUTE) });
    const emails = await db.outboxEmail.count();
    expect(await loadSubmissionByToken({ token, now: NOW })).toBeNull();
    expect(await codeOf(confirmSubmission({ token, now: NOW, env: ENV }))).toBe("not_found");
    expect(await codeOf(withdrawSubmission({ token, now: NOW, env: ENV }))).toBe("not_found");
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("pending_confirmation");
    expect(await db.outboxEmail.count()).toBe(emails);
    expect(await auditActions(nomination.id)).toEqual([]);
  });

  it("refuses altered, truncated and malformed tokens in every function, without a trace", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { status: "submitted" });
    const before = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } });
    const audit = await db.auditEvent.count();
    for (const bad of [altered(token), token.slice(0, 42), `${token}x`, "", null, 42, "../../admin"]) {
      expect(await loadSubmissionByToken({ token: bad, now: NOW })).toBeNull();
      expect(await codeOf(confirmSubmission({ token: bad, now: NOW, env: ENV }))).toBe("not_found");
      expect(await codeOf(updateSubmission({ token: bad, input: editInput(open.questions), now: NOW, env: ENV }))).toBe("not_found");
      expect(await codeOf(withdrawSubmission({ token: bad, now: NOW, env: ENV }))).toBe("not_found");
      expect(await codeOf(eraseSubmissionByToken({ token: bad, now: NOW }))).toBe("not_found");
    }
    expect(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).toEqual(before);
    expect(await db.auditEvent.count()).toBe(audit);
  });
});

describe("changing a submission through the private link", () => {
  it("keeps everything on bad input, then saves and audits field names only", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { status: "submitted" });
    const before = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { answers: true } });

    const refused = await updateSubmission({
      token,
      input: editInput(open.questions, {
        nominee: { name: "x".repeat(121), email: "amira@example.org", birthDate: "1990-01-01", district: "Easton" },
        story: "",
        answers: { [open.questions.project.id]: "" },
      }),
      now: NOW,
      env: ENV,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.kind).toBe("nomination");
    expect(refused.issues.map((i) => [i.path, i.message])).toEqual([
      ["nominee.name", "tooLong"],
      ["story", "required"],
      [`answers.${open.questions.project.id}`, "required"],
    ]);
    // Category rules are checked too, once the shape is right: the age rule and the required question.
    const ruled = await updateSubmission({
      token,
      input: editInput(open.questions, { nominee: { name: "Amira Haddad", email: "amira@example.org", birthDate: "1990-01-01", district: "" }, answers: {} }),
      now: NOW,
      env: ENV,
    });
    expect(ruled.ok ? [] : ruled.issues.map((i) => [i.path, i.message])).toEqual([
      ["nominee.birthDate", "eligibility.too_old"],
      [`answers.${open.questions.project.id}`, "required"],
    ]);
    expect(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { answers: true } })).toEqual(before);
    expect(await auditActions(nomination.id)).toEqual([]);

    const saved = await updateSubmission({
      token,
      input: editInput(open.questions, {
        nominee: { name: "Amira Haddad", email: "changed@example.org", birthDate: "2004-05-10", district: "St Pauls" },
        story: "<script>alert(1)</script> Runs the homework club.",
        answers: { [open.questions.project.id]: "St Pauls library", [open.questions.days.id]: ["saturday", "sunday"] },
      }),
      now: NOW,
      env: ENV,
    });
    expect(saved).toEqual({
      ok: true,
      changed: ["nomineeDistrict", "story", `answers.${open.questions.project.id}`, `answers.${open.questions.days.id}`],
      backToReview: false,
      guardianNotEmailed: false,
    });
    const after = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { answers: true } });
    // The nominee was already asked: their address stays as it was.
    expect(after).toMatchObject({ nomineeDistrict: "St Pauls", story: "<script>alert(1)</script> Runs the homework club.", nomineeEmail: "amira@example.org" });
    expect(after.answers.find((a) => a.questionId === open.questions.days.id)?.value).toEqual(["saturday", "sunday"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "nomination.edited" } });
    expect(audit.data).toEqual({ by: "submitter", fields: saved.ok ? saved.changed : [] });
    for (const value of ["St Pauls", "script", "library", "saturday"]) expect(JSON.stringify(audit)).not.toContain(value);

    // Saving the same again changes nothing and writes no audit row.
    expect(
      await updateSubmission({
        token,
        input: editInput(open.questions, {
          nominee: { name: "Amira Haddad", email: "amira@example.org", birthDate: "2004-05-10", district: "St Pauls" },
          story: "<script>alert(1)</script> Runs the homework club.",
          answers: { [open.questions.project.id]: "St Pauls library", [open.questions.days.id]: ["saturday", "sunday"] },
        }),
        now: NOW,
        env: ENV,
      }),
    ).toEqual({ ok: true, changed: [], backToReview: false, guardianNotEmailed: false });
    expect(await db.auditEvent.count({ where: { entityId: nomination.id, action: "nomination.edited" } })).toBe(1);
  });

  it("lets the nominator fix the nominee's address only before the nominee was asked", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open);
    const result = await updateSubmission({
      token,
      input: editInput(open.questions, { nominee: { name: "Amira Haddad", email: "amira.h@example.org", birthDate: "2004-05-10", district: "Easton" } }),
      now: NOW,
      env: ENV,
    });
    expect(result).toEqual({ ok: true, changed: ["nomineeEmail"], backToReview: false, guardianNotEmailed: false });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).nomineeEmail).toBe("amira.h@example.org");
  });

  it("ends edits at the deadline, and for submissions that ended", async () => {
    const open = await makeOpenProgramme();
    const { token } = await makeSubmission(open, { status: "submitted" });
    expect((await loadSubmissionByToken({ token, now: CLOSES_AT }))?.canEdit).toBe(false);
    expect(await codeOf(updateSubmission({ token, input: editInput(open.questions), now: CLOSES_AT, env: ENV }))).toBe("invalid_state");
    const rejected = await makeSubmission(open, { status: "rejected" });
    expect(await codeOf(updateSubmission({ token: rejected.token, input: editInput(open.questions), now: NOW, env: ENV }))).toBe("invalid_state");
  });

  it("re-checks an applicant's guardian when their birth date makes them a minor", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { kind: "application", status: "submitted", nomineeEmail: "young@example.org", appearance: { displayName: "full_name" } });
    const input = {
      ...editInput(open.questions),
      nominee: { name: "Amira Haddad", email: "ignored@example.org", birthDate: "2009-09-15", district: "Easton" },
      nominatorName: undefined,
      appearance: { displayName: "chosen_name", chosenName: "Mira", showPhoto: true, showDistrict: false },
    };
    const missing = await updateSubmission({ token, input, now: NOW, env: ENV });
    expect(missing.ok ? [] : missing.issues.map((i) => [i.path, i.message])).toEqual([["guardianEmail", "guardianRequired"]]);

    const saved = await updateSubmission({ token, input: { ...input, guardianEmail: "Parent@Example.org" }, now: NOW, env: ENV });
    expect(saved).toEqual({
      ok: true,
      changed: ["nomineeBirthDate", "appearance.displayName", "appearance.chosenName", "appearance.showPhoto", "guardianRequired", "guardianEmail"],
      backToReview: false,
      guardianNotEmailed: false,
    });
    const consent = await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } });
    expect(consent).toMatchObject({ displayName: "chosen_name", chosenName: "Mira", showPhoto: true, guardianRequired: true, guardianEmail: "parent@example.org", guardianConfirmedAt: null });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).nomineeEmail).toBe("young@example.org");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "parent@example.org", kind: "guardian_request" } });
    expect(mail.text).toContain("shown publicly as “Mira”, with a photo");
  });
});

describe("withdrawing and deleting through the private link", () => {
  it("withdraws, leaves the nominee nothing to decide, sends a receipt, and is idempotent", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { nomineeEmail: "withdrawn@example.org", nominatorEmail: "withdrawer@example.org" });
    await confirmSubmission({ token, now: NOW, env: ENV });
    const consentToken = await tokenFromMail("withdrawn@example.org", "consent_request", "consent");

    expect(await withdrawSubmission({ token, now: NOW, env: ENV })).toEqual({ withdrawnNow: true });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("withdrawn");
    // Nothing to decide, but the nominee's link still lets them have their data deleted.
    expect(await loadConsentByToken({ token: consentToken, now: NOW })).toMatchObject({ state: "closed", canErase: true, nomineeName: "", story: "" });
    const receipt = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "withdrawer@example.org", kind: "submission_withdrawn" } });
    expect(receipt.subject).toBe("Your nomination for Bristol Volunteer Awards 2026 was withdrawn");
    expect(receipt.text).toContain(`http://localhost:3100/submissions/${token}`);

    expect(await withdrawSubmission({ token, now: NOW, env: ENV })).toEqual({ withdrawnNow: false });
    expect(await db.outboxEmail.count({ where: { kind: "submission_withdrawn", toAddress: "withdrawer@example.org" } })).toBe(1);
    const view = await loadSubmissionByToken({ token, now: NOW });
    expect(view).toMatchObject({ stage: "withdrawn", canEdit: false, canWithdraw: false, canErase: true });
    expect(await auditActions(nomination.id)).toEqual(["nomination.confirmed", "consent.requested", "nomination.withdrawn"]);
  });

  it("cannot withdraw a submission that ended otherwise", async () => {
    const open = await makeOpenProgramme();
    const { token } = await makeSubmission(open, { status: "rejected" });
    expect(await codeOf(withdrawSubmission({ token, now: NOW, env: ENV }))).toBe("invalid_state");
  });

  it("deletes the submitter's data on request, after which the link is dead", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { status: "submitted", nomineeName: "Marker Nominee", story: "Marker story" });
    await eraseSubmissionByToken({ token, now: NOW });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { answers: true } });
    expect(row.status).toBe("erased");
    expect(row.anonymisedAt).not.toBeNull();
    expect(row.answers).toEqual([]);
    expect(JSON.stringify(row)).not.toMatch(/Marker|amira@|nora@/);
    expect(await loadSubmissionByToken({ token, now: NOW })).toBeNull();
    expect(await codeOf(eraseSubmissionByToken({ token, now: NOW }))).toBe("not_found");
  });
});

/** A confirmed application of a 16-year-old whose guardian holds a link (and has confirmed, when told). */
async function minorApplication(open: Awaited<ReturnType<typeof makeOpenProgramme>>, guardianEmail: string, { confirmed = false } = {}) {
  const { nomination, token } = await makeSubmission(open, {
    kind: "application",
    nomineeEmail: `young-${Math.random().toString(36).slice(2)}@example.org`,
    nomineeBirthDate: "2009-09-15",
    appearance: { displayName: "first_name" },
    guardianRequired: true,
    guardianEmail,
  });
  await confirmSubmission({ token, now: NOW, env: ENV });
  const guardianToken = await tokenFromMail(guardianEmail, "guardian_request", "guardian");
  if (confirmed) await confirmGuardian({ token: guardianToken, now: NOW });
  return { nomination, token, guardianToken };
}

function applicationInput(questions: { project: { id: string } }, guardianEmail: string, appearance: Record<string, unknown>) {
  return {
    ...editInput(questions),
    nominee: { name: "Amira Haddad", email: "ignored@example.org", birthDate: "2009-09-15", district: "Easton" },
    nominatorName: undefined,
    appearance: { displayName: "first_name", chosenName: "", showPhoto: false, showDistrict: false, ...appearance },
    guardianEmail,
  };
}

describe("a minor applicant changing how they appear", () => {
  it("asks the guardian again after they confirmed: their confirmation and link are reset, a new request goes out", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token, guardianToken } = await minorApplication(open, "parent.again@example.org", { confirmed: true });
    expect((await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } })).guardianConfirmedAt).toEqual(NOW);

    const saved = await updateSubmission({ token, input: applicationInput(open.questions, "parent.again@example.org", { showPhoto: true }), now: NOW, env: ENV });
    expect(saved).toMatchObject({ ok: true, changed: ["appearance.showPhoto"], guardianNotEmailed: false });
    const consent = await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } });
    expect(consent.guardianConfirmedAt).toBeNull();
    expect(await loadGuardianByToken({ token: guardianToken })).toBeNull();
    const again = await tokenFromMail("parent.again@example.org", "guardian_request", "guardian");
    expect(again).not.toBe(guardianToken);
    expect(await loadGuardianByToken({ token: again })).toMatchObject({ state: "pending", shown: { photo: true } });
    expect(await db.outboxEmail.count({ where: { toAddress: "parent.again@example.org", kind: "guardian_request" } })).toBe(2);

    // A change to anything else does not bother the guardian.
    await updateSubmission({ token, input: applicationInput(open.questions, "parent.again@example.org", { showPhoto: true }), now: NOW, env: ENV });
    expect(await db.outboxEmail.count({ where: { toAddress: "parent.again@example.org", kind: "guardian_request" } })).toBe(2);
  });
});

describe("changes after the organisers accepted", () => {
  it("sends an accepted submission back to the organisers when its content changes, and not otherwise", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { status: "eligible" });
    const onlyMyName = await updateSubmission({ token, input: editInput(open.questions, { nominatorName: "Nora N. Nominator" }), now: NOW, env: ENV });
    expect(onlyMyName).toMatchObject({ ok: true, changed: ["nominatorName"], backToReview: false });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("eligible");

    const story = await updateSubmission({ token, input: editInput(open.questions, { story: "Runs the homework club and a choir." }), now: NOW, env: ENV });
    expect(story).toMatchObject({ ok: true, changed: ["nominatorName", "story"], backToReview: true });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("submitted");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "nomination.edited_after_acceptance" } });
    expect(audit.data).toEqual({ from: "eligible", to: "submitted", fields: ["story"] });
    expect(await loadSubmissionByToken({ token, now: NOW })).toMatchObject({ status: "submitted", canEdit: true });
  });

  it("keeps the nominee's own name and district once they accepted, whatever the nominator sends", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { status: "submitted" });
    await db.nomineeConsent.update({ where: { nominationId: nomination.id }, data: { status: "accepted", decidedAt: NOW } });
    const changed = await updateSubmission({
      token,
      input: editInput(open.questions, { nominee: { name: "Someone Else", email: "amira@example.org", birthDate: "2004-05-10", district: "Elsewhere" }, story: "New words." }),
      now: NOW,
      env: ENV,
    });
    expect(changed).toMatchObject({ ok: true, changed: ["story"] });
    // The edit form shows them read-only and sends nothing for them: that is fine too.
    const blank = await updateSubmission({ token, input: editInput(open.questions, { nominee: { email: "amira@example.org" }, story: "New words." }), now: NOW, env: ENV });
    expect(blank).toMatchObject({ ok: true, changed: [] });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).toMatchObject({ nomineeName: "Amira Haddad", nomineeDistrict: "Easton", story: "New words." });
  });
});

describe("request emails are limited per address and per nomination", () => {
  it("asks a nominee at one address at most 5 times a day; the next nominations wait, and the skip is recorded", async () => {
    const open = await makeOpenProgramme();
    const tokens: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < REQUEST_MAIL_LIMITS.perAddress.limit + 1; i++) {
      const { nomination, token } = await makeSubmission(open, { nomineeEmail: "Popular.Volunteer@example.org", nominatorEmail: `fan${i}@example.org` });
      await confirmSubmission({ token, now: NOW, env: ENV });
      tokens.push(token);
      ids.push(nomination.id);
    }
    expect(await db.outboxEmail.count({ where: { kind: "consent_request", toAddress: "Popular.Volunteer@example.org" } })).toBe(5);
    const last = ids.at(-1)!;
    expect((await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: last } })).tokenHash).toBeNull();
    const skipped = await db.auditEvent.findFirstOrThrow({ where: { entityId: last, action: "consent.request_skipped" } });
    expect(skipped.data).toEqual({ reason: "rate_limited" });
    // A day later the address may be written to again.
    const tomorrow = new Date(NOW.getTime() + 24 * 60 * MINUTE);
    expect(await sendConsentRequest({ nominationId: last, now: tomorrow, env: ENV })).toMatchObject({ status: expect.any(String) });
  });

  it("asks one nomination's guardian at most 5 times a day, keeps their last link working, and tells the applicant", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await minorApplication(open, "busy.parent@example.org");
    // The confirmation sent the first; four changes of appearance send four more.
    for (let i = 1; i < REQUEST_MAIL_LIMITS.perNomination.limit; i++) {
      const saved = await updateSubmission({ token, input: applicationInput(open.questions, "busy.parent@example.org", { showPhoto: i % 2 === 1 }), now: NOW, env: ENV });
      expect(saved).toMatchObject({ ok: true, guardianNotEmailed: false });
    }
    const lastLink = await tokenFromMail("busy.parent@example.org", "guardian_request", "guardian");
    expect(await sendGuardianRequest({ nominationId: nomination.id, now: NOW, env: ENV })).toBe("rate_limited");
    expect(await loadGuardianByToken({ token: lastLink })).toMatchObject({ state: "pending" });

    const refused = await updateSubmission({ token, input: applicationInput(open.questions, "busy.parent@example.org", { showDistrict: true }), now: NOW, env: ENV });
    expect(refused).toMatchObject({ ok: true, changed: ["appearance.showDistrict"], guardianNotEmailed: true });
    expect(await db.outboxEmail.count({ where: { toAddress: "busy.parent@example.org", kind: "guardian_request" } })).toBe(5);
    expect(await db.auditEvent.count({ where: { entityId: nomination.id, action: "consent.guardian_request_skipped" } })).toBe(2);

    // Saving again the next day, even without a change, sends the request the guardian is still missing.
    const tomorrow = new Date(NOW.getTime() + 24 * 60 * MINUTE);
    const retried = await updateSubmission({ token, input: applicationInput(open.questions, "busy.parent@example.org", { showDistrict: true }), now: tomorrow, env: ENV });
    expect(retried).toMatchObject({ ok: true, changed: [], guardianNotEmailed: false });
    expect(await db.outboxEmail.count({ where: { toAddress: "busy.parent@example.org", kind: "guardian_request" } })).toBe(6);
  });
});
