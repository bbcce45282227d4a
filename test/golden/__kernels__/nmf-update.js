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

// k_matmul_f64_5c4b8ce2
// fuses: matmul %0
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|o:f64|i:f64s:operand,f64s:operand|c0||s:mm0|mm>f64(a0,a1)
function k_matmul_f64_5c4b8ce2(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
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
        o0[row + j] = m;
      }
    }
    r += rows;
  }
}

// k_matmul_f64_5c4b8ce2
// fuses: matmul %0
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|o:f64|i:f64s:operand,f64s:operand|c0||s:mm0|mm>f64(a0,a1)
function k_matmul_f64_5c4b8ce2(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
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
        o0[row + j] = m;
      }
    }
    r += rows;
  }
}

// k_spmm_ew4_f64_9f68595b
// fuses: spmm %0, eq %1, where %2, div %3, mul %4
// outputs: f64; inputs: f64 strided, i32, f64, f64 strided, i32 strided, f64 strided
// cache key: r1|o:f64|i:f64s,i32c:indptr,f64c:operand,f64si,i32si,f64s|c2|v0=eq.f64>b(a5,c0);v1=where.f64>f64(v0,c1,a5);v2=div.f64>f64(mm0,v1);v3=mul.f64>f64(a0,v2)|s:v3|seg(a1)spmm>f64(a3,a4,a2)
function k_spmm_ew4_f64_9f68595b(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3], a3 = buf[4], a4 = buf[5], a5 = buf[6];
  const c0 = cst[0], c1 = cst[1];
  const K = geo[0], f0 = geo[1], si0 = geo[2], sj0 = geo[3], oD = geo[4], rD = geo[5], f3 = geo[6], t3 = geo[7], f4 = geo[8], t4 = geo[9], f5 = geo[10], si5 = geo[11], sj5 = geo[12];
  const sel = new Float64Array(2); // scratch of the branchless selects
  const acc = new Float64Array(K);
  for (let i = start; i < end; i++) {
    const j0 = a1[i], j1 = a1[i + 1];
    acc.fill(0);
    let x3 = f3 + j0 * t3, x4 = f4 + j0 * t4;
    for (let j = j0; j < j1; j++) {
      const v = a3[x3], pd = oD + a4[x4] * rD;
      for (let t = 0; t < K; t++) acc[t] += v * a2[pd + t];
      x3 += t3;
      x4 += t4;
    }
    let p0 = f0 + i * si0, p5 = f5 + i * si5;
    for (let t = 0; t < K; t++) {
      const m = acc[t];
      o0[i * K + t] = a0[p0] * (m / (sel[0] = a5[p5], sel[1] = c1, sel[0 + +(a5[p5] === c0)]));
      p0 += sj0;
      p5 += sj5;
    }
  }
}
