// k_ew2_f64_ae5baa1a
// fuses: mul %0, round %1
// outputs: f64; inputs: f64
// cache key: r0|o:f64|i:f64c|c1|v0=mul.f64>f64(a0,c0);v1=round.f64>f64(v0)|s:v1
function k_ew2_f64_ae5baa1a(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = rint(a0[i] * c0);
    o0[i + 1] = rint(a0[i + 1] * c0);
    o0[i + 2] = rint(a0[i + 2] * c0);
    o0[i + 3] = rint(a0[i + 3] * c0);
    o0[i + 4] = rint(a0[i + 4] * c0);
    o0[i + 5] = rint(a0[i + 5] * c0);
    o0[i + 6] = rint(a0[i + 6] * c0);
    o0[i + 7] = rint(a0[i + 7] * c0);
  }
  for (; i < end; i++) {
    o0[i] = rint(a0[i] * c0);
  }
}
