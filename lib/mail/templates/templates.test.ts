import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { mailTranslatorFrom } from "@/lib/mail/mail-translator";
import { invitationEmail } from "@/lib/mail/templates/invitation-email";
import { escapeHtml } from "@/lib/mail/templates/render-email";
import { signInLinkEmail } from "@/lib/mail/templates/sign-in-link-email";

const tEn = mailTranslatorFrom("en", en);
const tDe = mailTranslatorFrom("de", de);
const url = "http://localhost:3000/sign-in/link?token=abc&email=a%40b.example";

describe("signInLinkEmail", () => {
  it("puts the link and the 15-minute expiry into text and HTML", () => {
    const mail = signInLinkEmail({ t: tEn, locale: "en", url, minutes: 15 });
    expect(mail.subject).toBe("Your sign-in link for Laurel");
    expect(mail.text).toContain(url);
    expect(mail.text).toContain("expires in 15 minutes");
    expect(mail.html).toContain('href="http://localhost:3000/sign-in/link?token=abc&amp;email=a%40b.example"');
    expect(mail.html).toContain('<html lang="en">');
  });

  it("speaks German to German speakers", () => {
    const mail = signInLinkEmail({ t: tDe, locale: "de", url, minutes: 15 });
    expect(mail.subject).toBe("Ihr Anmeldelink für Laurel");
    expect(mail.text).toContain("läuft in 15 Minuten ab");
    expect(mail.html).toContain('<html lang="de">');
  });
});

describe("invitationEmail", () => {
  it("names the programme, the role and the inviter", () => {
    const mail = invitationEmail({ t: tEn, locale: "en", url, programmeName: "#YoungEngagement 2026", role: "juror", inviterName: "Olivia", validDays: 7 });
    expect(mail.subject).toBe("Invitation to #YoungEngagement 2026");
    expect(mail.text).toContain("Olivia invites you to join #YoungEngagement 2026 as a juror.");
    expect(mail.text).toContain("valid for 7 days");
  });

  it("uses singular and German forms", () => {
    const mail = invitationEmail({ t: tDe, locale: "de", url, programmeName: "Ehrenwert", role: "organiser", inviterName: null, validDays: 1 });
    expect(mail.text).toContain("Sie sind eingeladen, bei Ehrenwert als Mitglied des Organisationsteams mitzuwirken.");
    expect(mail.text).toContain("gilt 1 Tag.");
  });

  it("escapes names in the HTML but keeps them readable in the text", () => {
    const mail = invitationEmail({
      t: tEn,
      locale: "en",
      url: 'https://x.example/?a=1&b="2"',
      programmeName: "<script>alert(1)</script>",
      role: "organiser",
      inviterName: "Tom & Jerry",
      validDays: 3,
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("Tom &amp; Jerry");
    expect(mail.html).toContain('href="https://x.example/?a=1&amp;b=&quot;2&quot;"');
    expect(mail.text).toContain("Tom & Jerry invites you");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
