import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { mailTranslatorFrom } from "@/lib/mail/mail-translator";
import { finalistEmail, type FinalistEmailInput } from "@/lib/mail/templates/finalist-email";

const url = "http://localhost:3000/programmes/young-engagement";
const RAW_KEY = /\bfinalist\./;
const base: Omit<FinalistEmailInput, "t" | "locale"> = {
  url,
  greetingName: "Amira Haddad",
  group: false,
  programmeName: "#YoungEngagement Award 2026",
  categoryName: "Young volunteer",
  next: "public_vote",
  voteStarts: "1 June 2026",
  resultsFrom: null,
  shown: { name: "Amira", photo: true, district: false },
  organiserContact: "awards@city.example",
};

describe("finalistEmail", () => {
  it("congratulates, says what happens next and how the finalist appears", () => {
    const mail = finalistEmail({ ...base, t: mailTranslatorFrom("en", en), locale: "en" });
    expect(mail.subject).toBe("You are a finalist: #YoungEngagement Award 2026");
    expect(mail.text).toContain("Hello Amira Haddad,");
    expect(mail.text).toContain("has chosen you as a finalist in “Young volunteer”");
    expect(mail.text).toContain("the public votes for the finalists");
    expect(mail.text).toContain("The public vote starts on 1 June 2026.");
    expect(mail.text).toContain("as “Amira”, with your photo and without your district");
    expect(mail.text).toContain("contact the organisers: awards@city.example");
    expect(mail.text).toContain(`See #YoungEngagement Award 2026: ${url}`);
    expect(mail.text).not.toMatch(RAW_KEY);
  });

  it("speaks German to a German nominee, and to a group as a group", () => {
    const mail = finalistEmail({ ...base, t: mailTranslatorFrom("de", de), locale: "de", group: true, greetingName: "Repair-Café", shown: { name: "Repair-Café", photo: false, district: true } });
    expect(mail.subject).toBe("Sie sind in der Endauswahl: #YoungEngagement Award 2026");
    expect(mail.text).toContain("Guten Tag Repair-Café,");
    expect(mail.text).toContain("hat Ihre Gruppe in die Endauswahl");
    expect(mail.text).toContain("als „Repair-Café“, ohne Foto und mit Ihrem Stadtteil");
    expect(mail.html).toContain('lang="de"');
    expect(mail.text).not.toMatch(RAW_KEY);
  });

  it("does not announce a public vote where the jury alone decides", () => {
    const mail = finalistEmail({ ...base, t: mailTranslatorFrom("en", en), locale: "en", next: "jury", resultsFrom: "1 July 2026" });
    expect(mail.text).toContain("the jury chooses the winners");
    expect(mail.text).not.toContain("public vote starts");
    expect(mail.text).toContain("The results are due to be published on 1 July 2026.");
  });

  it("escapes names in the HTML", () => {
    const mail = finalistEmail({ ...base, t: mailTranslatorFrom("en", en), locale: "en", greetingName: "<b>Amira</b>" });
    expect(mail.html).not.toContain("<b>Amira</b>");
    expect(mail.html).toContain("&lt;b&gt;Amira&lt;/b&gt;");
  });
});
