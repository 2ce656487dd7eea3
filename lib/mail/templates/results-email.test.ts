import { describe, expect, it } from "vitest";
import { mailTranslatorFrom } from "@/lib/mail/mail-translator";
import { resultsEmail } from "@/lib/mail/templates/results-email";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

const base = { greetingName: "Lina <b>", group: false, won: true, programmeName: "#YoungEngagement 2026", categoryName: "Neighbourhood", organiserContact: "volunteers@city.example" };

describe("resultsEmail", () => {
  it("tells a winner in English, escaping their name in the HTML", () => {
    const mail = resultsEmail({ t: mailTranslatorFrom("en", en), locale: "en", ...base });
    expect(mail.subject).toBe("You have won in #YoungEngagement 2026");
    expect(mail.text).toContain("Congratulations! You are a winner of “Neighbourhood” in #YoungEngagement 2026.");
    expect(mail.text).toContain("volunteers@city.example");
    expect(mail.html).toContain("Lina &lt;b&gt;");
  });

  it("tells a group that was a finalist, in German with Sie", () => {
    const mail = resultsEmail({ t: mailTranslatorFrom("de", de), locale: "de", ...base, group: true, won: false, greetingName: "Repair Café" });
    expect(mail.subject).toBe("Die Ergebnisse von #YoungEngagement 2026");
    expect(mail.text).toContain("Guten Tag Repair Café,");
    expect(mail.text).toContain("Ihre Gruppe war in der Endauswahl von „Neighbourhood“");
  });
});
