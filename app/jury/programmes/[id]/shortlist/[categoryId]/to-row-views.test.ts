import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import type { RankingRow, RankingView } from "@/lib/shortlist/get-ranking";
import type { ShortlistT } from "../action-helpers";
import { displayTitle, toRowViews } from "./to-row-views";

const t = createTranslator({ locale: "en", messages: en, namespace: "shortlist" }) as unknown as ShortlistT;

const row = (over: Partial<RankingRow>): RankingRow => ({
  nominationId: "n1",
  title: "",
  number: 3,
  ownConflict: false,
  rank: 1,
  rankLabel: "1",
  count: 2,
  raw: null,
  normalised: null,
  recused: [],
  comments: [],
  proposed: true,
  finalist: false,
  ...over,
});

describe("the shortlist's nomination titles", () => {
  it("numbers the nominations in blind mode, as the jurors' list does, and names them otherwise", () => {
    expect(displayTitle({ blind: true }, t, { title: "", number: 3 })).toBe("Nomination 3");
    expect(displayTitle({ blind: true }, t, { title: "", number: null })).toBe("Nomination (no longer with the jury)");
    expect(displayTitle({ blind: false }, t, { title: "Anna Beispiel", number: 3 })).toBe("Anna Beispiel");
  });

  it("gives the table (checkbox and reason labels included) the blind title and the conflict flag", () => {
    const view = { blind: true, rows: [row({ ownConflict: true })] } as unknown as RankingView;
    expect(toRowViews(view, t, "en")[0]).toMatchObject({ title: "Nomination 3", ownConflict: true });
  });
});
