import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { formIssues } from "@/components/submission/form-issues";
import { draftKey, emptyValues, restoreValues, toPayload, type FormContext, type FormValues } from "@/components/submission/form-values";
import { issueMessage, type SubmissionTranslator } from "@/components/submission/issue-message";
import { ZSubmission, type SubmissionRules } from "@/lib/validation/submission";

const tEn = createTranslator({ locale: "en", messages: en, namespace: "submission" }) as unknown as SubmissionTranslator;
const tDe = createTranslator({ locale: "de", messages: de, namespace: "submission" }) as unknown as SubmissionTranslator;

const bristolYoung: SubmissionRules = {
  submissionMode: "both",
  eligibility: { nomineeKind: "individual", minAge: 16, maxAge: 25, referenceDate: { year: 2027, month: 1, day: 31 } },
};
const today = { year: 2026, month: 11, day: 25 };
const nominationCtx: FormContext = { categoryId: "cat1", kind: "nomination", hasAgeRule: true, questionIds: ["q1"], today };
const applicationCtx: FormContext = { ...nominationCtx, kind: "application" };
const questions = [{ id: "q1", type: "short_text", required: true, maxLength: 120, options: null, archivedAt: null }];

function nomination(over: Partial<FormValues> = {}): FormValues {
  return {
    ...emptyValues("individual", 1),
    nomineeName: "Amira Haddad",
    nomineeEmail: "amira@example.org",
    nomineeBirthDate: "2005-06-01",
    nominatorName: "Tom Baker",
    nominatorEmail: "tom@example.org",
    story: "She runs the food bank.",
    answers: { q1: "Food bank" },
    privacyAccepted: true,
    ...over,
  };
}

describe("toPayload", () => {
  it("builds what ZSubmission accepts, sending only the parts that apply", () => {
    const payload = toPayload(nomination(), nominationCtx);
    expect(ZSubmission.safeParse(payload).success).toBe(true);
    expect(payload.group).toBeUndefined();
    expect(payload.appearance).toBeUndefined();
    expect(payload.guardianEmail).toBeUndefined();
  });

  it("asks an applicant under 18 for a guardian and sends their appearance choices", () => {
    const values = nomination({ nomineeBirthDate: "2009-01-01", displayName: "chosen_name", chosenName: "Mimi", showPhoto: "yes", guardianEmail: "mum@example.org" });
    const payload = toPayload(values, applicationCtx);
    expect(payload.nominator).toBeUndefined();
    expect(payload.appearance).toEqual({ displayName: "chosen_name", chosenName: "Mimi", showPhoto: true, showDistrict: false });
    expect(payload.guardianEmail).toBe("mum@example.org");
  });

  it("turns a group's typed ages into numbers", () => {
    const payload = toPayload(nomination({ nomineeKind: "group", groupName: "Kickers", groupSize: "3", groupMemberAges: "17, 19;24" }), nominationCtx);
    expect(payload.group).toEqual({ name: "Kickers", size: "3", memberAges: [17, 19, 24] });
    expect(payload.nominee.birthDate).toBe("");
  });
});

describe("formIssues", () => {
  const issuesOf = (values: FormValues, ctx = nominationCtx, rules = bristolYoung) => formIssues({ values, ctx, rules, questions });

  it("finds nothing wrong with a complete, eligible nomination", () => {
    expect([...issuesOf(nomination()).values()]).toEqual([]);
  });

  it("checks eligibility as soon as the birth date is typed, before the rest is filled in", () => {
    const issues = issuesOf({ ...emptyValues("individual", 1), nomineeBirthDate: "2000-01-01" });
    expect(issues.get("nominee.birthDate")).toMatchObject({ message: "eligibility.too_old", values: { age: 27, ruleMin: 16, ruleMax: 25, year: 2027, month: 1, day: 31 } });
    expect(issues.get("story")).toMatchObject({ message: "required" });
  });

  it("says which rule failed, in English and German", () => {
    const issue = issuesOf(nomination({ nomineeBirthDate: "2000-01-01" })).get("nominee.birthDate")!;
    expect(issueMessage(tEn, issue, { kind: "nomination", locale: "en" })).toBe("This category is for people aged 16 to 25 on 31 January 2027. By then the nominee will be 27.");
    expect(issueMessage(tEn, issue, { kind: "application", locale: "en" })).toBe("This category is for people aged 16 to 25 on 31 January 2027. By then you will be 27.");
    expect(issueMessage(tDe, issue, { kind: "nomination", locale: "de" })).toBe(
      "Diese Kategorie ist für Personen, die am 31. Januar 2027 zwischen 16 und 25 Jahre alt sind. Die nominierte Person ist dann 27.",
    );
  });

  it("words an upper limit alone as 'under'", () => {
    const under30: SubmissionRules = { submissionMode: "self", eligibility: { nomineeKind: "group", minAge: null, maxAge: 29, referenceDate: { year: 2026, month: 12, day: 15 } } };
    const values = nomination({ nomineeKind: "group", groupName: "Tandem", groupSize: "2", groupMemberAges: "22, 31", displayName: "full_name" });
    const issue = issuesOf(values, applicationCtx, under30).get("group.memberAges")!;
    expect(issueMessage(tEn, issue, { kind: "application", locale: "en" })).toBe(
      "This category is for groups whose members are all under 30 on 15 December 2026. One member will be 31 by then.",
    );
  });

  it("refuses a group in a category for individuals and asks which when both are allowed", () => {
    const issues = issuesOf(nomination({ nomineeKind: "group", groupName: "Kickers", groupSize: "2", groupMemberAges: "17, 18" }));
    expect(issues.get("nomineeKind")).toMatchObject({ message: "eligibility.individuals_only" });
    const either: SubmissionRules = { ...bristolYoung, eligibility: { ...bristolYoung.eligibility, nomineeKind: "either" } };
    expect(issuesOf({ ...nomination(), nomineeKind: "" }, nominationCtx, either).get("nomineeKind")).toMatchObject({ message: "chooseOne" });
  });

  it("catches typed ages that are not numbers and a count that does not match the group", () => {
    const base = nomination({ nomineeKind: "group", groupName: "Kickers", groupSize: "3" });
    const either: SubmissionRules = { ...bristolYoung, eligibility: { ...bristolYoung.eligibility, nomineeKind: "group" } };
    expect(issuesOf({ ...base, groupMemberAges: "17, nineteen" }, nominationCtx, either).get("group.memberAges")).toMatchObject({ message: "memberAgesInvalid" });
    expect(issuesOf({ ...base, groupMemberAges: "17, 19" }, nominationCtx, either).get("group.memberAges")).toMatchObject({ message: "memberAgesCount", values: { size: 3, count: 2 } });
  });

  it("needs the guardian of an applicant under 18, the privacy tick and the organiser's required answers", () => {
    const values = nomination({ nomineeBirthDate: "2009-06-01", displayName: "full_name", privacyAccepted: false, answers: {} });
    const issues = issuesOf(values, applicationCtx);
    expect(issues.get("guardianEmail")).toMatchObject({ message: "guardianRequired" });
    expect(issues.get("privacyAccepted")).toMatchObject({ message: "privacyRequired" });
    expect(issues.get("answers.q1")).toMatchObject({ message: "required" });
    expect(issueMessage(tDe, issues.get("privacyAccepted")!, { kind: "application", locale: "de" })).toBe("Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben.");
  });

  it("shows a general message for anything without its own words", () => {
    expect(issueMessage(tEn, { path: "kind", message: "Invalid option: expected one of" }, { kind: "nomination", locale: "en" })).toBe("Please check this answer.");
  });
});

describe("drafts", () => {
  it("have one key per programme, category and kind", () => {
    expect(draftKey("bristol", "cat1", "nomination")).not.toBe(draftKey("bristol", "cat1", "application"));
  });

  it("restore what was typed and ignore what does not fit the form", () => {
    const empty = emptyValues("either", 5);
    const restored = restoreValues({ nomineeName: "Amira", privacyAccepted: "yes", answers: { q1: "x" }, files: ["bad"], startedAt: 1 }, empty);
    expect(restored.nomineeName).toBe("Amira");
    expect(restored.privacyAccepted).toBe(false);
    expect(restored.answers).toEqual({ q1: "x" });
    expect(restored.files).toEqual({});
    expect(restored.startedAt).toBe(1);
    expect(restoreValues("garbage", empty)).toBe(empty);
  });
});
