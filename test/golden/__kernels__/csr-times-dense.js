// k_spmm_f64_359e9736
// fuses: spmm %0
// outputs: f64; inputs: i32, f64, f64 strided, i32 strided
// cache key: r1|o:f64|i:i32c:indptr,f64c:operand,f64si,i32si|c0||s:mm0|seg(a0)spmm>f64(a2,a3,a1)
function k_spmm_f64_359e9736(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3], a3 = buf[4];
  const K = geo[0], oD = geo[1], rD = geo[2], f2 = geo[3], t2 = geo[4], f3 = geo[5], t3 = geo[6];
  const acc = new Float64Array(K);
  for (let i = start; i < end; i++) {
    const j0 = a0[i], j1 = a0[i + 1];
    acc.fill(0);
    let x2 = f2 + j0 * t2, x3 = f3 + j0 * t3;
    for (let j = j0; j < j1; j++) {
      const v = a2[x2], pd = oD + a3[x3] * rD;
      for (let t = 0; t < K; t++) acc[t] += v * a1[pd + t];
      x2 += t2;
      x3 += t3;
    }
    for (let t = 0; t < K; t++) {
      const m = acc[t];
      o0[i * K + t] = m;
    }
  }
}
