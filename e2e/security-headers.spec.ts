import { expect, test } from "./fixtures";

test("the home page is served with the security headers", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const headers = response.headers();

  const csp = headers["content-security-policy"] ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values] as const),
  );
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toBeDefined();
  expect(directives.get("frame-ancestors")).not.toContain("*");
  // Scripts run by nonce, never because inline script is allowed.
  expect(directives.get("script-src")?.some((v) => v.startsWith("'nonce-"))).toBe(true);
  expect(directives.get("script-src")).not.toContain("'unsafe-inline'");

  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(["no-referrer", "strict-origin", "strict-origin-when-cross-origin", "same-origin"]).toContain(headers["referrer-policy"]);
});

test("each response gets its own CSP nonce", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1];
  const [first, second] = [await nonce(), await nonce()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});

test("the health check reports the database it runs on", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    database: "ok",
    provider: process.env.E2E_DATABASE_URL ? "postgresql" : "sqlite",
  });
});
