import { expect, test } from "./fixtures";
import { DEMO_JUROR } from "./support/e2e-env";
import { signInWithEmailLink } from "./support/sign-in";

test("the demo juror signs in with an emailed link and lands on the jury area", async ({ page, mailbox, a11y }) => {
  await signInWithEmailLink({ page, mailbox, a11y }, DEMO_JUROR.email, "/jury");

  await expect(page).toHaveURL(/\/jury(\/|\?|$)/);
  // The juror serves on the #YoungEngagement 2026 jury.
  await expect(page.getByRole("main").getByText("#YoungEngagement Award").first()).toBeVisible();
  await a11y.check("jury home");
});
