import { describe, expect, it } from "vitest";
import { NextIntlClientProvider, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import en from "@/messages/en.json";
import type { FieldKit } from "@/components/submission/field-kit";
import { emptyValues } from "@/components/submission/form-values";
import { ReviewList } from "@/components/submission/review-step";

const script = "<script>alert(1)</script>";

function render(kit: Partial<FieldKit>) {
  const t = createTranslator({ locale: "en", messages: en, namespace: "submission" }) as unknown as FieldKit["t"];
  const values = { ...emptyValues("individual", 1), nomineeName: script, story: '<img src=x onerror="alert(2)">', nomineeBirthDate: "2005-06-01", answers: { q1: script } };
  const full = { values, kind: "nomination", t, previews: {}, set: () => {}, setAnswer: () => {}, setFile: () => {}, touch: () => {}, error: () => undefined, ...kit } as FieldKit;
  const questions = [{ id: "q1", type: "short_text", required: true, maxLength: null, label: "<b>Project</b>", help: null, options: [], archivedAt: null }];
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" timeZone="UTC" messages={en}>
      <ReviewList kit={full} questions={questions} showGuardian={false} categoryKind="individual" />
    </NextIntlClientProvider>,
  );
}

describe("ReviewList", () => {
  it("shows typed HTML and script as text, never as markup", () => {
    const html = render({});
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>Project");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;Project&lt;/b&gt;");
  });

  it("shows every field with its label, dates in words and 'Not given' for what is empty", () => {
    const html = render({});
    expect(html).toContain("Their full name");
    expect(html).toContain("1 June 2005");
    expect(html).toContain("Your email address");
    expect(html).toContain("Not given");
  });
});
