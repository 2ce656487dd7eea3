// Someone nominates a volunteer for Bristol's "Longest serving volunteer". The
// nomination reaches the jury only after the organisers accept it and the
// nominee agrees through the link emailed to them; a 17-year-old nominee also
// needs a parent's or guardian's confirmation.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForAppLink, type Mailbox } from "./support/control-client";
import { signInWithPassword } from "./support/sign-in";

const SLUG = "bristol-volunteer-awards-2027";
const PASSWORD = "correct horse battery staple";

interface Nomination {
  nominee: string;
  nomineeEmail: string;
  consentLink: string;
}

async function nominate(page: Page, mailbox: Mailbox, origin: string, nominator: string): Promise<Nomination> {
  const tag = randomUUID().slice(0, 8);
  const nominee = `Margaret ${tag}`;
  const nomineeEmail = `margaret-${tag}@example.org`;
  const nominatorEmail = `tom-${tag}@example.org`;
  await page.goto(`/programmes/${SLUG}`);
  await page.getByRole("link", { name: "Nominate someone – Longest serving volunteer" }).click();
  const formShown = Date.now();
  await page.getByLabel("Their full name").fill(nominee);
  await page.getByLabel("Their email address").fill(nomineeEmail);
  await page.getByLabel("Your full name").fill(nominator);
  await page.getByLabel("Your email address").fill(nominatorEmail);
  await page.getByLabel("Why this person?").fill("She has run the Tuesday conversation club for twelve years <b>without missing a week</b>.");
  await page.getByLabel(/I have read the privacy notice/).check();
  await page.getByRole("button", { name: "Check your answers" }).click();
  const before = await mailbox.count();
  // A form sent within 3 seconds of being shown is taken for a bot and silently
  // dropped (MIN_FILL_MS in lib/nominations/submit-nomination.ts); a person
  // takes longer, a fast idle machine may not.
  await page.waitForTimeout(Math.max(0, 3500 - (Date.now() - formShown)));
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  const confirm = await waitForAppLink(mailbox, origin, nominatorEmail, "/submissions/", { after: before });
  await page.goto(confirm.link);
  const asked = await mailbox.count();
  await page.getByRole("button", { name: "Confirm my submission" }).click();
  await expect(page.getByText(/Your nomination is confirmed/)).toBeVisible();
  const consent = await waitForAppLink(mailbox, origin, nomineeEmail, "/consent/", { after: asked });
  return { nominee, nomineeEmail, consentLink: consent.link };
}

async function acceptAsEligible(page: Page, nominee: string): Promise<string> {
  await page.goto("/admin");
  const item = page.getByRole("main").getByRole("listitem").filter({ hasText: "Bristol Volunteer Awards" });
  const href = (await item.getByRole("link").first().getAttribute("href"))!;
  await page.goto(`${href}/submissions`);
  await page.getByRole("link", { name: nominee }).click();
  await page.getByRole("button", { name: "Accept as eligible" }).click();
  await expect(page.getByText(/Accepted as eligible\. It reaches the jury/)).toBeVisible();
  return href.replace("/admin/programmes/", "");
}

async function juryShows(page: Page, programmeId: string, juror: { email: string }, nominee: string): Promise<boolean> {
  await page.context().clearCookies();
  await signInWithPassword(page, juror.email, PASSWORD);
  await page.goto(`/jury/programmes/${programmeId}`);
  await page.getByRole("link", { name: "Longest serving volunteer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Longest serving volunteer");
  const visible = await page.getByRole("link", { name: nominee }).isVisible();
  await page.context().clearCookies();
  return visible;
}

test("a nomination reaches the jury only after the nominee accepts", async ({ page, baseURL, mailbox, people, a11y }) => {
  test.setTimeout(150_000);
  const origin = new URL(baseURL!).origin;
  let scriptRan = false;
  page.on("dialog", async (dialog) => {
    scriptRan = true;
    await dialog.dismiss();
  });
  // Markup typed into a name is shown as text and never runs.
  const { nominee, consentLink } = await nominate(page, mailbox, origin, `Tom <img src=x onerror=alert(1)> Reed`);

  const organiser = await people.create({ role: "organiser", programmes: [SLUG], password: PASSWORD });
  const juror = await people.create({ role: "juror", programmes: [SLUG], password: PASSWORD });
  await signInWithPassword(page, organiser.email, PASSWORD);
  const programmeId = await acceptAsEligible(page, nominee);
  await a11y.check("submission detail");
  expect(await juryShows(page, programmeId, juror, nominee)).toBe(false);

  await page.goto(consentLink);
  await expect(page.getByRole("heading", { level: 1, name: "You have been nominated" })).toBeVisible();
  await expect(page.getByText("Tom <img src=x onerror=alert(1)> Reed").first()).toBeVisible();
  await a11y.check("consent page");
  await page.getByLabel("Your date of birth").fill("1961-03-09");
  await page.getByRole("button", { name: "Accept the nomination" }).click();
  await expect(page.getByText("Thank you! Your answer is saved.")).toBeVisible();

  expect(await juryShows(page, programmeId, juror, nominee)).toBe(true);
  expect(scriptRan).toBe(false);
});

test("a 17-year-old nominee also needs a parent's or guardian's confirmation", async ({ page, baseURL, mailbox, people, a11y }) => {
  test.setTimeout(150_000);
  const origin = new URL(baseURL!).origin;
  const { nominee, consentLink } = await nominate(page, mailbox, origin, "Priya Shah");
  const organiser = await people.create({ role: "organiser", programmes: [SLUG], password: PASSWORD });
  const juror = await people.create({ role: "juror", programmes: [SLUG], password: PASSWORD });
  await signInWithPassword(page, organiser.email, PASSWORD);
  const programmeId = await acceptAsEligible(page, nominee);
  await page.context().clearCookies();

  // Born in 2009: 17 today. Accepting without a guardian's address is refused next to the field.
  await page.goto(consentLink);
  await page.getByLabel("Your date of birth").fill("2009-06-01");
  await page.getByRole("button", { name: "Accept the nomination" }).click();
  const guardianField = page.getByLabel(/Email address of a parent or guardian/);
  await expect(guardianField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your date of birth")).toHaveValue("2009-06-01");
  const guardianEmail = `guardian-${randomUUID().slice(0, 8)}@example.org`;
  await guardianField.fill(guardianEmail);
  const before = await mailbox.count();
  await page.getByRole("button", { name: "Accept the nomination" }).click();
  await expect(page.getByText("Thank you! Your answer is saved.")).toBeVisible();
  await expect(page.getByText(/emailed your parent or guardian/)).toBeVisible();

  expect(await juryShows(page, programmeId, juror, nominee)).toBe(false);

  const { link } = await waitForAppLink(mailbox, origin, guardianEmail, "/guardian/", { after: before });
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Please confirm" })).toBeVisible();
  await a11y.check("guardian page");
  await page.getByRole("button", { name: "I confirm" }).click();
  await expect(page.getByText("Thank you! Your confirmation is saved.")).toBeVisible();

  expect(await juryShows(page, programmeId, juror, nominee)).toBe(true);
});
