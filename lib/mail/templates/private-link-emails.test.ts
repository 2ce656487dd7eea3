import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { mailTranslatorFrom } from "@/lib/mail/mail-translator";
import { consentOutcomeEmail } from "@/lib/mail/templates/consent-outcome-email";
import { consentRequestEmail } from "@/lib/mail/templates/consent-request-email";
import { guardianRequestEmail } from "@/lib/mail/templates/guardian-request-email";
import { withdrawalEmail } from "@/lib/mail/templates/withdrawal-email";

const tEn = mailTranslatorFrom("en", en);
const tDe = mailTranslatorFrom("de", de);
const url = "http://localhost:3000/consent/abc";
// A raw message key in the text would mean a missing translation.
const RAW_KEY = /\b(consentRequest|guardianRequest|consentOutcome|withdrawal)\./;

describe("consentRequestEmail", () => {
  it("says who nominated whom for what, what happens next, and that nothing is public without consent", () => {
    const mail = consentRequestEmail({ t: tEn, locale: "en", url, nomineeName: "Amira", nominatorName: "Nora", programmeName: "Bristol Awards 2026", categoryName: "Young volunteer", otherLanguageNote: "Sie wurden nominiert." });
    expect(mail.subject).toBe("You have been nominated for Bristol Awards 2026");
    expect(mail.text).toContain("Hello Amira,");
    expect(mail.text).toContain("Nora has nominated you for “Young volunteer” in Bristol Awards 2026.");
    expect(mail.text).toContain("Nobody outside the organisers sees anything");
    expect(mail.text).toContain(`Answer the nomination: ${url}`);
    expect(mail.text).toContain("Sie wurden nominiert.");
    expect(mail.text).not.toMatch(RAW_KEY);
  });

  it("escapes what people typed in the HTML", () => {
    const mail = consentRequestEmail({ t: tDe, locale: "de", url, nomineeName: "<img src=x>", nominatorName: "Tom & Jerry", programmeName: "P", categoryName: "C" });
    expect(mail.subject).toBe("Sie wurden für P nominiert");
    expect(mail.html).not.toContain("<img src=x>");
    expect(mail.html).toContain("&lt;img src=x&gt;");
    expect(mail.html).toContain("Tom &amp; Jerry");
    expect(mail.text).not.toMatch(RAW_KEY);
  });
});

describe("guardianRequestEmail", () => {
  it("explains what the young person agreed to and what would be shown", () => {
    const input = { url, nomineeName: "Amira", programmeName: "Bristol Awards 2026", categoryName: "Young volunteer", shown: { name: "Mira", photo: true, district: false } };
    const mail = guardianRequestEmail({ t: tEn, locale: "en", kind: "nomination", ...input });
    expect(mail.subject).toBe("Please confirm: Bristol Awards 2026");
    expect(mail.text).toContain("Because Amira is under 18");
    expect(mail.text).toContain("shown publicly as “Mira”, with a photo and without their district.");
    expect(mail.text).toContain("choose “I do not agree”");
    const german = guardianRequestEmail({ t: tDe, locale: "de", kind: "application", ...input });
    expect(german.text).toContain("Amira hat sich für „Young volunteer“ bei Bristol Awards 2026 beworben.");
    expect(german.text).toContain("als „Mira“ gezeigt, mit Foto und ohne Stadtteil.");
    expect(german.text).not.toMatch(RAW_KEY);
  });
});

describe("consentOutcomeEmail and withdrawalEmail", () => {
  const about = { name: "Nora", programmeName: "Bristol Awards 2026", categoryName: "Young volunteer", organiserContact: "awards@city.example" };
  it("tells the nominator kindly, without a reason and without naming the nominee", () => {
    const mail = consentOutcomeEmail({ t: tEn, locale: "en", recipient: "nominator", programmeUrl: "http://localhost:3000/programmes/bristol", ...about });
    expect(mail.subject).toBe("About your nomination for Bristol Awards 2026");
    expect(mail.text).toContain("The person you nominated has decided not to take part");
    const applicant = consentOutcomeEmail({ t: tDe, locale: "de", recipient: "applicant", programmeUrl: "http://x/programmes/p", ...about });
    expect(applicant.text).toContain("nicht zugestimmt");
    expect(applicant.text).toContain("awards@city.example");
    expect(applicant.text).not.toMatch(RAW_KEY);
  });

  it("confirms a withdrawal with the link back", () => {
    const mail = withdrawalEmail({ t: tEn, locale: "en", kind: "application", url: "http://localhost:3000/submissions/abc", ...about });
    expect(mail.subject).toBe("Your application for Bristol Awards 2026 was withdrawn");
    expect(mail.text).toContain("See your submission: http://localhost:3000/submissions/abc");
    expect(withdrawalEmail({ t: tDe, locale: "de", kind: "nomination", url, ...about }).subject).toBe("Ihre Nominierung für Bristol Awards 2026 wurde zurückgezogen");
  });
});
