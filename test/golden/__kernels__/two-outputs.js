// k_ew2_f64_a7b5b493
// fuses: add %0, mul %1
// outputs: f64, f64; inputs: f64, f64
// cache key: r0|o:f64,f64|i:f64c,f64c|c0|v0=add.f64>f64(a0,a1);v1=mul.f64>f64(a0,a1)|s:v0,v1
function k_ew2_f64_a7b5b493(start, end, buf, cst, geo) {
  const o0 = buf[0], o1 = buf[1], a0 = buf[2], a1 = buf[3];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    {
      o0[i] = a0[i] + a1[i];
      o1[i] = a0[i] * a1[i];
    }
    {
      o0[i + 1] = a0[i + 1] + a1[i + 1];
      o1[i + 1] = a0[i + 1] * a1[i + 1];
    }
    {
      o0[i + 2] = a0[i + 2] + a1[i + 2];
      o1[i + 2] = a0[i + 2] * a1[i + 2];
    }
    {
      o0[i + 3] = a0[i + 3] + a1[i + 3];
      o1[i + 3] = a0[i + 3] * a1[i + 3];
    }
    {
      o0[i + 4] = a0[i + 4] + a1[i + 4];
      o1[i + 4] = a0[i + 4] * a1[i + 4];
    }
    {
      o0[i + 5] = a0[i + 5] + a1[i + 5];
      o1[i + 5] = a0[i + 5] * a1[i + 5];
    }
    {
      o0[i + 6] = a0[i + 6] + a1[i + 6];
      o1[i + 6] = a0[i + 6] * a1[i + 6];
    }
    {
      o0[i + 7] = a0[i + 7] + a1[i + 7];
      o1[i + 7] = a0[i + 7] * a1[i + 7];
    }
  }
  for (; i < end; i++) {
    o0[i] = a0[i] + a1[i];
    o1[i] = a0[i] * a1[i];
  }
}
