import { describe, expect, it } from "vitest";
import { ChromiumNotFoundError, DEBIAN_CHROMIUM, findChromium } from "@/lib/testing/e2e-browser";

const only = (...files: string[]) => (file: string) => files.includes(file);

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH over every other browser", () => {
    const found = findChromium(
      { fromEnv: "/opt/chrome", playwrightOwn: "/pw/chrome" },
      only("/opt/chrome", DEBIAN_CHROMIUM, "/pw/chrome"),
    );
    expect(found).toBe("/opt/chrome");
  });

  it("refuses a CHROMIUM_PATH that does not exist instead of falling back", () => {
    expect(() => findChromium({ fromEnv: "/nope" }, only(DEBIAN_CHROMIUM))).toThrow(/CHROMIUM_PATH=\/nope/);
  });

  it("uses Debian's Chromium before Playwright's own", () => {
    expect(findChromium({ playwrightOwn: "/pw/chrome" }, only(DEBIAN_CHROMIUM, "/pw/chrome"))).toBe(DEBIAN_CHROMIUM);
  });

  it("falls back to Playwright's own browser", () => {
    expect(findChromium({ fromEnv: "  ", playwrightOwn: "/pw/chrome" }, only("/pw/chrome"))).toBe("/pw/chrome");
  });

  it("tells how to install Chromium when there is none", () => {
    const attempt = () => findChromium({ playwrightOwn: "/pw/chrome" }, only());
    expect(attempt).toThrow(ChromiumNotFoundError);
    expect(attempt).toThrow(/apt-get install -y chromium/);
    expect(attempt).toThrow(/\/pw\/chrome/);
  });
});
