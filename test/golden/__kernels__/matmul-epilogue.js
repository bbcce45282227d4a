// k_scopy_f64_c7c10f7b
// fuses: (copy)
// outputs: f64; inputs: f64 strided
// cache key: r2|o:f64|i:f64s|c0||s:a0
function k_scopy_f64_c7c10f7b(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const d0 = geo[0], d1 = geo[1], f0 = geo[2], s0_0 = geo[3], s0_1 = geo[4];
  const b0_0 = s0_0 - d1 * s0_1;
  let t = start;
  let q1 = t % d1; t = (t - q1) / d1;
  let q0 = t;
  let p0 = f0 + q0 * s0_0 + q1 * s0_1;
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + d1 - q1);
    for (; i < stop; i++) {
      o0[i] = a0[p0];
      p0 += s0_1;
    }
    q1 = 0;
    p0 += b0_0;
  }
}

// k_matmul_ew2_f64_9ec5fd31
// fuses: matmul %0, mul %1, add %2
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|o:f64|i:f64s:operand,f64s:operand|c2|v0=mul.f64>f64(mm0,c0);v1=add.f64>f64(v0,c1)|s:v1|mm>f64(a0,a1)
function k_matmul_ew2_f64_9ec5fd31(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0], c1 = cst[1];
  const M = geo[0], K = geo[1], N = geo[2], oA = geo[3], bA = geo[4], iA = geo[5], kA = geo[6], oB = geo[7], bB = geo[8], kB = geo[9];
  const acc = new Float64Array(64 * N); // accumulators for a block of rows
  let r = start;
  while (r < end) {
    const bt = Math.floor(r / M), i = r - bt * M;
    const rows = Math.min(64, end - r, M - i);
    acc.fill(0, 0, rows * N);
    const pa0 = oA + bt * bA + i * iA, pb = oB + bt * bB;
    for (let k0 = 0; k0 < K; k0 += 64) {
      const k1 = Math.min(K, k0 + 64);
      let q = 0;
      for (; q + 4 <= rows; q += 4) {
        const pa = pa0 + q * iA, c0 = q * N, c1 = c0 + N, c2 = c1 + N, c3 = c2 + N;
        for (let k = k0; k < k1; k++) {
          const ak = pa + k * kA, bk = pb + k * kB;
          const x0 = a0[ak], x1 = a0[ak + iA], x2 = a0[ak + 2 * iA], x3 = a0[ak + 3 * iA];
          for (let j = 0; j < N; j++) {
            const y = a1[bk + j];
            acc[c0 + j] += x0 * y;
            acc[c1 + j] += x1 * y;
            acc[c2 + j] += x2 * y;
            acc[c3 + j] += x3 * y;
          }
        }
      }
      for (; q < rows; q++) {
        const pa = pa0 + q * iA, c0 = q * N;
        for (let k = k0; k < k1; k++) {
          const x = a0[pa + k * kA], bk = pb + k * kB;
          for (let j = 0; j < N; j++) acc[c0 + j] += x * a1[bk + j];
        }
      }
    }
    for (let q = 0; q < rows; q++) {
      const row = (r + q) * N, base = q * N;
      for (let j = 0; j < N; j++) {
        const m = acc[base + j];
        o0[row + j] = (m * c0) + c1;
      }
    }
    r += rows;
  }
}
