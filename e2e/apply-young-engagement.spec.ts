// A young person applies to #YoungEngagement in German: with a project and a
// photo, confirms by email, changes the application through the private link,
// and the organisers find it in their queue.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { waitForAppLink } from "./support/control-client";
import { jpegPhoto } from "./support/images";
import { signInWithPassword } from "./support/sign-in";

test("a young person applies with a project and a photo, confirms, edits, and reaches the queue", async ({ page, context, baseURL, mailbox, people, a11y }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const email = `amal-${randomUUID().slice(0, 8)}@example.org`;
  await context.addCookies([{ name: "laurel_locale", value: "de", url: origin }]);

  await page.goto("/programmes/young-engagement-2026");
  await page.getByRole("link", { name: "Selbst bewerben – Engaged young people" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Selbst bewerben" })).toBeVisible();

  await page.getByLabel("Ihr vollständiger Name").fill("Amal Haddad");
  await page.getByLabel("Ihre E-Mail-Adresse").fill(email);
  // Too old for "under 30 on 15 December 2026": the rule is named next to the field.
  await page.getByLabel("Ihr Geburtsdatum").fill("1990-04-02");
  await page.getByLabel("Ihr Geburtsdatum").blur();
  await expect(page.getByText(/30/).filter({ hasText: /Geburtsdatum|alt|Jahre/ }).first()).toBeVisible();
  await page.getByLabel("Ihr Geburtsdatum").fill("2004-04-02");
  await page.getByLabel("Ihr Projekt", { exact: true }).fill("Ich organisiere ein Sprachcafé für junge Geflüchtete in Gostenhof.");
  await page.getByLabel("Projekttitel").fill("Sprachcafé Gostenhof");
  await page.getByLabel("Beschreiben Sie Ihr Projekt").fill("Jeden Donnerstag treffen sich 20 junge Menschen zum Deutschlernen.");
  await page.locator('input[type="file"]').and(page.getByLabel(/^Foto/)).setInputFiles({ name: "sprachcafe.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto() });
  await expect(page.getByText("Hinzugefügt: sprachcafe.jpg")).toBeVisible();
  await page.getByRole("group", { name: /Wie sollen wir Ihren Namen zeigen/ }).getByLabel("Nur der Vorname").check();
  await page.getByLabel(/Ich habe den Datenschutzhinweis gelesen/).check();
  await a11y.check("application form (de)");

  await page.getByRole("button", { name: "Angaben prüfen" }).click();
  await expect(page.getByRole("heading", { name: "Angaben prüfen" })).toBeVisible();
  await expect(page.getByText("Sprachcafé Gostenhof")).toBeVisible();
  await a11y.check("application review (de)");
  const before = await mailbox.count();
  await page.getByRole("button", { name: "Absenden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bitte sehen Sie in Ihre E-Mails" })).toBeVisible();

  // Double opt-in: the email (in German) carries the private link.
  const { link, message } = await waitForAppLink(mailbox, origin, email, "/submissions/", { after: before });
  expect(message.text).not.toContain("Sprachcafé Gostenhof");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: /bestätigen/i })).toBeVisible();
  await page.getByRole("button", { name: /bestätigen/i }).click();
  await expect(page.getByText(/bestätigt/).first()).toBeVisible();
  // The photo is served through the private link, re-encoded.
  const photo = page.getByRole("img", { name: "Das Foto, das Sie gesendet haben" });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Edit through the private link.
  await page.getByRole("link", { name: "Meine Einreichung ändern" }).click();
  await page.getByLabel("Projekttitel").fill("Sprachcafé Gostenhof & Südstadt");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Ihre Änderungen sind gespeichert.").or(page.getByText(/gespeichert/)).first()).toBeVisible();
  await expect(page.getByText("Sprachcafé Gostenhof & Südstadt")).toBeVisible();

  // The organisers' queue shows it.
  const organiser = await people.create({ role: "organiser", programmes: ["young-engagement-2026"], password: "correct horse battery staple" });
  await context.clearCookies();
  await signInWithPassword(page, organiser.email, organiser.password!);
  await page.goto("/admin");
  const item = page.getByRole("main").getByRole("listitem").filter({ hasText: "#YoungEngagement Award" }).filter({ hasText: "2026" });
  const href = await item.getByRole("link").first().getAttribute("href");
  await page.goto(`${href}/submissions`);
  await expect(page.getByRole("main").getByText("Amal Haddad")).toBeVisible();
  await a11y.check("moderation queue");
});
