import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { confirmSubmission } from "@/lib/nominations/confirm-submission";
import { eraseSubmissionByToken } from "@/lib/nominations/erase-submission-by-token";
import { loadConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { loadSubmissionByToken } from "@/lib/nominations/load-submission-by-token";
import { CLOSES_AT, ENV, NOW, altered, makeOpenProgramme, makeSubmission, tokenFromMail } from "@/lib/nominations/private-link-test-fixtures";
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
    expect(saved).toEqual({ ok: true, changed: ["nomineeDistrict", "story", `answers.${open.questions.project.id}`, `answers.${open.questions.days.id}`] });
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
    ).toEqual({ ok: true, changed: [] });
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
    expect(result).toEqual({ ok: true, changed: ["nomineeEmail"] });
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
    });
    const consent = await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } });
    expect(consent).toMatchObject({ displayName: "chosen_name", chosenName: "Mira", showPhoto: true, guardianRequired: true, guardianEmail: "parent@example.org", guardianConfirmedAt: null });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).nomineeEmail).toBe("young@example.org");
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "parent@example.org", kind: "guardian_request" } });
    expect(mail.text).toContain("shown publicly as “Mira”, with a photo");
  });
});

describe("withdrawing and deleting through the private link", () => {
  it("withdraws, ends the nominee's link, sends a receipt, and is idempotent", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { nomineeEmail: "withdrawn@example.org", nominatorEmail: "withdrawer@example.org" });
    await confirmSubmission({ token, now: NOW, env: ENV });
    const consentToken = await tokenFromMail("withdrawn@example.org", "consent_request", "consent");

    expect(await withdrawSubmission({ token, now: NOW, env: ENV })).toEqual({ withdrawnNow: true });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("withdrawn");
    expect(await loadConsentByToken({ token: consentToken, now: NOW })).toBeNull();
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
