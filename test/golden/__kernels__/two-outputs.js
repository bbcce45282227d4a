// k_ew2_f64_a7b5b493
// fuses: add %0, mul %1
// outputs: f64, f64; inputs: f64, f64
// cache key: r0|o:f64,f64|i:f64c,f64c|c0|v0=add.f64>f64(a0,a1);v1=mul.f64>f64(a0,a1)|s:v0,v1
function k_ew2_f64_a7b5b493(start, end, buf, cst, geo) {
  const o0 = buf[0], o1 = buf[1], a0 = buf[2], a1 = buf[3];
  for (let i = start; i < end; i++) {
    o0[i] = a0[i] + a1[i];
    o1[i] = a0[i] * a1[i];
  }
}
