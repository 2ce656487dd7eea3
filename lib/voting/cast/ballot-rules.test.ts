import { describe, expect, it } from "vitest";
import { ballotRefusal, sameArea, type BallotRequest } from "@/lib/voting/cast/ballot-rules";
import type { VoteContext } from "@/lib/voting/context/vote-context";

const finalist = (id: string) => ({ id, publicName: id, publicSummary: "", publicDistrict: null, hasPhoto: false });
const context = (over: Partial<VoteContext["programme"]> = {}, status: VoteContext["status"] = "open"): VoteContext => ({
  programme: {
    id: "p1", slug: "p", name: "P", edition: "2026", city: "Nuremberg", timeZone: "Europe/Berlin", defaultLocale: "de", phase: "public_vote",
    decisionMode: "jury_then_public", voteVerification: "email", votesPerCategory: 1, voteChangeAllowed: false, staffMayVote: false, juryWeight: 100, publicWeight: 0,
    opensAt: null, closesAt: null, ...over,
  },
  status,
  categories: [
    { id: "open-cat", name: "A", description: "", voteAreas: null, finalists: [finalist("a1"), finalist("a2"), finalist("a3")] },
    { id: "area-cat", name: "B", description: "", voteAreas: ["Gostenhof", "St. Leonhard"], finalists: [finalist("b1")] },
  ],
  areas: ["Gostenhof", "St. Leonhard"],
});
const session = (district: string | null = null, programmeId = "p1") => ({ voterId: "v", programmeId, district, expiresAt: new Date(8.64e15) });
const req = (over: Partial<BallotRequest> = {}): BallotRequest => ({ context: context(), session: session(), categoryId: "open-cat", finalistIds: ["a1"], staff: null, ...over });

// One row per rule of the refusal table, in the order they are checked.
const table: [string, BallotRequest, ReturnType<typeof ballotRefusal>][] = [
  ["a valid ballot", req(), null],
  ["before the window", req({ context: context({}, "not_yet") }), "not_open"],
  ["after the close", req({ context: context({}, "closed") }), "closed"],
  ["an unverified voter", req({ session: null }), "not_verified"],
  ["a voter of another programme", req({ session: session(null, "p2") }), "not_verified"],
  ["an organiser of the programme", req({ staff: { isAdmin: false, memberships: [{ programmeId: "p1", role: "organiser", categoryId: null, isChair: false }] } }), "staff"],
  ["a juror of one category", req({ staff: { isAdmin: false, memberships: [{ programmeId: "p1", role: "juror", categoryId: "open-cat", isChair: false }] } }), "staff"],
  ["an admin", req({ staff: { isAdmin: true, memberships: [] } }), "staff"],
  ["staff of another programme", req({ staff: { isAdmin: false, memberships: [{ programmeId: "p2", role: "organiser", categoryId: null, isChair: false }] } }), null],
  ["staff where the programme allows it", req({ context: context({ staffMayVote: true }), staff: { isAdmin: true, memberships: [] } }), null],
  ["an unknown category", req({ categoryId: "nope" }), "not_finalist"],
  ["a non-finalist", req({ finalistIds: ["zz"] }), "not_finalist"],
  ["another category's finalist", req({ finalistIds: ["b1"] }), "not_finalist"],
  ["no choice", req({ finalistIds: [] }), "not_finalist"],
  ["two choices with one vote", req({ finalistIds: ["a1", "a2"] }), "too_many"],
  ["two choices with two votes", req({ context: context({ votesPerCategory: 2 }), finalistIds: ["a1", "a2"] }), null],
  ["the same finalist twice", req({ context: context({ votesPerCategory: 2 }), finalistIds: ["a1", "a1"] }), "too_many"],
  ["a resident of the area", req({ categoryId: "area-cat", finalistIds: ["b1"], session: session("st.  leonhard") }), null],
  ["someone from elsewhere", req({ categoryId: "area-cat", finalistIds: ["b1"], session: session(null) }), "wrong_area"],
  ["another district", req({ categoryId: "area-cat", finalistIds: ["b1"], session: session("Südstadt") }), "wrong_area"],
];

describe("ballotRefusal", () => {
  it.each(table)("%s", (_name, request, expected) => {
    expect(ballotRefusal(request)).toBe(expected);
  });
});

describe("sameArea", () => {
  it("ignores case, spacing and full-width characters, nothing else", () => {
    expect(sameArea("Südstadt", " SÜDSTADT ")).toBe(true);
    expect(sameArea("90429", "９０４２９")).toBe(true);
    expect(sameArea("90429", "90428")).toBe(false);
    expect(sameArea("Sudstadt", "Südstadt")).toBe(false);
  });
});
