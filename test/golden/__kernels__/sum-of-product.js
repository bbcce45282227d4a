// k_sum_ew1_f64_eaf125e2
// fuses: mul %0, reduce %1
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|red1:r0=sumf>f64(v0)|o:f64|i:f64si,f64si|c0|v0*=mul.f64>f64(a0,a1)|s:r0
function k_sum_ew1_f64_eaf125e2(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
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
    let x0 = p0, x1 = p1;
    for (let j0 = 0; j0 < e0; j0++) {
      const w0 = a0[x0] * a1[x1]; { const y = w0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; rn0 += w0; }
      x0 += t0_0;
      x1 += t1_0;
    }
    const r0 = (Number.isFinite(rn0) ? rs0 : rn0);
    o0[i] = r0;
    p0 += s0_0;
    p1 += s1_0;
  }
}
