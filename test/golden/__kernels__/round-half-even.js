// k_ew2_f64_ae5baa1a
// fuses: mul %0, round %1
// outputs: f64; inputs: f64
// cache key: r0|o:f64|i:f64c|c1|v0=mul.f64>f64(a0,c0);v1=round.f64>f64(v0)|s:v1
function k_ew2_f64_ae5baa1a(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0];
  for (let i = start; i < end; i++) {
    o0[i] = rint(a0[i] * c0);
  }
}
