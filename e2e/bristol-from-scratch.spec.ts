// Issue 3's acceptance journey: an organiser sets up the Bristol volunteer awards
// through the UI alone (no seed data for it), invites a juror, opens nominations,
// and the public sees the programme with its timeline.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { A11yChecker, expect, test } from "./fixtures";
import type { Mailbox } from "./support/control-client";
import { YOUNG_ENGAGEMENT_2026 } from "./support/e2e-env";
import { signInWithPassword } from "./support/sign-in";

const CATEGORIES = [
  { name: "Young volunteer of the year", min: "16", max: "25" },
  { name: "Longest serving volunteer" },
  { name: "Volunteer with lived experience" },
  { name: "Volunteer who had the biggest impact" },
];

/** "YYYY-MM-DDTHH:mm" for a datetime-local input, `days` from now. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 11) + "09:00";
}

async function addCategory(page: Page, programmeId: string, c: (typeof CATEGORIES)[number]) {
  await page.goto(`/admin/programmes/${programmeId}/categories/new`);
  const form = page.getByRole("form", { name: "New category" });
  await form.getByLabel("Name", { exact: true }).fill(c.name);
  await form.getByLabel(/^Description/).fill(`For volunteers working with young migrants and refugees: ${c.name.toLowerCase()}.`);
  await form.getByLabel(/^Something else/).check();
  await form.getByLabel(/^Prize description/).fill("Award presented at the Can Do Bristol festival");
  await form.getByLabel("Number of winners").fill("1");
  await form.getByLabel("Number of finalists").fill("3");
  if (c.min) {
    await form.getByLabel(/^Minimum age/).fill(c.min);
    await form.getByLabel(/^Maximum age/).fill(c.max!);
  }
  await form.getByRole("button", { name: "Add category" }).click();
  await expect(page).toHaveURL(/\/categories\/[^/]+\?notice=created/);
}

async function invitationLink(mailbox: Mailbox, to: string, after: number, origin: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const fresh = (await mailbox.messages()).slice(after).filter((m) => m.to.includes(to));
    const link = fresh.flatMap((m) => m.links).find((l) => l.startsWith(`${origin}/invitations/`));
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No invitation email reached ${to}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("an organiser builds the Bristol awards through the UI, invites a juror and opens nominations", async ({
  page,
  browser,
  baseURL,
  people,
  mailbox,
  a11y,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const slug = `bristol-awards-${randomUUID().slice(0, 6)}`;
  const organiser = await people.create({ role: "organiser", programmes: [YOUNG_ENGAGEMENT_2026], password: "organiser-password-1234" });
  await signInWithPassword(page, organiser.email, organiser.password!);

  // The programme itself.
  await page.goto("/admin");
  await page.getByRole("link", { name: "New programme" }).click();
  const form = page.getByRole("main");
  await form.getByLabel("Name of the award").fill("Bristol Volunteer Awards");
  await form.getByLabel("Edition").fill("2028");
  await form.getByLabel("Web address").fill(slug);
  await form.getByLabel("Organiser", { exact: true }).fill("Can Do Bristol volunteer team");
  await form.getByLabel("Organiser's contact").fill("awards@candobristol.example");
  await form.getByLabel("City").fill("Bristol");
  await form.getByLabel("Time zone").fill("Europe/London");
  await form.getByRole("button", { name: "Create programme" }).click();
  await expect(page).toHaveURL(/\/admin\/programmes\/[^/]+\/timeline/);
  const programmeId = /\/admin\/programmes\/([^/?#]+)/.exec(page.url())![1];

  // Its timeline.
  const open = page.getByRole("group", { name: "Nominations open" });
  await open.getByLabel("Starts").fill(inDays(20));
  await open.getByLabel("Ends").fill(inDays(80));
  await page.getByRole("button", { name: "Save timeline" }).click();
  await expect(page.getByText("The timeline was saved.")).toBeVisible();

  // Four categories; the 16-25 rule on the young volunteer award.
  for (const c of CATEGORIES) await addCategory(page, programmeId, c);
  await page.goto(`/admin/programmes/${programmeId}/categories`);
  for (const c of CATEGORIES) await expect(page.getByRole("main").getByRole("link", { name: c.name, exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("row").filter({ hasText: CATEGORIES[0].name })).toContainText("16–25");
  await a11y.check("four categories");

  // A custom question on the young volunteer award.
  await page.getByRole("main").getByRole("link", { name: `Form questions of ${CATEGORIES[0].name}` }).click();
  const add = page.getByRole("form", { name: "Add a question" });
  await add.getByLabel("Label in English").fill("Which project do you volunteer with?");
  await add.getByLabel("Label in German").fill("Bei welchem Projekt engagieren Sie sich?");
  await add.getByRole("button", { name: "Add question" }).click();
  await expect(add.getByText("The question was added.")).toBeVisible();

  // A juror, invited by email; the link signs them in.
  const juror = `e2e-bristol-juror-${randomUUID().slice(0, 8)}@laurel.example`;
  await page.goto(`/admin/programmes/${programmeId}/team`);
  const before = await mailbox.count();
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Email address").fill(juror);
  await invite.getByRole("radio", { name: "Juror" }).check();
  await invite.getByLabel("Category").selectOption({ label: CATEGORIES[0].name });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.getByRole("status")).toContainText(`Invitation sent to ${juror}`);
  const link = await invitationLink(mailbox, juror, before, origin);
  const jurorContext = await browser.newContext({ locale: "en-GB" });
  try {
    const jurorPage = await jurorContext.newPage();
    const jurorA11y = new A11yChecker(jurorPage, origin);
    await jurorPage.goto(link);
    await jurorA11y.check("invitation");
    await jurorPage.getByLabel("Your name").fill("Bea Bristol");
    await jurorPage.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(jurorPage).toHaveURL(/\/jury(\/|\?|$)/);
    await expect(jurorPage.getByRole("main").getByText("Bristol Volunteer Awards").first()).toBeVisible();
    await jurorA11y.check("jury home");
  } finally {
    await jurorContext.close();
  }

  // Open nominations.
  await page.goto(`/admin/programmes/${programmeId}`);
  await page.getByRole("button", { name: "Move to “Nominations open”" }).click();
  await expect(page.getByText("Current phase: Nominations open", { exact: false })).toBeVisible();

  // The public page shows the programme, its categories and its timeline.
  await page.goto(`/programmes/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: /Bristol Volunteer Awards/ })).toBeVisible();
  for (const c of CATEGORIES) await expect(page.getByRole("heading", { name: c.name })).toBeVisible();
  await expect(page.getByText(/aged 16–25/i)).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByText("Nominations open")).toBeVisible();
});
