// k_argmax_i32_26eb6641
// fuses: reduce %0
// outputs: i32; inputs: f64 strided
// cache key: r1|red1:r0=argmaxf>i32(a0)|o:i32|i:f64si|c0||s:r0
function k_argmax_i32_26eb6641(start, end, buf, cst, geo, st, from, to) {
  const o0 = buf[0], a0 = buf[1];
  const d0 = geo[0], e0 = geo[1], f0 = geo[2], s0_0 = geo[3], t0_0 = geo[4];
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  let w = 0; // the next number of st
  if (st !== undefined && from === undefined) {
    // finish: the merged state of each output element is in st
    for (let i = start; i < end; i++) {
      const gs0 = st[w++], gk0 = st[w++], gi0 = st[w++];
      const r0 = gk0 | 0;
      o0[i] = r0;
      p0 += s0_0;
    }
    return;
  }
  const lo = st === undefined || from === undefined ? 0 : from, hi = st === undefined || to === undefined ? e0 : to;
  for (let i = start; i < end; i++) {
    let x0 = p0 + lo * t0_0;
    let gs0 = -Infinity, gk0 = 0, gi0 = 0;
    if (hi - lo >= 256 && t0_0 === 1) {
      const nz = hi - lo, z0 = a0.subarray(x0, x0 + nz);
      for (let q = 0; q < nz;) {
        const qt = Math.min(nz, q + 8192);
        let rs0 = -Infinity, rk0 = 0, ri0 = 0;
        for (; q < qt; q++) {
          { const w0 = z0[q]; if (w0 > rs0 || (w0 !== w0 && rs0 === rs0)) { rs0 = w0; rk0 = ri0; } ri0++; }
        }
        if (st !== undefined) { st[w++] = rs0; st[w++] = rk0; st[w++] = ri0; } else { if (rs0 > gs0 || (rs0 !== rs0 && gs0 === gs0)) { gs0 = rs0; gk0 = gi0 + rk0; } gi0 += ri0; }
      }
    } else {
      for (let q = lo; q < hi;) {
        const qt = Math.min(hi, q + 8192);
        let rs0 = -Infinity, rk0 = 0, ri0 = 0;
        for (; q < qt; q++) {
          { const w0 = a0[x0]; if (w0 > rs0 || (w0 !== w0 && rs0 === rs0)) { rs0 = w0; rk0 = ri0; } ri0++; }
          x0 += t0_0;
        }
        if (st !== undefined) { st[w++] = rs0; st[w++] = rk0; st[w++] = ri0; } else { if (rs0 > gs0 || (rs0 !== rs0 && gs0 === gs0)) { gs0 = rs0; gk0 = gi0 + rk0; } gi0 += ri0; }
      }
    }
    if (st !== undefined) {
      p0 += s0_0;
      continue;
    }
    const r0 = gk0 | 0;
    o0[i] = r0;
    p0 += s0_0;
  }
}
