// The public vote of a #YoungEngagement edition. In German: a citizen opens a
// finalist's shared link, confirms their email address with a code, votes in
// both categories and keeps the receipts; the same person, with the address
// in another case and with a plus tag, is politely refused. In English: a
// printed voting code works once, and a receipt checks out.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createVoteReadyProgramme, type Mailbox } from "./support/control-client";

/** Waits for a new vote-code email to `to` and returns the six-digit code from its subject. */
async function emailCode(mailbox: Mailbox, to: string, after: number): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const mail = (await mailbox.messages()).slice(after).find((m) => m.to.includes(to.toLowerCase()));
        code = mail?.subject.match(/\b\d{6}\b/)?.[0];
        return code;
      },
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return code!;
}

/** The email form refuses answers quicker than a person could type (MIN_FORM_MS): give it a moment, as a person would. */
const likeAPerson = (page: Page) => page.waitForTimeout(1600);

async function receiptCode(page: Page): Promise<string> {
  const code = (await page.locator("li.font-mono").first().textContent())?.trim() ?? "";
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return code;
}

test("a citizen votes from a shared link in German; the same address in another spelling is refused", async ({ page, context, baseURL, mailbox, a11y }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const world = await createVoteReadyProgramme();
  const [engaged, initiatives] = world.categories;
  const lina = engaged.finalists[0];
  const tag = randomUUID().slice(0, 8);
  const email = `anna.voter.${tag}@example.org`;
  const sameAddressOtherSpelling = `Anna.Voter.${tag}+x@Example.org`;
  await context.addCookies([{ name: "laurel_locale", value: "de", url: origin }]);

  // The shared link: the finalist's own page, with a preview for social media.
  await page.goto(`/programmes/${world.slug}/vote/finalists/${lina.id}`);
  await expect(page.getByRole("heading", { level: 1, name: lina.publicName })).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${lina.publicName}, im Finale von ${engaged.name}`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/programmes/${world.slug}/vote/finalists/${lina.id}$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await a11y.check("shared finalist page (de)");
  await page.getByRole("link", { name: `In ${engaged.name} abstimmen` }).click();

  // Not yet confirmed: the category says so and leads to the vote page.
  await expect(page.getByRole("heading", { level: 1, name: `Abstimmung: ${engaged.name}` })).toBeVisible();
  await expect(page.getByText("Um abzustimmen, bestätigen Sie bitte zuerst, wer Sie sind.")).toBeVisible();
  await a11y.check("category before confirming (de)");
  await page.getByRole("link", { name: "Jetzt bestätigen" }).click();

  // The rules come first: who, until when, how it is decided.
  await expect(page.getByRole("heading", { name: "So funktioniert die Abstimmung" })).toBeVisible();
  await expect(page.getByText("Eine abgegebene Stimme kann nicht mehr geändert werden.")).toBeVisible();
  await expect(page.getByText(/Die Abstimmung läuft bis \d+\. \S+ \d{4}/).first()).toBeVisible();
  await a11y.check("vote page (de)");

  let before = await mailbox.count();
  await likeAPerson(page);
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByRole("button", { name: "Code senden" }).click();
  await expect(page.getByText(`Wir haben einen Code an ${email} gesendet.`, { exact: false })).toBeVisible();
  const code = await emailCode(mailbox, email, before);
  // A wrong code first: the message sits next to the field and the form keeps the address.
  const wrong = code === "000000" ? "111111" : "000000";
  await page.getByRole("textbox", { name: "Code aus der E-Mail" }).fill(wrong);
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.locator("#vote-email-code-error")).toContainText("Dieser Code stimmt nicht.");
  await expect(page.getByRole("textbox", { name: "Code aus der E-Mail" })).toHaveValue(wrong);
  await a11y.check("wrong email code (de)");
  await page.getByRole("textbox", { name: "Code aus der E-Mail" }).fill(code);
  await page.getByRole("button", { name: "Bestätigen" }).click();

  // Confirmed, the citizen is back in the category they came from; one vote in each category, each with its receipt.
  const receipts: string[] = [];
  for (const [category, choice] of [
    [engaged, lina.publicName],
    [initiatives, initiatives.finalists[2].publicName],
  ] as const) {
    if (category !== engaged) await page.getByRole("link", { name: category.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Abstimmung: ${category.name}` })).toBeVisible();
    const ballot = page.getByRole("group", { name: `Ihre Wahl in „${category.name}“` });
    await expect(ballot.getByRole("radio")).toHaveCount(3);
    await a11y.check(`ballot ${category.name} (de)`);
    // Sending nothing names the problem at the group.
    await page.getByRole("button", { name: "Stimme abgeben" }).click();
    await expect(page.locator("#ballot-error")).toHaveText(/Bitte wählen Sie eine Person oder Gruppe\./);
    await ballot.getByRole("radio", { name: choice }).check();
    await page.getByRole("button", { name: "Stimme abgeben" }).click();
    // The receipt takes focus, so a screen reader reads it out at once.
    await expect(page.getByRole("status", { name: `Vielen Dank, Ihre Stimme in „${category.name}“ ist abgegeben.` })).toBeFocused();
    receipts.push(await receiptCode(page));
    await a11y.check(`receipt ${category.name} (de)`);
    await page.getByRole("link", { name: "Zurück zu allen Kategorien" }).first().click();
    await expect(page.getByText("Sie können jetzt abstimmen.")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: category.name }).getByText("Abgestimmt")).toBeVisible();
    await a11y.check(`categories after voting in ${category.name} (de)`);
  }
  expect(new Set(receipts).size).toBe(2);

  // The same person with the address in another case and a plus tag: confirmed, but refused when casting.
  await context.clearCookies();
  await context.addCookies([{ name: "laurel_locale", value: "de", url: origin }]);
  await page.goto(`/programmes/${world.slug}/vote`);
  before = await mailbox.count();
  await likeAPerson(page);
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(sameAddressOtherSpelling);
  await page.getByRole("button", { name: "Code senden" }).click();
  await page.getByRole("textbox", { name: "Code aus der E-Mail" }).fill(await emailCode(mailbox, sameAddressOtherSpelling, before));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: engaged.name }).getByText("Abgestimmt")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: initiatives.name }).getByText("Abgestimmt")).toBeVisible();
  await page.getByRole("link", { name: engaged.name, exact: true }).click();
  await expect(page.getByText("Sie haben in dieser Kategorie bereits abgestimmt.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Stimme abgeben" })).toHaveCount(0);
  await a11y.check("already voted (de)");
  // Casting anyway, as a script would: 409, politely, in German.
  const second = await page.request.post(`/api/vote/${world.slug}/ballots`, { data: { categoryId: engaged.id, finalistIds: [engaged.finalists[1].id] } });
  expect(second.status()).toBe(409);
  expect(await second.json()).toMatchObject({ ok: false, reason: "already_voted", message: "Sie haben in dieser Kategorie schon abgestimmt. Vielen Dank!" });
});

test("a printed voting code works once, and the receipt checks out", async ({ page, context, a11y }) => {
  test.setTimeout(120_000);
  const world = await createVoteReadyProgramme({ votingCodes: 1 });
  const [category] = world.categories;
  const [votingCode] = world.votingCodes;
  const choice = category.finalists[1];

  await page.goto(`/programmes/${world.slug}`);
  await expect(page.getByText(/The public vote is open until/)).toBeVisible();
  await page.getByRole("link", { name: "Vote now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Public vote: ${world.name}` })).toBeVisible();

  // Typed in lower case without dashes: the code still counts.
  await page.getByRole("textbox", { name: "Voting code" }).fill(votingCode.replaceAll("-", "").toLowerCase());
  await page.getByRole("button", { name: "Use voting code" }).click();
  await expect(page.getByText("You can vote now.")).toBeVisible();
  await page.getByRole("link", { name: category.name, exact: true }).click();

  // Every finalist with what the public may see, and a link to share.
  for (const finalist of category.finalists) {
    await expect(page.getByRole("article", { name: finalist.publicName })).toContainText(`${finalist.publicName} brings young people together`);
    await expect(page.getByRole("link", { name: `Link to share for ${finalist.publicName}` })).toHaveAttribute("href", `/programmes/${world.slug}/vote/finalists/${finalist.id}`);
  }
  await page.getByRole("group", { name: `Your choice in “${category.name}”` }).getByRole("radio", { name: choice.publicName }).check();
  await page.getByRole("button", { name: "Cast my vote" }).click();
  await expect(page.getByRole("heading", { name: `Thank you, your vote in “${category.name}” is in.` })).toBeVisible();
  const receipt = await receiptCode(page);
  await a11y.check("receipt (en)");

  // The receipt page: the right category finds it, a made-up code does not.
  await page.getByRole("link", { name: "Check a receipt code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your receipt code" })).toBeVisible();
  await page.getByRole("combobox", { name: "Category" }).selectOption({ label: category.name });
  await page.getByRole("textbox", { name: "Receipt code" }).fill("not a code");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.locator("#receipt-code-error")).toContainText("This is not a receipt code.");
  await expect(page.getByRole("textbox", { name: "Receipt code" })).toHaveValue("not a code");
  await a11y.check("receipt check error (en)");
  await page.getByRole("textbox", { name: "Receipt code" }).fill(receipt.toLowerCase());
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText("Your vote is in the count.")).toBeVisible();
  await a11y.check("receipt found (en)");
  await page.getByRole("textbox", { name: "Receipt code" }).fill(receipt.replace(/^./, (c) => (c === "7" ? "8" : "7")));
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText("We found no vote with this code.")).toBeVisible();

  // Someone else with the same code: refused, next to the field, what they typed kept.
  await context.clearCookies();
  await page.goto(`/programmes/${world.slug}/vote`);
  await page.getByRole("textbox", { name: "Voting code" }).fill(votingCode);
  await page.getByRole("button", { name: "Use voting code" }).click();
  await expect(page.locator("#vote-voting-code-error")).toContainText("This voting code has already been used.");
  await expect(page.getByRole("textbox", { name: "Voting code" })).toHaveValue(votingCode);
  await expect(page.getByText("You can vote now.")).toHaveCount(0);
  await a11y.check("voting code used (en)");
});
