import { expect, test } from "./fixtures";
import { DEMO_ORGANISER, DEMO_PROGRAMMES, YOUNG_ENGAGEMENT_2026 } from "./support/e2e-env";
import { passwordForm, submitPassword } from "./support/sign-in";

test("the demo organiser signs in with email and password and reaches the admin area", async ({ page, a11y }) => {
  await page.goto("/sign-in");
  await a11y.check("sign-in page");
  await submitPassword(page, DEMO_ORGANISER.email, DEMO_ORGANISER.password);

  await expect(page).toHaveURL(/\/admin(\/|\?|$)/);
  const main = page.getByRole("main");
  for (const name of DEMO_PROGRAMMES) await expect(main.getByText(name).first()).toBeVisible();
  await a11y.check("admin home");
});

test("a wrong password shows a generic error and keeps the email typed", async ({ page, people, a11y }) => {
  // An organiser of its own: failed attempts count towards a lock-out.
  const organiser = await people.create({ role: "organiser", programmes: [YOUNG_ENGAGEMENT_2026], password: "right-password-1234" });
  await page.goto("/sign-in");
  await submitPassword(page, organiser.email, "wrong-password-1234");

  const form = passwordForm(page);
  const error = form.getByRole("alert");
  await expect(error).toBeVisible();
  const message = (await error.innerText()).trim();
  expect(message).not.toBe("");
  // Generic: it must not tell which of email or password was wrong.
  expect(message).not.toMatch(/no (such )?(account|user)|unknown email|not registered/i);
  await expect(form.getByLabel(/^email/i)).toHaveValue(organiser.email);
  await expect(page).toHaveURL(/\/sign-in/);
  await a11y.check("sign-in with a password error");

  // An address with no account gets exactly the same answer.
  await submitPassword(page, "nobody-here@laurel.example", "wrong-password-1234");
  await expect(form.getByLabel(/^email/i)).toHaveValue("nobody-here@laurel.example");
  await expect(form.getByRole("alert")).toHaveText(message);
});
