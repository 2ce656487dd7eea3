import { expect, test } from "./fixtures";
import { YOUNG_ENGAGEMENT_2026 } from "./support/e2e-env";
import { signInWithEmailLink } from "./support/sign-in";

for (const path of ["/admin", "/jury"]) {
  test(`an anonymous visit to ${path} is sent to sign in`, async ({ page, a11y }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in(\?|$)/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await a11y.check(`sign-in after ${path}`);
  });
}

test("a juror opening the admin area gets a 403 page", async ({ page, mailbox, people, a11y }) => {
  // A juror of its own: a new sign-in link replaces the person's older ones.
  const juror = await people.create({ role: "juror", programmes: [YOUNG_ENGAGEMENT_2026] });
  await signInWithEmailLink({ page, mailbox, a11y }, juror.email, "/jury");
  await expect(page).toHaveURL(/\/jury(\/|\?|$)/);

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Nothing of the admin area leaks: the juror is no member of the Bristol programme.
  await expect(page.getByText("Bristol Volunteer Awards")).toHaveCount(0);
  await a11y.check("403 page");
});
