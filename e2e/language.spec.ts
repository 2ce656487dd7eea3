import type { Page } from "@playwright/test";
import { expect, test, type A11yChecker } from "./fixtures";

/** The switcher is a form named after the current language's word for "Language", one button per language. */
async function chooseLanguage(page: Page, switcherName: string, language: string): Promise<void> {
  await page.getByRole("form", { name: switcherName }).getByRole("button", { name: language }).click();
}

async function expectLanguage(page: Page, a11y: A11yChecker, lang: string, heading: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await a11y.check(`home page in ${lang}`);
}

test("the language switcher translates the page into German and back", async ({ page, a11y }) => {
  await page.goto("/");
  await expectLanguage(page, a11y, "en", "Volunteer awards");

  await chooseLanguage(page, "Language", "Deutsch");
  await expectLanguage(page, a11y, "de", "Ehrenamtspreise");
  await expect(page.getByRole("region", { name: "Aktuelle Preise" })).toBeVisible();

  // The choice is remembered, not a one-off rendering.
  await page.reload();
  await expectLanguage(page, a11y, "de", "Ehrenamtspreise");

  await chooseLanguage(page, "Sprache", "English");
  await expectLanguage(page, a11y, "en", "Volunteer awards");
});
