// Accessibility checks with axe: WCAG 2.2 AA rules, and only serious or
// critical findings fail a journey (minor and moderate ones are attached to
// the report for a person to judge).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

export interface A11yFinding {
  url: string;
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface A11yScan {
  url: string;
  label: string;
  blocking: A11yFinding[];
  other: A11yFinding[];
}

/** True when a scan failed only because the page moved on under it. */
export function interruptedByNavigation(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|navigat|has been closed|frame was detached|Target closed/i.test(message);
}

/**
 * Waits until the page has settled: it has a title (for up to `maxMs`) and the
 * DOM has been quiet for `quietMs`. After a client-side navigation React swaps
 * the page in and streams the new <title> a moment later; a scan in between
 * would report a half-rendered page. A page that never gets a title is still
 * scanned, and fails.
 */
export async function waitForSettledPage(page: Page, quietMs = 300, maxMs = 15_000): Promise<void> {
  await page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((resolve) => {
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(cap);
          resolve();
        };
        const quietEnough = () => (document.title ? finish() : undefined);
        let timer = setTimeout(quietEnough, quiet);
        const cap = setTimeout(finish, max);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(quietEnough, quiet);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    [quietMs, maxMs] as const,
  );
}

export async function scanPage(page: Page, label: string): Promise<A11yScan> {
  await waitForSettledPage(page);
  const url = page.url();
  let results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // Next streams <title> after the body on dynamic pages; on a loaded machine a
  // scan can still land before it. Look once more: a title that is really
  // missing is still missing then, and fails.
  if (results.violations.some((v) => v.id === "document-title")) {
    await page.waitForFunction(() => document.title !== "", undefined, { timeout: 10_000 }).catch(() => undefined);
    results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  }
  const findings = results.violations.map(
    (v): A11yFinding => ({
      url,
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }),
  );
  return {
    url,
    label,
    blocking: findings.filter((f) => BLOCKING_IMPACTS.has(f.impact)),
    other: findings.filter((f) => !BLOCKING_IMPACTS.has(f.impact)),
  };
}

export function formatFindings(findings: A11yFinding[]): string {
  return findings
    .map((f) => `  - [${f.impact}] ${f.id}: ${f.help}\n    on ${f.url}\n    ${f.helpUrl}\n    targets: ${f.targets.join(" | ")}`)
    .join("\n");
}

/** The same rule on the same element of the same page is one finding, however often it was seen. */
export function uniqueFindings(findings: A11yFinding[]): A11yFinding[] {
  const seen = new Map<string, A11yFinding>();
  for (const f of findings) {
    const key = `${new URL(f.url).pathname}|${f.id}|${f.targets.join(",")}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
