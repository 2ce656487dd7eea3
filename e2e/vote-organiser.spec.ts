// The organiser's side of the public vote, page by page with axe checks:
// settings fixed once the vote is open, printed codes (one of which a citizen
// then uses, once), the allow-list, participation, the anomaly report, and the
// tally still sealed while the vote runs.
import { expect, test } from "./fixtures";
import { createVoteReadyProgramme, plantVotes } from "./support/control-client";
import { signInWithPassword } from "./support/sign-in";

test("an organiser works through the public vote pages, and a printed code works once", async ({ page, browser, people, a11y }) => {
  test.setTimeout(180_000);
  const world = await createVoteReadyProgramme();
  const organiser = await people.create({ role: "organiser", programmes: [world.slug], password: "correct horse battery staple 42" });
  await plantVotes({ slug: world.slug, votes: [[12, 3, 5], [4, 4, 1]] });
  await signInWithPassword(page, organiser.email, organiser.password!);
  await page.goto(`/admin/programmes/${world.programmeId}`);
  await page.getByRole("link", { name: /Manage the public vote/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Public vote settings" })).toBeVisible();
  await expect(page.getByText("The vote has opened, so these settings can no longer change.")).toBeVisible();
  await a11y.check("settings locked");

  await page.getByRole("link", { name: "Voting codes" }).click();
  await page.getByLabel("Label").fill("Youth centre");
  await page.getByLabel("Number of codes").fill("5000");
  await page.getByRole("button", { name: "Make codes" }).click();
  await expect(page.getByText("Enter a whole number from 1 to 2000.")).toBeVisible();
  await expect(page.getByLabel("Label")).toHaveValue("Youth centre");
  await a11y.check("codes error");
  await page.getByLabel("Number of codes").fill("6");
  await page.getByRole("button", { name: "Make codes" }).click();
  await expect(page.getByRole("heading", { name: "Voting codes: Youth centre" })).toBeVisible();
  await expect(page.getByRole("list", { name: "The codes of this batch" }).getByRole("listitem")).toHaveCount(6);
  await expect(page.getByRole("rowheader", { name: "Youth centre" })).toBeVisible();
  await a11y.check("codes made");
  const printed = (await page.getByRole("list", { name: "The codes of this batch" }).getByRole("listitem").first().innerText()).trim();

  // A citizen at the youth centre uses one of the printed codes: it works once.
  const citizen = await browser.newContext({ locale: "en-GB" });
  const voter = await citizen.newPage();
  await voter.goto(`/programmes/${world.slug}/vote`);
  await voter.getByRole("textbox", { name: "Voting code" }).fill(printed);
  await voter.getByRole("button", { name: "Use voting code" }).click();
  await expect(voter.getByText("You can vote now.")).toBeVisible();
  await citizen.clearCookies();
  await voter.goto(`/programmes/${world.slug}/vote`);
  await voter.getByRole("textbox", { name: "Voting code" }).fill(printed);
  await voter.getByRole("button", { name: "Use voting code" }).click();
  await expect(voter.locator("#vote-voting-code-error")).toContainText("This voting code has already been used.");
  await citizen.close();
  await page.getByRole("button", { name: "Void the unused codes of “Youth centre”" }).click();
  await expect(page.getByRole("button", { name: "Void the unused codes of “Youth centre”" })).toHaveCount(0);
  await a11y.check("codes voided");

  await page.getByRole("link", { name: "Allow-list" }).click();
  await page.getByLabel("Email addresses, one per line").fill("anna@example.org\nnot an address\nAnna+x@Example.org\n");
  await page.getByRole("button", { name: "Replace the list" }).click();
  await expect(page.getByText("1 line is not an email address (line 2).", { exact: false })).toBeVisible();
  await a11y.check("allow-list error");
  await page.getByLabel("Email addresses, one per line").fill("anna@example.org\nbert@example.org\nAnna+x@Example.org\n");
  await page.getByRole("button", { name: "Replace the list" }).click();
  await expect(page.getByText("2 addresses are on the list.")).toBeVisible();
  await a11y.check("allow-list saved");

  await page.getByRole("link", { name: "Participation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Participation" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Engaged young people 20/ })).toBeVisible();
  await a11y.check("participation");

  await page.getByRole("link", { name: "Anomalies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anomaly report" })).toBeVisible();
  await a11y.check("anomalies");

  await page.getByRole("navigation", { name: "Public vote sections" }).getByRole("link", { name: "Tally" }).click();
  await expect(page.getByText("The count appears here once the vote has closed.", { exact: false })).toBeVisible();
  await a11y.check("results embargo");
  const html = await page.content();
  expect(html).not.toMatch(/\b12\b.*Lina|Lina.*\b12\b/);
  const recount = await page.request.get(`/api/programmes/${world.programmeId}/vote/recount`);
  expect(recount.status()).toBe(409);
  expect((await page.request.get(`/api/vote/${world.slug}/recount`)).status()).toBe(404);

});
