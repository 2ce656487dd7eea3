// Signing in over HTTP the way a person does: through the /sign-in form, and
// for email links through the mail the app really sent.
import { expect, type Page } from "@playwright/test";
import type { A11yChecker } from "../fixtures";
import type { Mailbox } from "./control-client";

export function passwordForm(page: Page) {
  return page.getByRole("form", { name: /password/i });
}

export function emailLinkForm(page: Page) {
  return page.getByRole("form", { name: /link/i });
}

export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  const form = passwordForm(page);
  await form.getByLabel(/^email/i).fill(email);
  await form.getByLabel(/^password/i).fill(password);
  await form.getByRole("button", { name: /sign in/i }).click();
}

export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await submitPassword(page, email, password);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Opens `path` signed out, is sent to /sign-in, asks for an email link and
 * follows the link that arrives at the SMTP sink.
 */
export async function signInWithEmailLink(
  { page, mailbox, a11y }: { page: Page; mailbox: Mailbox; a11y: A11yChecker },
  email: string,
  path: string,
): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await a11y.check("sign-in page");
  const before = await mailbox.count();
  const form = emailLinkForm(page);
  await form.getByLabel(/^email/i).fill(email);
  await form.getByRole("button", { name: /link/i }).click();
  // The same answer for every address, so it says nothing about whether a link was sent.
  await expect(page).toHaveURL(/\/sign-in\/check-email/);
  await expect(page.getByRole("status")).toBeVisible();
  await a11y.check("check-your-email page");
  const link = await mailbox.waitForSignInLink(email, { after: before });
  // The link opens a confirmation page first (mail scanners follow links but press no buttons).
  await page.goto(link);
  await a11y.check("sign-in link page");
  await page.getByRole("main").getByRole("button", { name: /^sign in$/i }).click();
}
