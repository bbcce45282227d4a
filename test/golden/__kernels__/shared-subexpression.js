// k_ew3_f64_579eb23b
// fuses: mul %0, sqrt %1, add %2
// outputs: f64; inputs: f64, f64
// cache key: r0|o:f64|i:f64c,f64c|c0|v0=mul.f64>f64(a0,a1);v1=sqrt.f64>f64(v0);v2=add.f64>f64(v0,v1)|s:v2
function k_ew3_f64_579eb23b(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    {
      const v0 = a0[i] * a1[i];
      o0[i] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 1] * a1[i + 1];
      o0[i + 1] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 2] * a1[i + 2];
      o0[i + 2] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 3] * a1[i + 3];
      o0[i + 3] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 4] * a1[i + 4];
      o0[i + 4] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 5] * a1[i + 5];
      o0[i + 5] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 6] * a1[i + 6];
      o0[i + 6] = v0 + Math.sqrt(v0);
    }
    {
      const v0 = a0[i + 7] * a1[i + 7];
      o0[i + 7] = v0 + Math.sqrt(v0);
    }
  }
  for (; i < end; i++) {
    const v0 = a0[i] * a1[i];
    o0[i] = v0 + Math.sqrt(v0);
  }
}
