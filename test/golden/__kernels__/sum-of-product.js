// k_sum_ew1_f64_eaf125e2
// fuses: mul %0, reduce %1
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|red1:r0=sumf>f64(v0)|o:f64|i:f64si,f64si|c0|v0*=mul.f64>f64(a0,a1)|s:r0
function k_sum_ew1_f64_eaf125e2(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const d0 = geo[0], e0 = geo[1], f0 = geo[2], s0_0 = geo[3], t0_0 = geo[4], f1 = geo[5], s1_0 = geo[6], t1_0 = geo[7];
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  let p1 = f1 + q0 * s1_0;
  for (let i = start; i < end; i++) {
    let rs0 = 0, rc0 = 0, rn0 = 0;
    let x0 = p0, x1 = p1;
    const h0_1 = 1 * t0_0, h0_2 = 2 * t0_0, h0_3 = 3 * t0_0, h0_4 = 4 * t0_0, h0_5 = 5 * t0_0, h0_6 = 6 * t0_0, h0_7 = 7 * t0_0, h0_8 = 8 * t0_0;
    const h1_1 = 1 * t1_0, h1_2 = 2 * t1_0, h1_3 = 3 * t1_0, h1_4 = 4 * t1_0, h1_5 = 5 * t1_0, h1_6 = 6 * t1_0, h1_7 = 7 * t1_0, h1_8 = 8 * t1_0;
    const n = e0;
    let q = 0;
    while (q < n) {
      const qt = Math.min(n, q + 8192);
      let ts0 = 0, tc0 = 0, tn0 = 0;
      while (q < qt) {
        const qb = Math.min(qt, q + 128);
        let l0_0 = 0, l0_1 = 0, l0_2 = 0, l0_3 = 0, l0_4 = 0, l0_5 = 0, l0_6 = 0, l0_7 = 0;
        for (; q + 8 <= qb; q += 8) {
          {
            l0_0 += a0[x0] * a1[x1];
          }
          {
            l0_1 += a0[x0 + h0_1] * a1[x1 + h1_1];
          }
          {
            l0_2 += a0[x0 + h0_2] * a1[x1 + h1_2];
          }
          {
            l0_3 += a0[x0 + h0_3] * a1[x1 + h1_3];
          }
          {
            l0_4 += a0[x0 + h0_4] * a1[x1 + h1_4];
          }
          {
            l0_5 += a0[x0 + h0_5] * a1[x1 + h1_5];
          }
          {
            l0_6 += a0[x0 + h0_6] * a1[x1 + h1_6];
          }
          {
            l0_7 += a0[x0 + h0_7] * a1[x1 + h1_7];
          }
          x0 += h0_8;
          x1 += h1_8;
        }
        if (q < qb) {
          l0_0 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        if (q < qb) {
          l0_1 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        if (q < qb) {
          l0_2 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        if (q < qb) {
          l0_3 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        if (q < qb) {
          l0_4 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        if (q < qb) {
          l0_5 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        if (q < qb) {
          l0_6 += a0[x0] * a1[x1];
          x0 += t0_0;
          x1 += t1_0;
          q++;
        }
        const b0 = ((l0_0 + l0_1) + (l0_2 + l0_3)) + ((l0_4 + l0_5) + (l0_6 + l0_7));
        { const y = b0 - tc0; const t = ts0 + y; tc0 = (t - ts0) - y; ts0 = t; } tn0 += b0;
      }
      { const y = ts0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += tn0;
    }
    const r0 = (Number.isFinite(rn0) ? rs0 : rn0);
    o0[i] = r0;
    p0 += s0_0;
    p1 += s1_0;
  }
}
