import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { mailTranslatorFrom } from "@/lib/mail/mail-translator";
import { rejectionEmail } from "@/lib/mail/templates/rejection-email";

const base = {
  url: "http://localhost:3000/programmes/bristol",
  nomineeName: "Amira <b>Haddad</b>",
  categoryName: "Longest serving volunteer",
  programmeName: "Bristol Volunteer Awards 2026",
  reason: "The nominee lives outside Bristol.\nPlease see the rules.",
};

describe("rejectionEmail", () => {
  it("names the nominee, the category and the organisers' reason", () => {
    const mail = rejectionEmail({ ...base, t: mailTranslatorFrom("en", en), locale: "en", kind: "nomination" });
    expect(mail.subject).toBe("About your submission to Bristol Volunteer Awards 2026");
    expect(mail.text).toContain("Thank you for nominating Amira <b>Haddad</b> for “Longest serving volunteer”");
    expect(mail.text).toContain("The nominee lives outside Bristol.");
    expect(mail.html).toContain("Amira &lt;b&gt;Haddad&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Haddad</b>");
  });

  it("speaks German to an applicant who applied in German", () => {
    const mail = rejectionEmail({ ...base, t: mailTranslatorFrom("de", de), locale: "de", kind: "application" });
    expect(mail.subject).toBe("Zu Ihrer Einreichung bei Bristol Volunteer Awards 2026");
    expect(mail.text).toContain("Vielen Dank für Ihre Bewerbung");
    expect(mail.text).toContain("Die Veranstaltenden nennen diesen Grund:");
    expect(mail.html).toContain('<html lang="de">');
  });
});
