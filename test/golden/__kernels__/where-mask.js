// k_ew3_f64_8ba7be0f
// fuses: gt %0, neg %1, where %2
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c1|v0=gt.f64>b(a0,c0);v1=neg.f64>f64(a1);v2=where.f64>f64(v0,a0,v1)|s:v2
function k_ew3_f64_8ba7be0f(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = ((a0[i] > c0 ? 1 : 0) !== 0 ? a0[i] : -a1[i]);
    o0[i + 1] = ((a0[i + 1] > c0 ? 1 : 0) !== 0 ? a0[i + 1] : -a1[i + 1]);
    o0[i + 2] = ((a0[i + 2] > c0 ? 1 : 0) !== 0 ? a0[i + 2] : -a1[i + 2]);
    o0[i + 3] = ((a0[i + 3] > c0 ? 1 : 0) !== 0 ? a0[i + 3] : -a1[i + 3]);
    o0[i + 4] = ((a0[i + 4] > c0 ? 1 : 0) !== 0 ? a0[i + 4] : -a1[i + 4]);
    o0[i + 5] = ((a0[i + 5] > c0 ? 1 : 0) !== 0 ? a0[i + 5] : -a1[i + 5]);
    o0[i + 6] = ((a0[i + 6] > c0 ? 1 : 0) !== 0 ? a0[i + 6] : -a1[i + 6]);
    o0[i + 7] = ((a0[i + 7] > c0 ? 1 : 0) !== 0 ? a0[i + 7] : -a1[i + 7]);
  }
  for (; i < end; i++) {
    o0[i] = ((a0[i] > c0 ? 1 : 0) !== 0 ? a0[i] : -a1[i]);
  }
}
