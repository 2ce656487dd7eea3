import { describe, expect, it, vi } from "vitest";
import { maxUploadBytes, uploadLimitValues } from "@/lib/attachments/upload-limits";

describe("upload limits", () => {
  it("allows 10 MB unless UPLOAD_MAX_BYTES says otherwise", () => {
    expect(maxUploadBytes({})).toBe(10 * 1024 * 1024);
    expect(maxUploadBytes({ UPLOAD_MAX_BYTES: "5242880" })).toBe(5 * 1024 * 1024);
    expect(uploadLimitValues({ UPLOAD_MAX_BYTES: "5242880" })).toEqual({ maxMegabytes: 5, maxMegapixels: 40 });
  });

  it("falls back to the default, with a warning, for a value that makes no sense", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const bad of ["ten", "-1", "1.5", "999999999999"]) expect(maxUploadBytes({ UPLOAD_MAX_BYTES: bad })).toBe(10 * 1024 * 1024);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });
});
