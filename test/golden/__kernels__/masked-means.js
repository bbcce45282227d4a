// k_sum_ew5_f64_a95e6d6f
// fuses: gt %0, reduce %1, div %2, le %3, reduce %4, div %5, sub %6
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|red1:r0=sumf>f64(a0 if v0);r1=sumf>f64(a0 if v2)|o:f64|i:f64si,f64si|c3|v0*=gt.f64>b(a1,c0);v1=div.f64>f64(r0,c1);v2*=le.f64>b(a1,c0);v3=div.f64>f64(r1,c2);v4=sub.f64>f64(v1,v3)|s:v4
function k_sum_ew5_f64_a95e6d6f(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0], c1 = cst[1], c2 = cst[2];
  const d0 = geo[0], e0 = geo[1];
  const s0_0 = geo[3];
  const t0_0 = geo[4];
  const s1_0 = geo[6];
  const t1_0 = geo[7];
  let t = start;
  let q0 = t;
  let p0 = geo[2] + q0 * s0_0;
  let p1 = geo[5] + q0 * s1_0;
  for (let i = start; i < end; i++) {
    let rs0 = 0, rc0 = 0, rn0 = 0;
    let rs1 = 0, rc1 = 0, rn1 = 0;
    let x0 = p0, x1 = p1;
    for (let j0 = 0; j0 < e0; j0++) {
      if ((a1[x1] > c0 ? 1 : 0) !== 0) { const w0 = a0[x0]; { const y = w0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; rn0 += w0; } }
      if ((a1[x1] <= c0 ? 1 : 0) !== 0) { const w1 = a0[x0]; { const y = w1 - rc1; const t = rs1 + y; rc1 = (t - rs1) - y; rs1 = t; rn1 += w1; } }
      x0 += t0_0;
      x1 += t1_0;
    }
    const r0 = (Number.isFinite(rn0) ? rs0 : rn0);
    const r1 = (Number.isFinite(rn1) ? rs1 : rn1);
    o0[i] = (r0 / c1) - (r1 / c2);
    p0 += s0_0;
    p1 += s1_0;
  }
}
