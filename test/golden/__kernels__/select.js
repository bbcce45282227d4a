// k_compress_f64_76ba65f6
// fuses: gt %0
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c1|v0=gt.f64>b(a1,c0)|s:a0 if v0
function k_compress_f64_76ba65f6(start, end, buf, cst, geo, st) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0];
  let n = st === undefined ? 0 : st[0]; // where the next element taken goes
  for (let i = start; i < end; i++) {
    o0[n] = a0[i];
    n += +(a1[i] > c0);
  }
  if (st !== undefined) st[0] = n;
}
