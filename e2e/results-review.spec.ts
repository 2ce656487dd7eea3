// After the public vote closes, the organiser reviews each category's result:
// the ranking the published formula gives, with the votes, and confirms it.
// Before the close the same page shows no ranking at all (the embargo journey
// reads it too); after, it shows the counts, so the embargo is a gate that
// opens, not a page that never knew.
import { expect, test } from "./fixtures";
import { closeVote, createVoteReadyProgramme, plantVotes } from "./support/control-client";
import { signInWithPassword } from "./support/sign-in";

const PASSWORD = "correct horse battery staple";

test("the organiser reviews, confirms and publishes once the vote has closed, and the public sees the winners", async ({ page, browser, people, a11y }) => {
  test.setTimeout(150_000);
  const programme = await createVoteReadyProgramme();
  const planted = await plantVotes({ slug: programme.slug, votes: [[5, 9, 2], [1, 4, 2]] });
  const organiser = await people.create({ role: "organiser", programmes: [programme.slug], password: PASSWORD });
  await signInWithPassword(page, organiser.email, PASSWORD);
  const results = `/admin/programmes/${programme.programmeId}/results`;

  await page.goto(results);
  await expect(page.getByRole("heading", { level: 1, name: "Results review" })).toBeVisible();
  await expect(page.getByText(/The results appear here once the public vote has closed/)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await a11y.check("results review during the vote");

  await closeVote(programme.slug);
  await page.goto(results);
  const first = planted.categories[0];
  const winner = first.finalists.find((f) => f.votes === 9)!;
  const section = page.getByRole("region", { name: programme.categories[0].name });
  const winnerRow = section.getByRole("row").filter({ has: page.getByRole("rowheader", { name: winner.publicName }) });
  await expect(winnerRow.getByRole("cell").first()).toHaveText("1");
  await expect(winnerRow).toContainText("9");
  await expect(winnerRow).toContainText("Winner");
  await expect(section.getByText("Computed, not confirmed")).toBeVisible();
  await a11y.check("results review after the close");

  await section.getByRole("button", { name: "Confirm this category" }).click();
  await expect(section.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(winnerRow).toContainText("Place 1, winner");
  await a11y.check("results review with a confirmed category");

  // The public results page does not exist until the results are published.
  const visitor = await browser.newContext({ locale: "en-GB" });
  const publicPage = await visitor.newPage();
  expect((await publicPage.goto(`/programmes/${programme.slug}/results`))!.status()).toBe(404);

  const second = page.getByRole("region", { name: programme.categories[1].name });
  await second.getByRole("button", { name: "Confirm this category" }).click();
  await expect(second.getByText("Confirmed", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Publish the results" }).click();
  await expect(page.getByText(/The results are published/).first()).toBeVisible();
  await a11y.check("results review, published");

  await publicPage.goto(`/programmes/${programme.slug}/results`);
  await expect(publicPage.getByRole("heading", { level: 1 })).toContainText("The results of");
  await expect(publicPage.getByText(winner.publicName).first()).toBeVisible();
  // The vote figures are in a table too, not only in the chart.
  await expect(publicPage.getByRole("table").first()).toContainText("9");
  await a11y.check("public results");
  await visitor.close();
});
