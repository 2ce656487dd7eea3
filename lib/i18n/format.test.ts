import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateTime, formatMoney, formattingLocale, textDirection } from "@/lib/i18n/format";

// Intl puts special spaces in some outputs; spelled out here so the expected
// strings say exactly what a person sees.
const NBSP = "\u00a0"; // no-break space (German "2.000 €")
const THIN = "\u2009"; // thin space around the range dash
const EN_DASH = "\u2013";

const berlin = (locale: string) => ({ locale, timeZone: "Europe/Berlin" });

describe("formatMoney", () => {
  it("shows a whole euro prize without cents in English", () => {
    expect(formatMoney({ amountMinor: 200_000, currency: "EUR" }, "en")).toBe("€2,000");
  });

  it("puts the euro sign after the amount in German, with a no-break space", () => {
    expect(formatMoney({ amountMinor: 200_000, currency: "EUR" }, "de")).toBe(`2.000${NBSP}€`);
  });

  it("shows cents when there are any", () => {
    expect(formatMoney({ amountMinor: 100_050, currency: "EUR" }, "en")).toBe("€1,000.50");
    expect(formatMoney({ amountMinor: 100_050, currency: "EUR" }, "de")).toBe(`1.000,50${NBSP}€`);
  });

  it("reads minor units by the currency's own number of decimals", () => {
    expect(formatMoney({ amountMinor: 50_000, currency: "GBP" }, "en")).toBe("£500");
    expect(formatMoney({ amountMinor: 5_000, currency: "JPY" }, "en")).toBe("JP¥5,000");
  });
});

describe("formatDate", () => {
  // 22:59:59 UTC on 15 December is 23:59:59 in Berlin: still the 15th there.
  const closing = new Date("2026-12-15T22:59:59Z");

  it("writes the day before the month in English", () => {
    expect(formatDate(closing, berlin("en"))).toBe("15 December 2026");
  });

  it("writes German dates the German way", () => {
    expect(formatDate(closing, berlin("de"))).toBe("15. Dezember 2026");
  });

  it("uses the programme's time zone, not UTC", () => {
    const justAfterMidnightInBerlin = new Date("2026-12-15T23:30:00Z");
    expect(formatDate(justAfterMidnightInBerlin, berlin("en"))).toBe("16 December 2026");
    expect(formatDate(justAfterMidnightInBerlin, { locale: "en", timeZone: "Europe/London" })).toBe("15 December 2026");
  });
});

describe("formatDateTime", () => {
  const closing = new Date("2026-12-15T22:59:59Z");

  it("shows the local time with the zone's name", () => {
    expect(formatDateTime(closing, berlin("en"))).toBe("15 December 2026 at 23:59 CET");
    expect(formatDateTime(closing, berlin("de"))).toBe("15. Dezember 2026 um 23:59 MEZ");
  });

  it("follows summer time", () => {
    expect(formatDateTime(new Date("2026-06-30T21:59:00Z"), berlin("en"))).toBe("30 June 2026 at 23:59 CEST");
  });

  it("names British time in a London programme", () => {
    expect(formatDateTime(new Date("2027-01-31T23:59:59Z"), { locale: "en", timeZone: "Europe/London" })).toBe(
      "31 January 2027 at 23:59 GMT",
    );
  });
});

describe("formatDateRange", () => {
  const opens = new Date("2026-10-01T08:00:00Z");
  const closes = new Date("2026-12-15T22:59:59Z");

  it("shares the year when both ends fall in it", () => {
    expect(formatDateRange(opens, closes, berlin("en"))).toEqual({
      kind: "range",
      text: `1 October${THIN}${EN_DASH}${THIN}15 December 2026`,
    });
    expect(formatDateRange(opens, closes, berlin("de"))?.text).toBe(`1. Oktober${THIN}${EN_DASH}${THIN}15. Dezember 2026`);
  });

  it("spells both years when the range crosses new year", () => {
    const text = formatDateRange(new Date("2026-12-16T08:00:00Z"), new Date("2027-01-10T22:59:59Z"), berlin("de"))?.text;
    expect(text).toBe(`16. Dezember 2026${THIN}${EN_DASH}${THIN}10. Januar 2027`);
  });

  it("tells open-ended ranges apart so the caller can word them", () => {
    expect(formatDateRange(opens, null, berlin("en"))).toEqual({ kind: "from", text: "1 October 2026" });
    expect(formatDateRange(null, closes, berlin("en"))).toEqual({ kind: "until", text: "15 December 2026" });
    expect(formatDateRange(null, null, berlin("en"))).toBeNull();
  });
});

describe("locale helpers", () => {
  it("formats English the European way and leaves other locales alone", () => {
    expect(formattingLocale("en")).toBe("en-GB");
    expect(formattingLocale("de")).toBe("de");
  });

  it("knows which scripts run right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fa-IR")).toBe("rtl");
    expect(textDirection("de")).toBe("ltr");
  });
});
