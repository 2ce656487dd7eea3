// The test object every journey imports. It checks accessibility on its own:
// after every navigation of the page (full loads and client-side ones) axe
// runs in the background, unless the journey has moved on first; and
// `a11y.check()` scans the current state on the spot, which journeys call on
// every page and state they reach (an error message shows without navigating).
// Serious or critical findings fail the journey with a readable list.
// `mailbox` reads the mail the app sent; `people` makes fresh accounts for
// journeys that change something about the person signing in.
import { test as base, expect, type Page } from "@playwright/test";
import { formatFindings, interruptedByNavigation, scanPage, uniqueFindings, type A11yScan } from "./support/a11y";
import { Mailbox, People } from "./support/control-client";

export class A11yChecker {
  private queue: Promise<void> = Promise.resolve();
  /** Bumped by every navigation and explicit check: a background scan that is no longer the newest is dropped. */
  private generation = 0;
  readonly scans: A11yScan[] = [];
  /** Background scans dropped because the page moved on first; journeys check such pages explicitly. */
  readonly superseded: string[] = [];
  readonly errors: string[] = [];

  constructor(private readonly page: Page, private readonly origin: string) {}

  /** Starts a background scan after each navigation of the main frame to the app. */
  watch(): void {
    this.page.on("framenavigated", (frame) => {
      if (frame !== this.page.mainFrame() || !frame.url().startsWith(this.origin)) return;
      void this.enqueue(`after navigating to ${frame.url()}`, { background: true });
    });
  }

  /** Scans the page as it is now; fails at once on serious or critical findings. */
  async check(label = "explicit check"): Promise<void> {
    const scan = await this.enqueue(label, { background: false });
    if (scan && scan.blocking.length) {
      throw new Error(`Accessibility violations (${label}):\n${formatFindings(scan.blocking)}`);
    }
  }

  /** Waits for the background scans to finish. */
  async settle(): Promise<void> {
    await this.queue;
  }

  blockingFindings() {
    return uniqueFindings(this.scans.flatMap((s) => s.blocking));
  }

  private enqueue(label: string, { background }: { background: boolean }): Promise<A11yScan | undefined> {
    const generation = ++this.generation;
    const run = async (): Promise<A11yScan | undefined> => {
      if (this.page.isClosed()) return undefined;
      if (background && generation !== this.generation) {
        this.superseded.push(label);
        return undefined;
      }
      try {
        await this.page.waitForLoadState("load");
        const scan = await scanPage(this.page, label);
        this.scans.push(scan);
        return scan;
      } catch (error) {
        if (background && (this.page.isClosed() || interruptedByNavigation(error))) {
          this.superseded.push(label);
          return undefined;
        }
        if (!background) throw error;
        this.errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    };
    const result = this.queue.then(run);
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

interface LaurelFixtures {
  a11y: A11yChecker;
  mailbox: Mailbox;
  people: People;
}

export const test = base.extend<LaurelFixtures>({
  a11y: [
    async ({ page, baseURL }, provide, testInfo) => {
      const checker = new A11yChecker(page, new URL(baseURL!).origin);
      checker.watch();
      await provide(checker);
      await checker.settle();
      const blocking = checker.blockingFindings();
      await testInfo.attach("accessibility.json", {
        body: JSON.stringify(
          { scans: checker.scans, superseded: checker.superseded, errors: checker.errors },
          null,
          2,
        ),
        contentType: "application/json",
      });
      if (checker.errors.length) throw new Error(`Accessibility scans failed:\n${checker.errors.join("\n")}`);
      if (blocking.length) throw new Error(`Accessibility violations (serious or critical):\n${formatFindings(blocking)}`);
    },
    { auto: true },
  ],
  mailbox: async ({ baseURL }, provide) => {
    await provide(new Mailbox(new URL(baseURL!).origin));
  },
  people: async ({}, provide) => {
    await provide(new People());
  },
});

export { expect };
