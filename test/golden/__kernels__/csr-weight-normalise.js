// k_segsum_ew6_f64_91e1bf6e
// fuses: gather %0, mul %1, mul %2, segreduce %3, sqrt %4, eq %5, where %6
// outputs: f64; inputs: i32, f64 strided, i32 strided, f64
// cache key: r1|red0:r0=sumf>f64(v2)|o:f64|i:i32c:indptr,f64si,i32si,f64ci:table|c2|v0*=gather.f64>f64(a3,a2);v1*=mul.f64>f64(a1,v0);v2*=mul.f64>f64(v1,v1);v3=sqrt.f64>f64(r0);v4=eq.f64>b(v3,c0);v5=where.f64>f64(v4,c1,v3)|s:v5|seg(a0)
function k_segsum_ew6_f64_91e1bf6e(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3], a3 = buf[4];
  const c0 = cst[0], c1 = cst[1];
  const f1 = geo[0], t1 = geo[1], f2 = geo[2], t2 = geo[3];
  const sel = new Float64Array(2); // scratch of the branchless selects
  for (let i = start; i < end; i++) {
    const j0 = a0[i], j1 = a0[i + 1];
    let x1 = f1 + j0 * t1, x2 = f2 + j0 * t2;
    let gs0 = 0, gc0 = 0, gn0 = 0;
    const h1_1 = 1 * t1, h1_2 = 2 * t1, h1_3 = 3 * t1, h1_4 = 4 * t1, h1_5 = 5 * t1, h1_6 = 6 * t1, h1_7 = 7 * t1, h1_8 = 8 * t1;
    const h2_1 = 1 * t2, h2_2 = 2 * t2, h2_3 = 3 * t2, h2_4 = 4 * t2, h2_5 = 5 * t2, h2_6 = 6 * t2, h2_7 = 7 * t2, h2_8 = 8 * t2;
    for (let q = 0; q < j1 - j0;) {
      const qt = Math.min(j1 - j0, q + 8192);
      let rs0 = 0, rc0 = 0, rn0 = 0;
      while (q < qt) {
        const qb = Math.min(qt, q + 128);
        let l0_0 = 0, l0_1 = 0, l0_2 = 0, l0_3 = 0, l0_4 = 0, l0_5 = 0, l0_6 = 0, l0_7 = 0;
        for (; q + 8 <= qb; q += 8) {
          {
            const v1 = a1[x1] * (+a3[a2[x2]]);
            l0_0 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_1] * (+a3[a2[x2 + h2_1]]);
            l0_1 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_2] * (+a3[a2[x2 + h2_2]]);
            l0_2 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_3] * (+a3[a2[x2 + h2_3]]);
            l0_3 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_4] * (+a3[a2[x2 + h2_4]]);
            l0_4 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_5] * (+a3[a2[x2 + h2_5]]);
            l0_5 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_6] * (+a3[a2[x2 + h2_6]]);
            l0_6 += v1 * v1;
          }
          {
            const v1 = a1[x1 + h1_7] * (+a3[a2[x2 + h2_7]]);
            l0_7 += v1 * v1;
          }
          x1 += h1_8;
          x2 += h2_8;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_0 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_1 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_2 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_3 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_4 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_5 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        if (q < qb) {
          const v1 = a1[x1] * (+a3[a2[x2]]);
          l0_6 += v1 * v1;
          x1 += t1;
          x2 += t2;
          q++;
        }
        const b0 = ((l0_0 + l0_1) + (l0_2 + l0_3)) + ((l0_4 + l0_5) + (l0_6 + l0_7));
        { const y = b0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += b0;
      }
      { const y = rs0 - gc0; const t = gs0 + y; gc0 = (t - gs0) - y; gs0 = t; } gn0 += rn0;
    }
    const r0 = (Number.isFinite(gn0) ? gs0 : gn0);
    const v3 = Math.sqrt(r0);
    o0[i] = (sel[0] = v3, sel[1] = c1, sel[0 + +(v3 === c0)]);
  }
}

// k_ew4_f64_86e35737
// fuses: gather %0, mul %1, gather %2, div %3
// outputs: f64; inputs: f64, i32, f64, i32, f64
// cache key: r0|o:f64|i:f64c,i32c,f64c:table,i32c,f64c:table|c0|v0=gather.f64>f64(a2,a1);v1=mul.f64>f64(a0,v0);v2=gather.f64>f64(a4,a3);v3=div.f64>f64(v1,v2)|s:v3
function k_ew4_f64_86e35737(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3], a3 = buf[4], a4 = buf[5];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = (a0[i] * (+a2[a1[i]])) / (+a4[a3[i]]);
    o0[i + 1] = (a0[i + 1] * (+a2[a1[i + 1]])) / (+a4[a3[i + 1]]);
    o0[i + 2] = (a0[i + 2] * (+a2[a1[i + 2]])) / (+a4[a3[i + 2]]);
    o0[i + 3] = (a0[i + 3] * (+a2[a1[i + 3]])) / (+a4[a3[i + 3]]);
    o0[i + 4] = (a0[i + 4] * (+a2[a1[i + 4]])) / (+a4[a3[i + 4]]);
    o0[i + 5] = (a0[i + 5] * (+a2[a1[i + 5]])) / (+a4[a3[i + 5]]);
    o0[i + 6] = (a0[i + 6] * (+a2[a1[i + 6]])) / (+a4[a3[i + 6]]);
    o0[i + 7] = (a0[i + 7] * (+a2[a1[i + 7]])) / (+a4[a3[i + 7]]);
  }
  for (; i < end; i++) {
    o0[i] = (a0[i] * (+a2[a1[i]])) / (+a4[a3[i]]);
  }
}
