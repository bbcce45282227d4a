// k_ew2_f64_cf281ff1
// fuses: mul %0, sub %1
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c1|v0=mul.f64>f64(a0,a1);v1=sub.f64>f64(v0,c0)|s:v1
function k_ew2_f64_cf281ff1(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = (a0[i] * a1[i]) - c0;
    o0[i + 1] = (a0[i + 1] * a1[i + 1]) - c0;
    o0[i + 2] = (a0[i + 2] * a1[i + 2]) - c0;
    o0[i + 3] = (a0[i + 3] * a1[i + 3]) - c0;
    o0[i + 4] = (a0[i + 4] * a1[i + 4]) - c0;
    o0[i + 5] = (a0[i + 5] * a1[i + 5]) - c0;
    o0[i + 6] = (a0[i + 6] * a1[i + 6]) - c0;
    o0[i + 7] = (a0[i + 7] * a1[i + 7]) - c0;
  }
  for (; i < end; i++) {
    o0[i] = (a0[i] * a1[i]) - c0;
  }
}
