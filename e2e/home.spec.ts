import { expect, test } from "./fixtures";
import { DEMO_CURRENT_EDITIONS, DEMO_PAST_EDITIONS } from "./support/e2e-env";

test("the home page lists the demo programmes, current and past", async ({ page, a11y }) => {
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1, name: "Volunteer awards" })).toBeVisible();
  const current = page.getByRole("region", { name: "Current programmes" });
  for (const name of DEMO_CURRENT_EDITIONS) {
    await expect(current.getByRole("heading", { name })).toBeVisible();
    await expect(current.getByRole("link", { name, exact: true })).toHaveAttribute("href", /^\/programmes\//);
  }
  const past = page.getByRole("region", { name: "Past programmes" });
  for (const name of DEMO_PAST_EDITIONS) await expect(past.getByRole("heading", { name })).toBeVisible();
  // A finished programme is not offered as open for nominations.
  await expect(past.getByRole("link", { name: /nominate|apply/i })).toHaveCount(0);
  await a11y.check("home page");
});
