import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson, GENESIS_HASH, verifyChain, type AuditContent } from "@/lib/audit/audit-hash";

function chain(n: number) {
  const out: (AuditContent & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const c: AuditContent = {
      seq,
      programmeId: "p1",
      actorId: "u1",
      action: "programme.update",
      entityType: "Programme",
      entityId: "p1",
      data: { field: "name", to: `Name ${seq}` },
      createdAt: new Date(Date.UTC(2026, 10, 25, 9, seq)),
    };
    const hash = auditHash(prev, c);
    out.push({ ...c, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe("audit hash chain", () => {
  it("hashes objects the same whatever their key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe('{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}');
  });

  it("accepts an intact chain", () => {
    expect(verifyChain(chain(5))).toBeNull();
  });

  it("detects an edited entry", () => {
    const c = chain(5);
    c[2].data = { field: "name", to: "Forged" };
    expect(verifyChain(c)).toEqual({ seq: 3, problem: "hash_mismatch" });
  });

  it("detects a deleted entry", () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c)).toEqual({ seq: 3, problem: "gap" });
  });

  it("detects an entry whose hash was recomputed after editing", () => {
    const c = chain(4);
    c[1].action = "programme.delete";
    c[1].hash = auditHash(c[1].prevHash, c[1]);
    expect(verifyChain(c)).toEqual({ seq: 3, problem: "broken_link" });
  });
});
