import { describe, expect, it } from "vitest";
import { agreedAppearance, defaultPublicProfile, revealsHiddenName, type NomineeFacts } from "@/lib/shortlist/public-profile";

const person = (consent: Partial<NonNullable<NomineeFacts["consent"]>> | null, extra: Partial<NomineeFacts> = {}): NomineeFacts => ({
  nomineeKind: "individual",
  nomineeName: "Anna Maria Beispiel",
  groupName: null,
  nomineeDistrict: "Gostenhof",
  consent: consent === null ? null : { status: "accepted", displayName: "first_name", chosenName: null, showPhoto: false, showDistrict: false, ...consent },
  photoId: "photo-1",
  ...extra,
});

describe("defaultPublicProfile", () => {
  it("follows the nominee's choices", () => {
    expect(defaultPublicProfile(person({}))).toEqual({ publicName: "Anna", publicDistrict: null, photoKey: null });
    expect(defaultPublicProfile(person({ displayName: "full_name", showPhoto: true, showDistrict: true }))).toEqual({
      publicName: "Anna Maria Beispiel",
      publicDistrict: "Gostenhof",
      photoKey: "photo-1",
    });
    expect(defaultPublicProfile(person({ displayName: "chosen_name", chosenName: "Ani" })).publicName).toBe("Ani");
    expect(defaultPublicProfile(person({ showPhoto: true }, { photoId: null })).photoKey).toBeNull();
    expect(defaultPublicProfile(person({ showDistrict: true }, { nomineeDistrict: "  " })).publicDistrict).toBeNull();
  });

  it("shows a group by its name", () => {
    expect(defaultPublicProfile(person({}, { nomineeKind: "group", groupName: " Repair Café " })).publicName).toBe("Repair Café");
  });

  it("agrees to nothing without an accepted consent", () => {
    for (const consent of [null, { status: "pending", displayName: "full_name", showPhoto: true, showDistrict: true }]) {
      expect(agreedAppearance(person(consent))).toEqual({ displayName: "first_name", chosenName: null, showPhoto: false, showDistrict: false });
    }
  });
});

describe("revealsHiddenName", () => {
  it("catches the other parts of the name when only the first or a chosen name was agreed", () => {
    const first = person({});
    expect(revealsHiddenName("Anna", first)).toBe(false);
    expect(revealsHiddenName("Anna B.", first)).toBe(false);
    expect(revealsHiddenName("Anna Beispiel", first)).toBe(true);
    expect(revealsHiddenName("ANNA MARIA", first)).toBe(true);
    expect(revealsHiddenName("Beispiel-Anna", first)).toBe(true);
    expect(revealsHiddenName("Anna-Lena", person({}, { nomineeName: "Anna-Lena Schmidt" }))).toBe(false);
    const chosen = person({ displayName: "chosen_name", chosenName: "Ani" });
    expect(revealsHiddenName("Ani", chosen)).toBe(false);
    expect(revealsHiddenName("Anna", chosen)).toBe(true);
    expect(revealsHiddenName("Anna Maria Beispiel", person({ displayName: "full_name" }))).toBe(false);
  });
});
