import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { SubmissionFormSteps, type SubmissionFormProps } from "@/components/submission/submission-form";

const form: SubmissionFormProps["form"] = {
  category: { id: "cat1", name: "Young volunteer of the year", description: "", nomineeKind: "either", hasAgeRule: true },
  rules: { submissionMode: "both", eligibility: { nomineeKind: "either", minAge: 16, maxAge: 25, referenceDate: { year: 2027, month: 1, day: 31 } } },
  questions: [
    { id: "q1", type: "short_text", required: true, maxLength: 120, label: "Project title", help: "A few words", options: [], archivedAt: null },
    { id: "q2", type: "choice", required: false, maxLength: null, label: "Area", help: null, options: [{ value: "sport", label: "Sport" }, { value: "culture", label: "Culture" }], archivedAt: null },
    { id: "q3", type: "file", required: false, maxLength: null, label: "Letter", help: null, options: [], archivedAt: null },
    { id: "q4", type: "consent", required: true, maxLength: null, label: "I may be contacted", help: null, options: [], archivedAt: null },
  ],
  today: { year: 2026, month: 11, day: 25 },
  startedAt: 1,
  privacyNotice: "We use your details only for this award.",
};

function render(kind: "nomination" | "application", locale: "en" | "de" = "en") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={locale === "en" ? en : de}>
      <SubmissionFormSteps slug="bristol" kind={kind} form={form} action={async (s) => s} />
    </NextIntlClientProvider>,
  );
}

const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);
const labelTexts = (html: string) => [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").trim());

describe("SubmissionFormSteps markup", () => {
  for (const kind of ["nomination", "application"] as const) {
    it(`labels every control of the ${kind} form and points every description at something that exists`, () => {
      const html = render(kind);
      const ids = new Set(attrs(html, "id"));
      expect(attrs(html, "id").length).toBe(ids.size);
      for (const target of attrs(html, "for")) expect(ids.has(target)).toBe(true);
      for (const list of attrs(html, "aria-describedby")) for (const id of list.split(" ")) expect(ids.has(id)).toBe(true);
      const controls = [...html.matchAll(/<(input|textarea|select)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[2]);
      for (const id of controls) expect(attrs(html, "for")).toContain(id);
    });
  }

  it("gives the nomination form unique field labels for the journeys to find", () => {
    const labels = labelTexts(render("nomination")).filter((l) => !["Sport", "Culture", "One person", "A group"].includes(l));
    expect(labels).toEqual(
      expect.arrayContaining(["Their full name", "Their email address", "Their date of birth", "Their district (optional)", "Why this person?", "Your full name", "Your email address", "Project title", "Photo (optional)"]),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("asks applicants how they want to appear and hides the honeypot from people", () => {
    const html = render("application");
    expect(html).toContain("If you become a finalist, how should we show your name?");
    expect(html).not.toContain("Their full name");
    const honeypot = /<div aria-hidden="true"[^>]*><label for="website">Leave this field empty<\/label>(<input id="website"[^>]*>)<\/div>/.exec(html)?.[1];
    expect(honeypot).toMatch(/tabindex="-1"/);
    expect(honeypot).toMatch(/autoComplete="off"/);
    expect(honeypot).toMatch(/name="website"/);
  });

  it("speaks German and says where the draft is kept", () => {
    const html = render("application", "de");
    expect(html).toContain("Ihr vollständiger Name");
    expect(html).toContain("Ihre Angaben bleiben in diesem Browser-Tab gespeichert");
    expect(html).toContain("Angaben prüfen");
  });
});
