import { randomInt } from "node:crypto";

// The ballot lists finalists in a fresh random order for every visitor, so
// being first on the page (which draws votes) is nobody's advantage.

/** A shuffled copy (Fisher–Yates); `random(n)` gives a whole number from 0 to n − 1. */
export function shuffleFinalists<T>(items: readonly T[], random: (n: number) => number = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
