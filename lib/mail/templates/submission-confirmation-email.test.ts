import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { mailTranslatorFrom } from "@/lib/mail/mail-translator";
import { submissionConfirmationEmail } from "@/lib/mail/templates/submission-confirmation-email";

const url = "http://localhost:3000/submissions/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
const base = { url, programmeName: "Bristol Volunteer Awards 2027", categoryName: "Longest serving volunteer", validHours: 48 } as const;

describe("submissionConfirmationEmail", () => {
  it("asks the nominator to confirm, with the private link and its 48 hours", () => {
    const mail = submissionConfirmationEmail({ ...base, t: mailTranslatorFrom("en", en), locale: "en", kind: "nomination" });
    expect(mail.subject).toBe("Please confirm your email address");
    expect(mail.text).toContain("Thank you for your nomination in the category “Longest serving volunteer” of Bristol Volunteer Awards 2027.");
    expect(mail.text).toContain(url);
    expect(mail.text).toContain("expires in 48 hours");
    expect(mail.text).toContain("This link is private");
    expect(mail.html).toContain(`href="${url}"`);
  });

  it("speaks German to an applicant who used the German form", () => {
    const mail = submissionConfirmationEmail({ ...base, t: mailTranslatorFrom("de", de), locale: "de", kind: "application" });
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(mail.text).toContain("Vielen Dank für Ihre Bewerbung");
    expect(mail.text).toContain("läuft in 48 Stunden ab");
    expect(mail.html).toContain('<html lang="de">');
  });

  it("escapes organiser-typed names in the HTML", () => {
    const mail = submissionConfirmationEmail({ ...base, categoryName: '<img src=x onerror="alert(1)">', t: mailTranslatorFrom("en", en), locale: "en", kind: "nomination" });
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});
