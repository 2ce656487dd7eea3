import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { DEMO_ORGANISER } from "./support/e2e-env";
import { signInWithPassword } from "./support/sign-in";

const BRISTOL = "Bristol Volunteer Awards";
const BRISTOL_SLUG = "bristol-volunteer-awards-2027";

test("the demo organiser adds a 16-25 category with a custom question to Bristol, and the public page shows it", async ({ page, a11y }) => {
  const name = `Young leader of the year ${randomUUID().slice(0, 6)}`;
  await signInWithPassword(page, DEMO_ORGANISER.email, DEMO_ORGANISER.password);

  await page.goto("/admin");
  const href = await page.getByRole("main").getByRole("link", { name: new RegExp(BRISTOL) }).first().getAttribute("href");
  const programmeId = /\/admin\/programmes\/([^/?#]+)/.exec(href ?? "")?.[1];
  expect(programmeId, `the admin home links to ${BRISTOL}`).toBeTruthy();

  await page.goto(`/admin/programmes/${programmeId}/categories`);
  await expect(page.getByRole("heading", { level: 1, name: "Categories" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Young volunteer of the year", exact: true })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Add a category" }).click();

  const form = page.getByRole("form", { name: "New category" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel(/^Description/).fill("For a young volunteer who leads others.");
  await form.getByLabel("A sum of money").check();
  await form.getByLabel("Amount per winner").fill("-250");
  await form.getByLabel("Currency").selectOption("GBP");
  await form.getByLabel("Number of winners").fill("4");
  await form.getByLabel("Number of finalists").fill("3");
  await form.getByLabel(/^Minimum age/).fill("16");
  await form.getByLabel(/^Maximum age/).fill("25");
  await form.getByLabel("A fixed date").check();
  await form.getByLabel("Reference date").fill("2027-01-31");
  await form.getByRole("button", { name: "Add category" }).click();

  // Refused field by field, in words, with everything typed still there.
  await expect(form.getByText("A prize cannot be negative.")).toBeVisible();
  await expect(form.getByText("There cannot be more winners than finalists.")).toBeVisible();
  await expect(form.getByLabel("Amount per winner")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(form.getByLabel("Amount per winner")).toHaveValue("-250");
  await expect(form.getByLabel("Number of winners")).toHaveValue("4");
  await expect(form.getByLabel(/^Minimum age/)).toHaveValue("16");
  await expect(form.getByLabel("Reference date")).toHaveValue("2027-01-31");
  await expect(form.getByLabel("Currency")).toHaveValue("GBP");
  await a11y.check("new category with field errors");

  await form.getByLabel("Amount per winner").fill("250");
  await form.getByLabel("Number of winners").fill("1");
  await form.getByRole("button", { name: "Add category" }).click();
  await expect(page).toHaveURL(/\/categories\/[^/]+\?notice=created/);
  await expect(page.getByText("The category was added.")).toBeVisible();

  // A jury criterion, shown with its share of the weight.
  const criteria = page.getByRole("form", { name: "Jury criteria" });
  await criteria.getByLabel("New criterion 1").fill("Leadership");
  await criteria.getByLabel("Weight of criterion 1").fill("2");
  await criteria.getByRole("button", { name: "Save criteria" }).click();
  await expect(criteria.getByText("The criteria were saved.")).toBeVisible();
  await expect(criteria.getByLabel("Name of criterion 1")).toHaveValue("Leadership");
  await expect(criteria.getByText("100 %")).toBeVisible();
  await a11y.check("category with criteria");

  // A custom question: refused without the default-language (English) label, then added.
  await page.getByRole("main").getByRole("link", { name: "Form questions" }).click();
  const add = page.getByRole("form", { name: "Add a question" });
  await add.getByLabel("Label in German").fill("Bei welcher Organisation engagieren Sie sich?");
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(add.getByText("Enter a label in the programme's default language.")).toBeVisible();
  await expect(add.getByLabel("Label in German")).toHaveValue("Bei welcher Organisation engagieren Sie sich?");
  await add.getByLabel("Label in English").fill("Which organisation do you volunteer with?");
  await add.getByLabel("An answer is required").check();
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(add.getByText("The question was added.")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Which organisation do you volunteer with?" })).toBeVisible();
  await a11y.check("form questions");

  // The public programme page lists the category with its age rule.
  await page.goto(`/programmes/${BRISTOL_SLUG}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await expect(card).toBeVisible();
  await expect(card.getByText(/aged 16–25/i)).toBeVisible();
  await expect(card.getByText("£250")).toBeVisible();
});
