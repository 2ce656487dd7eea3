import { describe, expect, it } from "vitest";
import { currentNavHref } from "@/components/layout/staff-nav";

const items = [
  { href: "/admin", label: "Programmes" },
  { href: "/admin/outbox", label: "Outbox" },
  { href: "/jury", label: "Jury" },
];

describe("currentNavHref", () => {
  it("marks the deepest section the page is in", () => {
    expect(currentNavHref(items, "/admin/outbox/abc")).toBe("/admin/outbox");
    expect(currentNavHref(items, "/admin/programmes/young-2026")).toBe("/admin");
    expect(currentNavHref(items, "/admin")).toBe("/admin");
  });

  it("does not confuse a path that merely starts with the same letters", () => {
    expect(currentNavHref(items, "/administration")).toBeUndefined();
    expect(currentNavHref(items, "/")).toBeUndefined();
  });
});
