import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { A11yChecker, expect, test } from "./fixtures";
import type { Mailbox } from "./support/control-client";
import { DEMO_ORGANISER } from "./support/e2e-env";
import { signInWithPassword } from "./support/sign-in";

/** Waits for a new email to `to` with an invitation link to the app, and returns the link. */
async function waitForInvitationLink(mailbox: Mailbox, to: string, after: number, origin: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const fresh = (await mailbox.messages()).slice(after).filter((m) => m.to.includes(to.toLowerCase()));
    const link = fresh.flatMap((m) => m.links).find((l) => l.startsWith(`${origin}/invitations/`));
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No invitation link for ${to} arrived (${fresh.length} new message(s) to that address).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The organiser's programme list links each programme; this finds #YoungEngagement 2026 and opens its team page. */
async function openTeamPage(page: Page): Promise<string> {
  await page.goto("/admin");
  const item = page.getByRole("main").getByRole("listitem").filter({ hasText: "#YoungEngagement Award" }).filter({ hasText: "2026" });
  const href = await item.getByRole("link").first().getAttribute("href");
  const programmeId = href?.match(/\/admin\/programmes\/([^/?#]+)/)?.[1];
  if (!programmeId) throw new Error(`No link to the #YoungEngagement 2026 programme on /admin (found ${href ?? "none"})`);
  await page.goto(`/admin/programmes/${programmeId}/team`);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  return programmeId;
}

test("an organiser invites a juror, who accepts and is signed in; once removed, the juror loses the programme", async ({
  page,
  browser,
  baseURL,
  mailbox,
  a11y,
}) => {
  const origin = new URL(baseURL!).origin;
  const email = `e2e-invitee-${randomUUID().slice(0, 8)}@laurel.example`;
  const name = `Ina Invitee ${email.slice(12, 20)}`;

  await signInWithPassword(page, DEMO_ORGANISER.email, DEMO_ORGANISER.password);
  await openTeamPage(page);
  await a11y.check("team page");

  const before = await mailbox.count();
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("radio", { name: "Juror" }).check();
  await form.getByLabel("Category").selectOption({ label: "Engaged young people" });
  await form.getByLabel("Language of the email").selectOption({ label: "English" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByRole("rowheader", { name: email })).toBeVisible();
  await a11y.check("team page after inviting");

  // The juror opens the emailed link in their own browser.
  const link = await waitForInvitationLink(mailbox, email, before, origin);
  const jurorContext = await browser.newContext({ locale: "en-GB" });
  const jurorPage = await jurorContext.newPage();
  const jurorA11y = new A11yChecker(jurorPage, origin);
  try {
    await jurorPage.goto(link);
    await expect(jurorPage.getByRole("heading", { level: 1 })).toHaveText("Invitation to #YoungEngagement Award 2026");
    await expect(jurorPage.getByText("Engaged young people")).toBeVisible();
    await jurorA11y.check("invitation page");
    await jurorPage.getByLabel("Your name").fill(name);
    await jurorPage.getByRole("button", { name: "Accept and sign in" }).click();
    await expect(jurorPage).toHaveURL(/\/jury(\/|\?|$)/);
    await expect(jurorPage.getByRole("main").getByText("#YoungEngagement Award").first()).toBeVisible();
    await expect(jurorPage.getByRole("main").getByText("Engaged young people")).toBeVisible();
    await jurorA11y.check("jury home after accepting");

    // The link is spent: opening it again says so, with a 404 and no details.
    const reopened = await jurorPage.goto(link);
    expect(reopened?.status()).toBe(404);
    await expect(jurorPage.getByRole("heading", { level: 1 })).toHaveText("This invitation link cannot be used");
    await expect(jurorPage.getByText("#YoungEngagement Award")).toHaveCount(0);

    // The organiser sees the new juror and removes them.
    await page.reload();
    const jurors = page.getByRole("region", { name: "Jurors" });
    const row = jurors.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Engaged young people");
    await row.getByRole("button", { name: `Remove ${name}` }).click();
    await expect(jurors.getByRole("row").filter({ hasText: email })).toHaveCount(0);

    // The juror's very next request no longer shows the programme.
    await jurorPage.goto("/jury");
    await expect(jurorPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(jurorPage.getByText("#YoungEngagement Award")).toHaveCount(0);
    await jurorA11y.check("jury area after removal");
  } finally {
    await jurorContext.close();
  }
});
