import { describe, expect, it } from "vitest";
import { parseQueueFilters, queueQuery } from "@/lib/moderation/queue-filters";

describe("parseQueueFilters", () => {
  it("reads the filters from the query string", () => {
    expect(parseQueueFilters({ category: "cat_1", status: "eligible", flag: "minor", page: "3" })).toEqual({
      category: "cat_1",
      status: "eligible",
      flag: "minor",
      page: 3,
    });
  });

  it("drops unknown or tampered values instead of failing", () => {
    expect(parseQueueFilters({ category: "<script>", status: "pending_confirmation", flag: "nope", page: "-2" })).toEqual({
      category: undefined,
      status: undefined,
      flag: undefined,
      page: 1,
    });
    expect(parseQueueFilters({ status: ["rejected", "eligible"], page: "abc" })).toMatchObject({ status: "rejected", page: 1 });
    expect(parseQueueFilters({ status: "" })).toMatchObject({ status: undefined, page: 1 });
  });
});

describe("queueQuery", () => {
  it("leaves out empty filters and the first page", () => {
    expect(queueQuery({ page: 1 })).toBe("");
    expect(queueQuery({ category: "c", status: "submitted", page: 2 })).toBe("?category=c&status=submitted&page=2");
  });
});
