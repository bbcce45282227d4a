// k_ew3_f64_8ba7be0f
// fuses: gt %0, neg %1, where %2
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c1|v0=gt.f64>b(a0,c0);v1=neg.f64>f64(a1);v2=where.f64>f64(v0,a0,v1)|s:v2
function k_ew3_f64_8ba7be0f(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0];
  for (let i = start; i < end; i++) {
    o0[i] = ((a0[i] > c0 ? 1 : 0) !== 0 ? a0[i] : -a1[i]);
  }
}
