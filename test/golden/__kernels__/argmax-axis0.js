// k_argmax_i32_26eb6641
// fuses: reduce %0
// outputs: i32; inputs: f64 strided
// cache key: r1|red1:r0=argmaxf>i32(a0)|o:i32|i:f64si|c0||s:r0
function k_argmax_i32_26eb6641(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const d0 = geo[0], e0 = geo[1], f0 = geo[2], s0_0 = geo[3], t0_0 = geo[4];
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  for (let i = start; i < end; i++) {
    let rs0 = -Infinity, rk0 = 0, ri0 = 0;
    let x0 = p0;
    for (let q = 0, n = e0; q < n; q++) {
      { const w0 = a0[x0]; if (w0 > rs0 || (w0 !== w0 && rs0 === rs0)) { rs0 = w0; rk0 = ri0; } ri0++; }
      x0 += t0_0;
    }
    const r0 = rk0 | 0;
    o0[i] = r0;
    p0 += s0_0;
  }
}
