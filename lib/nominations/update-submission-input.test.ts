import { describe, expect, it } from "vitest";
import { consentFormInput, ZConsentAccept } from "@/lib/nominations/record-consent-input";
import { editFormInput, editFormValues, parseMemberAges, ZSubmissionEdit } from "@/lib/nominations/update-submission-input";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("editFormInput", () => {
  it("reads a nomination's fields and every answer, lists for several values", () => {
    const input = editFormInput(
      form([
        ["token", "secret"],
        ["nominee.name", "Amira Haddad"],
        ["nominee.email", "amira@example.org"],
        ["nominee.birthDate", "2004-05-10"],
        ["nominee.district", "Easton"],
        ["nominator.name", "Nora"],
        ["story", "Runs the club."],
        ["answers.q1", "Library"],
        ["answers.q2", "saturday"],
        ["answers.q2", "sunday"],
        ["removePhoto", "on"],
      ]),
    );
    expect(input).toEqual({
      nominee: { name: "Amira Haddad", email: "amira@example.org", birthDate: "2004-05-10", district: "Easton" },
      nominatorName: "Nora",
      story: "Runs the club.",
      answers: { q1: "Library", q2: ["saturday", "sunday"] },
      guardianEmail: undefined,
      photoUpload: "",
      removePhoto: true,
    });
    expect(ZSubmissionEdit.safeParse(input).success).toBe(true);
  });

  it("reads a group and an applicant's appearance only when the form has them", () => {
    const input = editFormInput(
      form([
        ["nominee.name", "Sam"],
        ["story", "Buddy project."],
        ["group.name", "Buddies"],
        ["group.size", "3"],
        ["group.memberAges", "17, 19;24"],
        ["appearance.displayName", "chosen_name"],
        ["appearance.chosenName", "Team B"],
        ["appearance.showPhoto", "on"],
      ]),
    );
    expect(input.group).toEqual({ name: "Buddies", size: "3", memberAges: [17, 19, 24] });
    expect(input.appearance).toEqual({ displayName: "chosen_name", chosenName: "Team B", showPhoto: true, showDistrict: false });
    expect(input).not.toHaveProperty("nominatorName");
    const parsed = ZSubmissionEdit.parse(input);
    expect(parsed.group).toEqual({ name: "Buddies", size: 3, memberAges: [17, 19, 24] });
  });

  it("names what is wrong rather than dropping it", () => {
    expect(parseMemberAges("17, x, 1000 ,")).toEqual([17, "x", "1000"]);
    const parsed = ZSubmissionEdit.safeParse(editFormInput(form([["nominee.name", "<b>Sam</b>"], ["story", "s"], ["group.name", "G"], ["group.size", "2"], ["group.memberAges", "17 abc"]])));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["group.memberAges.1"]);
  });
});

describe("editFormValues", () => {
  it("keeps what was typed (but not the token), lists only where there are several", () => {
    const values = editFormValues(form([["token", "secret"], ["story", "x".repeat(30000)], ["answers.q2", "saturday"], ["answers.q3", "a"], ["answers.q3", "b"], ["nominee.name", "<script>"]]));
    expect(values).not.toHaveProperty("token");
    expect((values.story as string).length).toBe(20000);
    expect(values["answers.q2"]).toBe("saturday");
    expect(values["answers.q3"]).toEqual(["a", "b"]);
    expect(values["nominee.name"]).toBe("<script>");
  });
});

describe("consentFormInput", () => {
  it("reads the nominee's answer form", () => {
    const input = consentFormInput(form([["birthDate", "2008-09-15"], ["appearance.displayName", "first_name"], ["appearance.showDistrict", "on"], ["guardianEmail", " "]]));
    expect(input).toEqual({ birthDate: "2008-09-15", appearance: { displayName: "first_name", chosenName: "", showPhoto: false, showDistrict: true }, guardianEmail: " " });
    expect(ZConsentAccept.parse(input).guardianEmail).toBeUndefined();
    expect(ZConsentAccept.safeParse({ ...input, appearance: { ...input.appearance, displayName: "nickname" } }).success).toBe(false);
  });
});
