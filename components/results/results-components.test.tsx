import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactNode } from "react";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { IntegrityPanel } from "@/components/results/integrity-panel";
import { ResultCategory } from "@/components/results/result-category";
import { VoteChart } from "@/components/results/vote-chart";
import type { PublicResultCategory } from "@/lib/results/get-public-results";

const render = (node: ReactNode, locale: "en" | "de" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={locale === "en" ? en : de}>
      {node}
    </NextIntlClientProvider>,
  );

const finalists = [
  { finalistId: "f2", name: "Bilal", votes: 4, isWinner: true },
  { finalistId: "f3", name: "Chiara", votes: 3, isWinner: false },
  { finalistId: "f1", name: "Amira", votes: 1, isWinner: false },
];

describe("VoteChart", () => {
  it("hides the bars from screen readers and gives the same numbers in a table", () => {
    const html = render(<VoteChart category="Young engagement" counted={8} finalists={finalists} />);
    expect(html).toMatch(/<ul aria-hidden="true"[^>]*data-testid="vote-bars"/);
    expect(html).toContain('style="width:100%;min-width:2px"');
    expect(html).toContain('style="width:25%;min-width:2px"');
    expect(html).toContain("<caption");
    expect(html).toContain("Votes per finalist in Young engagement");
    // Each row: the finalist as a row header, the votes and the share of the counted votes.
    expect(html).toMatch(/<th scope="row"[^>]*>Bilal<span[^>]*>\(Winner\)<\/span><\/th><td[^>]*>4<\/td><td[^>]*>50 %<\/td>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Chiara<\/th><td[^>]*>3<\/td><td[^>]*>37.5 %<\/td>/);
    expect(html).toContain("8 votes were counted in this category.");
  });

  it("speaks German with the German number format", () => {
    const html = render(<VoteChart category="Junges Engagement" counted={8} finalists={finalists} />, "de");
    expect(html).toContain("Stimmen je Person der Endauswahl in Junges Engagement");
    expect(html).toContain("37,5 %");
    expect(html).toContain("wurden 8 Stimmen");
  });

  it("shows a share of 0 when nothing was counted", () => {
    const html = render(<VoteChart category="Quiet" counted={0} finalists={[{ finalistId: "f1", name: "Amira", votes: 0, isWinner: true }]} />);
    expect(html).toContain("0 %");
    expect(html).toContain('style="width:0%;min-width:2px"');
  });
});

describe("ResultCategory", () => {
  const category: PublicResultCategory = {
    id: "c1",
    name: "Young engagement",
    prize: { kind: "money", amountMinor: 100000, currency: "EUR", description: null },
    winnerCount: 1,
    counted: 8,
    finalists: [
      { finalistId: "f2", name: "Bilal", summary: "Runs the repair café.", district: "Gostenhof", hasPhoto: true, rank: 1, isWinner: true, votes: 4 },
      { finalistId: "f1", name: "Amira", summary: "", district: null, hasPhoto: false, rank: 2, isWinner: false, votes: 1 },
      { finalistId: "f3", name: "Chiara", summary: "", district: null, hasPhoto: false, rank: 3, isWinner: false, votes: 3 },
    ],
  };

  it("shows the prize, the winner with their photo, the other finalists and the vote ordered by votes", () => {
    const html = render(<ResultCategory category={category} slug="young" index={0} />);
    expect(html).toContain("€1,000");
    expect(html).toContain('src="/api/vote/young/finalists/f2/photo"');
    expect(html).toContain('alt="Photo of Bilal"');
    expect(html).not.toContain("/finalists/f1/photo");
    expect(html).toContain("District: Gostenhof");
    expect(html.indexOf("The other finalists")).toBeLessThan(html.indexOf(">Amira<"));
    const table = html.slice(html.indexOf("<table"));
    expect(table.indexOf("Chiara")).toBeLessThan(table.indexOf("Amira"));
  });

  it("has no vote chart without a public vote", () => {
    const html = render(<ResultCategory category={{ ...category, counted: null, finalists: category.finalists.map((f) => ({ ...f, votes: null })) }} slug="young" index={0} />);
    expect(html).not.toContain("<table");
    expect(html).not.toContain("vote-bars");
  });
});

describe("IntegrityPanel", () => {
  it("lists the totals, the votes set aside by reason and links the recount file", () => {
    const html = render(<IntegrityPanel integrity={{ totalVotes: 12, counted: 11, quarantined: 1, byReason: [{ reason: "One network", count: 1 }] }} recountHref="/api/vote/young/recount" />);
    expect(html).toMatch(/Votes cast<\/dt><dd[^>]*>12</);
    expect(html).toMatch(/Votes set aside<\/dt><dd[^>]*>1</);
    expect(html).toContain("One network");
    expect(html).toContain('href="/api/vote/young/recount"');
  });
});
