import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { YOUNG_ENGAGEMENT_2026 } from "./support/e2e-env";
import { signInWithPassword } from "./support/sign-in";

const count = (page: Page, label: string) =>
  page.getByRole("main").locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");

test("an organiser creates a programme, sets its timeline and is told why nominations cannot open yet", async ({ page, people, a11y }) => {
  const organiser = await people.create({ role: "organiser", programmes: [YOUNG_ENGAGEMENT_2026], password: "organiser-password-1234" });
  await signInWithPassword(page, organiser.email, organiser.password!);
  const slug = `riga-volunteers-${randomUUID().slice(0, 6)}`;

  await page.goto("/admin");
  await page.getByRole("link", { name: "New programme" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New programme" })).toBeVisible();
  const form = page.getByRole("main");
  await form.getByLabel("Name of the award").fill("Riga volunteer of the year");
  await form.getByLabel("Edition").fill("2027");
  await form.getByLabel("Web address").fill("Riga Volunteers");
  await form.getByLabel("Organiser", { exact: true }).fill("Riga City Council");
  await form.getByLabel("Organiser's contact").fill("volunteers@riga.example");
  await form.getByLabel("City").fill("Riga");
  await form.getByLabel("Time zone").fill("Europe/Riga");
  await form.getByRole("button", { name: "Create programme" }).click();

  // Bad input: a message next to the field, and what was typed is still there.
  await expect(form.getByText(/lowercase letters, digits and single hyphens/)).toBeVisible();
  await expect(form.getByLabel("City")).toHaveValue("Riga");
  await a11y.check("new programme with a field error");
  await form.getByLabel("Web address").fill(slug);
  await form.getByRole("button", { name: "Create programme" }).click();

  await expect(page).toHaveURL(/\/admin\/programmes\/[^/]+\/timeline/);
  await expect(page).toHaveTitle(/Timeline/);
  await expect(page.getByText("The programme was created as a draft.")).toBeVisible();
  const open = page.getByRole("group", { name: "Nominations open" });
  await open.getByLabel("Starts").fill("2027-03-01T09:00");
  await open.getByLabel("Ends").fill("2027-02-01T18:00");
  await page.getByRole("button", { name: "Save timeline" }).click();
  await expect(open.getByText("The end must be after the start.")).toBeVisible();
  await a11y.check("timeline with a reversed window");

  await open.getByLabel("Ends").fill("2027-04-30T18:00");
  await page.getByRole("button", { name: "Save timeline" }).click();
  await expect(page.getByText("The timeline was saved.")).toBeVisible();
  // Shown back in the programme's zone as typed.
  await expect(open.getByLabel("Starts")).toHaveValue("2027-03-01T09:00");

  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText("Current phase: Draft", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Move to “Nominations open”" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Nominations cannot open before the programme has at least one category.");
  await expect(page.getByText("Current phase: Draft", { exact: false })).toBeVisible();
  await a11y.check("overview with a refused phase change");

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByText("The log is intact")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Timeline changed/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Programme created/ })).toBeVisible();
});

test("duplicating #YoungEngagement 2026 into 2027 copies its categories and none of its nominations", async ({ page, people }) => {
  const organiser = await people.create({ role: "organiser", programmes: [YOUNG_ENGAGEMENT_2026], password: "organiser-password-1234" });
  await signInWithPassword(page, organiser.email, organiser.password!);

  await page.goto("/admin");
  await page.getByRole("link", { name: "#YoungEngagement Award 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "#YoungEngagement Award 2026" })).toBeVisible();
  const categories = Number(await count(page, "Categories").innerText());
  expect(categories).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Run again (duplicate)" }).click();
  await expect(page.getByLabel("Edition")).toHaveValue("2027");
  await expect(page.getByLabel("Web address")).toHaveValue("young-engagement-2027");
  await page.getByLabel("Web address").fill(`young-engagement-2027-${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Create the copy" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "#YoungEngagement Award 2027" })).toBeVisible();
  await expect(page.getByText("Current phase: Draft", { exact: false })).toBeVisible();
  await expect(count(page, "Categories")).toHaveText(String(categories));
  await expect(count(page, "Nominations")).toHaveText("0");
  await expect(count(page, "Jurors")).toHaveText("0");
});
