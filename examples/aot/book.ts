// A reproducible book of options (spot, strike, maturity from a small LCG), for main.ts and the
// benchmark of ahead-of-time kernels.

export function book(size: number): { S: Float64Array; K: Float64Array; T: Float64Array } {
  const S = new Float64Array(size), K = new Float64Array(size), T = new Float64Array(size);
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < size; i++) {
    S[i] = 5 + 25 * next();
    K[i] = 1 + 99 * next();
    T[i] = 0.25 + 9.75 * next();
  }
  return { S, K, T };
}
