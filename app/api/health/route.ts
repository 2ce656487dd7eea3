import { connection } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

// Public and read-only: tells a load balancer whether this instance can serve.
export async function GET() {
  await connection();
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
