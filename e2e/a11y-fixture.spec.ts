// The accessibility fixture guards every journey, so it gets a journey of its
// own proving it can fail. It runs on a second page, which the automatic
// check of `page` does not watch, with pages served by Playwright itself.
import { A11yChecker, expect, test } from "./fixtures";

const PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
const html = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1>${body}</main></body></html>`;

test("the accessibility check fails a page with a serious violation and names the rule", async ({ context, baseURL }) => {
  const probe = await context.newPage();
  await probe.route(`${baseURL}/__a11y-probe/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: route.request().url().endsWith("/bad") ? html(`<img src="${PIXEL}">`) : html("<p>Fine.</p>"),
    }),
  );
  const checker = new A11yChecker(probe, new URL(baseURL!).origin);
  checker.watch();

  await probe.goto("/__a11y-probe/good");
  await checker.check("good probe");

  await probe.goto("/__a11y-probe/bad");
  await expect(checker.check("bad probe")).rejects.toThrow(/image-alt/);

  // The background check after the navigation saw it too.
  await checker.settle();
  expect(checker.blockingFindings().map((f) => f.id)).toContain("image-alt");
  await probe.close();
});
