// k_ew3_f64_579eb23b
// fuses: mul %0, sqrt %1, add %2
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c0|v0=mul.f64>f64(a0,a1);v1=sqrt.f64>f64(v0);v2=add.f64>f64(v0,v1)|s:v2
function k_ew3_f64_579eb23b(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  for (let i = start; i < end; i++) {
    const v0 = a0[i] * a1[i];
    o0[i] = v0 + Math.sqrt(v0);
  }
}
