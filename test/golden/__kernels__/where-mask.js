// k_ew3_f64_8ba7be0f
// fuses: gt %0, neg %1, where %2
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c1|v0=gt.f64>b(a0,c0);v1=neg.f64>f64(a1);v2=where.f64>f64(v0,a0,v1)|s:v2
function k_ew3_f64_8ba7be0f(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0];
  const sel = new Float64Array(2); // scratch of the branchless selects
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = (sel[0] = -a1[i], sel[1] = a0[i], sel[0 + +(a0[i] > c0)]);
    o0[i + 1] = (sel[0] = -a1[i + 1], sel[1] = a0[i + 1], sel[0 + +(a0[i + 1] > c0)]);
    o0[i + 2] = (sel[0] = -a1[i + 2], sel[1] = a0[i + 2], sel[0 + +(a0[i + 2] > c0)]);
    o0[i + 3] = (sel[0] = -a1[i + 3], sel[1] = a0[i + 3], sel[0 + +(a0[i + 3] > c0)]);
    o0[i + 4] = (sel[0] = -a1[i + 4], sel[1] = a0[i + 4], sel[0 + +(a0[i + 4] > c0)]);
    o0[i + 5] = (sel[0] = -a1[i + 5], sel[1] = a0[i + 5], sel[0 + +(a0[i + 5] > c0)]);
    o0[i + 6] = (sel[0] = -a1[i + 6], sel[1] = a0[i + 6], sel[0 + +(a0[i + 6] > c0)]);
    o0[i + 7] = (sel[0] = -a1[i + 7], sel[1] = a0[i + 7], sel[0 + +(a0[i + 7] > c0)]);
  }
  for (; i < end; i++) {
    o0[i] = (sel[0] = -a1[i], sel[1] = a0[i], sel[0 + +(a0[i] > c0)]);
  }
}
