import { describe, expect, it } from "vitest";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactNode } from "react";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { FinalistCard } from "@/components/vote/finalist-card";
import { VoteRules } from "@/components/vote/vote-rules";
import { VoteStateNotice } from "@/components/vote/vote-state-notice";
import type { VoteContext } from "@/lib/voting/context/vote-context";

const render = (node: ReactNode, locale: "en" | "de" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={locale === "en" ? en : de}>
      {node}
    </NextIntlClientProvider>,
  );

const finalist = { id: "f1", publicName: "Lina", publicSummary: "Runs a homework club.", publicDistrict: "Gostenhof", hasPhoto: false };

function context(over: Partial<VoteContext["programme"]> = {}, voteAreas: string[] | null = null): VoteContext {
  return {
    programme: {
      id: "p1", slug: "young-engagement", name: "#YoungEngagement Award", edition: "2026", city: "Nuremberg", timeZone: "Europe/Berlin", defaultLocale: "de",
      phase: "public_vote", decisionMode: "jury_then_public", voteVerification: "email", votesPerCategory: 1, voteChangeAllowed: false, staffMayVote: false, juryWeight: 100, publicWeight: 0,
      opensAt: new Date("2026-12-01T09:00:00Z"), closesAt: new Date("2026-12-15T22:59:00Z"), ...over,
    },
    status: "open",
    categories: [{ id: "c1", name: "Engaged young people", description: "", voteAreas, finalists: [finalist] }],
    areas: voteAreas ?? [],
  };
}

describe("VoteRules", () => {
  it("says who may vote, until when in the programme's time zone, and how it is decided", () => {
    const html = render(<VoteRules context={context()} />);
    expect(html).toContain("Anyone with an email address");
    expect(html).toContain("printed voting code");
    expect(html).toContain("Organisers and jurors of this programme do not vote.");
    expect(html).toContain("15 December 2026 at 23:59 CET");
    expect(html).toContain("A jury chooses the finalists; then the public votes for the winners.");
    expect(html).toContain("You choose one finalist per category.");
    expect(html).toContain("your vote cannot be changed");
    expect(html).toContain("the finalist with the most votes wins. A tie goes to the jury&#x27;s higher score");
  });

  it("publishes the combined formula with its weights before anyone votes", () => {
    const html = render(<VoteRules context={context({ decisionMode: "combined", juryWeight: 60, publicWeight: 40 })} />, "de");
    expect(html).toContain("Die Rangfolge der Jury zählt 60 %, die des Publikums 40 %.");
    expect(html).toContain("ersten Platz 1 Punkt");
  });

  it("names the allow-list, areas, several votes and changing a vote when the programme has them", () => {
    const html = render(<VoteRules context={context({ voteVerification: "allow_list", votesPerCategory: 3, voteChangeAllowed: true, staffMayVote: true }, ["Gostenhof", "St. Johannis"])} />, "de");
    expect(html).toContain("Wählerliste");
    expect(html).toContain("„Engaged young people“ dürfen nur Einwohnerinnen und Einwohner dieser Gebiete abstimmen: Gostenhof, St. Johannis.");
    expect(html).toContain("bis zu 3 Finalist*innen");
    expect(html).toContain("Sie können Ihre Stimme bis zum Ende der Abstimmung ändern");
    expect(html).not.toContain("stimmen nicht ab");
  });
});

describe("VoteStateNotice", () => {
  const at = { opensAt: new Date("2026-12-01T09:00:00Z"), closesAt: new Date("2026-12-15T22:59:00Z"), timeZone: "Europe/Berlin" };

  it("before, during and after the vote", () => {
    expect(render(<VoteStateNotice status="not_yet" resultsAt={null} resultsPublished={false} {...at} />)).toContain("The vote opens on 1 December 2026 at 10:00 CET.");
    expect(render(<VoteStateNotice status="open" resultsAt={null} resultsPublished={false} {...at} />)).toContain("The vote is open until 15 December 2026 at 23:59 CET.");
    const closed = render(<VoteStateNotice status="closed" resultsAt={new Date("2026-12-20T17:00:00Z")} resultsPublished={false} {...at} />);
    expect(closed).toContain("The vote has closed.");
    expect(closed).toContain("The results will be published on 20 December 2026 at 18:00 CET.");
    expect(render(<VoteStateNotice status="closed" resultsAt={null} resultsPublished={false} {...at} />)).toContain("The results will be published here soon.");
  });
});

describe("FinalistCard", () => {
  it("shows the public profile and a share link, and a photo only when there is one", () => {
    const without = render(<FinalistCard slug="young-engagement" finalist={finalist} />);
    expect(without).toContain("Lina");
    expect(without).toContain("From Gostenhof");
    expect(without).toContain('href="/programmes/young-engagement/vote/finalists/f1"');
    expect(without).not.toContain("<img");
    const withPhoto = render(<FinalistCard slug="young-engagement" finalist={{ ...finalist, hasPhoto: true }} />);
    expect(withPhoto).toContain('src="/api/vote/young-engagement/finalists/f1/photo"');
    expect(withPhoto).toContain('alt="Photo of Lina"');
  });
});
