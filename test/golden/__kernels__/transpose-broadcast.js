// k_sew1_f64_1dd1f5cf
// fuses: add %0
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r2|o:f64|i:f64s,f64s|c0|v0=add.f64>f64(a0,a1)|s:v0
function k_sew1_f64_1dd1f5cf(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const d0 = geo[0], d1 = geo[1], f0 = geo[2], s0_0 = geo[3], s0_1 = geo[4], f1 = geo[5], s1_0 = geo[6], s1_1 = geo[7];
  const b0_0 = s0_0 - d1 * s0_1;
  const b1_0 = s1_0 - d1 * s1_1;
  let t = start;
  let q1 = t % d1; t = (t - q1) / d1;
  let q0 = t;
  let p0 = f0 + q0 * s0_0 + q1 * s0_1;
  let p1 = f1 + q0 * s1_0 + q1 * s1_1;
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + d1 - q1);
    for (; i < stop; i++) {
      o0[i] = a0[p0] + a1[p1];
      p0 += s0_1;
      p1 += s1_1;
    }
    q1 = 0;
    p0 += b0_0;
    p1 += b1_0;
  }
}
