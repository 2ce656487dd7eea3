// A programme's organiser pages answer 403 to people who do not organise it:
// a juror of the programme, and an organiser of another programme.
import { expect, test } from "./fixtures";
import { DEMO_ORGANISER, YOUNG_ENGAGEMENT_2026 } from "./support/e2e-env";
import { signInWithPassword } from "./support/sign-in";

const SECTIONS = ["", "/edit", "/timeline", "/categories", "/categories/new", "/team", "/audit", "/duplicate"];

test("a juror and another programme's organiser get 403 on every section of a programme", async ({ page, browser, baseURL, people }) => {
  // The demo organiser organises both Bristol and #YoungEngagement 2026: read their ids from /admin.
  await signInWithPassword(page, DEMO_ORGANISER.email, DEMO_ORGANISER.password);
  await page.goto("/admin");
  const idOf = async (name: RegExp) => {
    const href = await page.getByRole("main").getByRole("link", { name }).first().getAttribute("href");
    return /\/admin\/programmes\/([^/?#]+)/.exec(href ?? "")![1];
  };
  const bristol = await idOf(/Bristol Volunteer Awards/);
  const youngEngagement = await idOf(/#YoungEngagement Award 2026/);

  const outsiders = [
    { who: "organiser of #YoungEngagement only", person: await people.create({ role: "organiser", programmes: [YOUNG_ENGAGEMENT_2026], password: "outsider-password-1234" }), programmeId: bristol },
    { who: "juror of #YoungEngagement", person: await people.create({ role: "juror", programmes: [YOUNG_ENGAGEMENT_2026], password: "juror-password-12345" }), programmeId: youngEngagement },
  ];
  for (const { who, person, programmeId } of outsiders) {
    const context = await browser.newContext({ baseURL });
    try {
      const other = await context.newPage();
      await signInWithPassword(other, person.email, person.password!);
      for (const section of SECTIONS) {
        const response = await other.goto(`/admin/programmes/${programmeId}${section}`);
        expect(response?.status(), `${who} opening ${section || "the overview"}`).toBe(403);
        await expect(other.getByText("Bristol Volunteer Awards")).toHaveCount(0);
      }
    } finally {
      await context.close();
    }
  }
});
