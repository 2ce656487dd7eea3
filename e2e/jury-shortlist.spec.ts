// Three jurors score a category of #YoungEngagement, one declares a conflict
// on one nomination; the chair sees the ranking, keeps the proposed finalists
// and locks the shortlist; the finalists are emailed in their language; the
// organiser can then open the public vote.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createJuryReadyProgramme } from "./support/control-client";
import { signInWithPassword } from "./support/sign-in";

const CRITERIA = ["Originality", "Impact", "Participation", "Sustainability"];

async function scoreNomination(page: Page, nominee: string, score: number) {
  await page.getByRole("link", { name: nominee }).first().click();
  await page.getByRole("button", { name: "No conflict, show the nomination" }).click();
  for (const criterion of CRITERIA) {
    await page.getByRole("group", { name: criterion, exact: true }).getByRole("radio", { name: String(score), exact: true }).check();
  }
  await page.getByRole("button", { name: "Submit scores" }).click();
  await expect(page.getByText("Your scores are submitted.")).toBeVisible();
}

async function openCategory(page: Page, category: string) {
  await page.goto("/jury");
  await page.getByRole("link", { name: category, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(category);
}

test("three jurors score, one recuses, the chair locks the shortlist and the vote can open", async ({ page, mailbox, a11y }) => {
  test.setTimeout(240_000);
  const world = await createJuryReadyProgramme();
  const [lina, yusuf, mira] = world.nominees;
  const [chair, second, third] = world.jurors;
  const scores: [typeof chair, Record<string, number | "conflict">][] = [
    [chair, { [lina.name]: 9, [yusuf.name]: 6, [mira.name]: 3 }],
    [second, { [lina.name]: 8, [yusuf.name]: 7, [mira.name]: 4 }],
    [third, { [lina.name]: "conflict", [yusuf.name]: 5, [mira.name]: 6 }],
  ];

  for (const [juror, plan] of scores) {
    await page.context().clearCookies();
    await signInWithPassword(page, juror.email, world.password);
    for (const [nominee, score] of Object.entries(plan)) {
      await openCategory(page, world.categoryName);
      if (score === "conflict") {
        await page.getByRole("link", { name: nominee }).first().click();
        // The details stay hidden until the juror says they have no conflict.
        await expect(page.getByText("Project 1: a youth initiative")).toHaveCount(0);
        await page.getByRole("group", { name: "Reason" }).getByRole("radio", { name: "I know the nominee personally" }).check();
        await page.getByRole("button", { name: "Declare conflict" }).click();
        await expect(page.getByRole("heading", { name: "Conflict of interest declared" })).toBeVisible();
        await a11y.check("conflict declared");
      } else {
        await scoreNomination(page, nominee, score);
      }
    }
  }

  // The chair ranks: Lina 8.5 (the recused juror does not count), Yusuf 6, Mira 4.33.
  await page.context().clearCookies();
  await signInWithPassword(page, chair.email, world.password);
  await page.goto(`/jury/programmes/${world.programmeId}/shortlist`);
  await page.getByRole("link", { name: `Ranking and shortlist for ${world.categoryName}` }).click();
  const ranking = page.getByRole("table", { name: `Ranking of ${world.categoryName}` });
  await expect(ranking.getByRole("row").nth(1)).toContainText(lina.name);
  await expect(ranking.getByRole("row").nth(1)).toContainText("8.5");
  await expect(page.getByRole("checkbox", { name: `Finalist: ${lina.name}` })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: `Finalist: ${yusuf.name}` })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: `Finalist: ${mira.name}` })).not.toBeChecked();
  await a11y.check("ranking");
  const before = await mailbox.count();
  await page.getByRole("button", { name: "Lock shortlist" }).click();
  await page.getByRole("button", { name: "Confirm and lock" }).click();
  await expect(page.getByText("The shortlist is locked. The finalists have been told by email.")).toBeVisible();

  // The finalists are told, each in their own language; the third is not.
  const finalistMail = async () => (await mailbox.messages()).slice(before).filter((m) => /finalist|Endauswahl/.test(m.subject));
  await expect.poll(async () => (await finalistMail()).length).toBe(2);
  const mail = await finalistMail();
  expect(mail.find((m) => m.to.includes(lina.email))?.subject).toMatch(/^You are a finalist: #YoungEngagement Award/);
  expect(mail.find((m) => m.to.includes(yusuf.email))?.subject).toMatch(/^Sie sind in der Endauswahl: #YoungEngagement Award/);
  expect(mail.some((m) => m.to.includes(mira.email))).toBe(false);

  // The organiser can now open the public vote.
  await page.context().clearCookies();
  await signInWithPassword(page, world.organiser.email, world.password);
  await page.goto(`/admin/programmes/${world.programmeId}`);
  await page.getByRole("button", { name: "Move to “Public vote”" }).click();
  await expect(page.getByText("Current phase: Public vote", { exact: false })).toBeVisible();
});
