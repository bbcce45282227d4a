// k_sew1_f64_5ae2d54f
// fuses: mul %0
// outputs: f64; inputs: f64 strided
// cache key: r2|o:f64|i:f64s|c1|v0=mul.f64>f64(a0,c0)|s:v0
function k_sew1_f64_5ae2d54f(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0];
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
      o0[i] = a0[p0] * c0;
      p0 += s0_1;
    }
    q1 = 0;
    p0 += b0_0;
  }
}
