// k_sum_ew5_f64_a95e6d6f
// fuses: gt %0, reduce %1, div %2, le %3, reduce %4, div %5, sub %6
// outputs: f64; inputs: f64 strided, f64 strided
// cache key: r1|red1:r0=sumf>f64(a0 if v0);r1=sumf>f64(a0 if v2)|o:f64|i:f64si,f64si|c3|v0*=gt.f64>b(a1,c0);v1=div.f64>f64(r0,c1);v2*=le.f64>b(a1,c0);v3=div.f64>f64(r1,c2);v4=sub.f64>f64(v1,v3)|s:v4
function k_sum_ew5_f64_a95e6d6f(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2];
  const c0 = cst[0], c1 = cst[1], c2 = cst[2];
  const d0 = geo[0], e0 = geo[1], f0 = geo[2], s0_0 = geo[3], t0_0 = geo[4], f1 = geo[5], s1_0 = geo[6], t1_0 = geo[7];
  const sk0 = new Float64Array(136); // a block of a masked sum's elements
  const sk1 = new Float64Array(136); // a block of a masked sum's elements
  const blockSum = (b, n) => {
    let l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0, j = 0;
    for (; j + 8 <= n; j += 8) { l0 += b[j + 0]; l1 += b[j + 1]; l2 += b[j + 2]; l3 += b[j + 3]; l4 += b[j + 4]; l5 += b[j + 5]; l6 += b[j + 6]; l7 += b[j + 7]; }
    if (j < n) l0 += b[j++]; if (j < n) l1 += b[j++]; if (j < n) l2 += b[j++]; if (j < n) l3 += b[j++]; if (j < n) l4 += b[j++]; if (j < n) l5 += b[j++]; if (j < n) l6 += b[j++];
    return ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7));
  };
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  let p1 = f1 + q0 * s1_0;
  for (let i = start; i < end; i++) {
    let x0 = p0, x1 = p1;
    let rs0 = 0, rc0 = 0, rn0 = 0;
    let rs1 = 0, rc1 = 0, rn1 = 0;
    let tk0 = 0, nb0 = 0, ts0 = 0, tc0 = 0, tn0 = 0;
    let tk1 = 0, nb1 = 0, ts1 = 0, tc1 = 0, tn1 = 0;
    const h0_1 = 1 * t0_0, h0_2 = 2 * t0_0, h0_3 = 3 * t0_0, h0_4 = 4 * t0_0, h0_5 = 5 * t0_0, h0_6 = 6 * t0_0, h0_7 = 7 * t0_0, h0_8 = 8 * t0_0;
    const h1_1 = 1 * t1_0, h1_2 = 2 * t1_0, h1_3 = 3 * t1_0, h1_4 = 4 * t1_0, h1_5 = 5 * t1_0, h1_6 = 6 * t1_0, h1_7 = 7 * t1_0, h1_8 = 8 * t1_0;
    if (e0 - 0 >= 256 && t0_0 === 1 && t1_0 === 1) {
      const nz = e0 - 0, z0 = a0.subarray(x0, x0 + nz), z1 = a1.subarray(x1, x1 + nz);
      for (let q = 0; q < nz;) {
        const qt = Math.min(nz, q + 8192);
        while (q < qt) {
          const qb = Math.min(qt, q + 128);
          for (; q + 8 <= qb; q += 8) {
            {
              sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
              sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            }
            {
              sk0[tk0] = z0[q + 1]; tk0 += +(z1[q + 1] > c0);
              sk1[tk1] = z0[q + 1]; tk1 += +(z1[q + 1] <= c0);
            }
            {
              sk0[tk0] = z0[q + 2]; tk0 += +(z1[q + 2] > c0);
              sk1[tk1] = z0[q + 2]; tk1 += +(z1[q + 2] <= c0);
            }
            {
              sk0[tk0] = z0[q + 3]; tk0 += +(z1[q + 3] > c0);
              sk1[tk1] = z0[q + 3]; tk1 += +(z1[q + 3] <= c0);
            }
            {
              sk0[tk0] = z0[q + 4]; tk0 += +(z1[q + 4] > c0);
              sk1[tk1] = z0[q + 4]; tk1 += +(z1[q + 4] <= c0);
            }
            {
              sk0[tk0] = z0[q + 5]; tk0 += +(z1[q + 5] > c0);
              sk1[tk1] = z0[q + 5]; tk1 += +(z1[q + 5] <= c0);
            }
            {
              sk0[tk0] = z0[q + 6]; tk0 += +(z1[q + 6] > c0);
              sk1[tk1] = z0[q + 6]; tk1 += +(z1[q + 6] <= c0);
            }
            {
              sk0[tk0] = z0[q + 7]; tk0 += +(z1[q + 7] > c0);
              sk1[tk1] = z0[q + 7]; tk1 += +(z1[q + 7] <= c0);
            }
            if (tk0 >= 128) {
              const b = blockSum(sk0, 128); { const y = b - tc0; const t = ts0 + y; tc0 = (t - ts0) - y; ts0 = t; } tn0 += b;
              sk0[0] = sk0[128]; sk0[1] = sk0[129]; sk0[2] = sk0[130]; sk0[3] = sk0[131]; sk0[4] = sk0[132]; sk0[5] = sk0[133]; sk0[6] = sk0[134]; tk0 -= 128;
              if (++nb0 === 64) { { const y = ts0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += tn0; ts0 = 0; tc0 = 0; tn0 = 0; nb0 = 0; }
            }
            if (tk1 >= 128) {
              const b = blockSum(sk1, 128); { const y = b - tc1; const t = ts1 + y; tc1 = (t - ts1) - y; ts1 = t; } tn1 += b;
              sk1[0] = sk1[128]; sk1[1] = sk1[129]; sk1[2] = sk1[130]; sk1[3] = sk1[131]; sk1[4] = sk1[132]; sk1[5] = sk1[133]; sk1[6] = sk1[134]; tk1 -= 128;
              if (++nb1 === 64) { { const y = ts1 - rc1; const t = rs1 + y; rc1 = (t - rs1) - y; rs1 = t; } rn1 += tn1; ts1 = 0; tc1 = 0; tn1 = 0; nb1 = 0; }
            }
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (q < qb) {
            sk0[tk0] = z0[q]; tk0 += +(z1[q] > c0);
            sk1[tk1] = z0[q]; tk1 += +(z1[q] <= c0);
            q++;
          }
          if (tk0 >= 128) {
            const b = blockSum(sk0, 128); { const y = b - tc0; const t = ts0 + y; tc0 = (t - ts0) - y; ts0 = t; } tn0 += b;
            sk0[0] = sk0[128]; sk0[1] = sk0[129]; sk0[2] = sk0[130]; sk0[3] = sk0[131]; sk0[4] = sk0[132]; sk0[5] = sk0[133]; sk0[6] = sk0[134]; tk0 -= 128;
            if (++nb0 === 64) { { const y = ts0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += tn0; ts0 = 0; tc0 = 0; tn0 = 0; nb0 = 0; }
          }
          if (tk1 >= 128) {
            const b = blockSum(sk1, 128); { const y = b - tc1; const t = ts1 + y; tc1 = (t - ts1) - y; ts1 = t; } tn1 += b;
            sk1[0] = sk1[128]; sk1[1] = sk1[129]; sk1[2] = sk1[130]; sk1[3] = sk1[131]; sk1[4] = sk1[132]; sk1[5] = sk1[133]; sk1[6] = sk1[134]; tk1 -= 128;
            if (++nb1 === 64) { { const y = ts1 - rc1; const t = rs1 + y; rc1 = (t - rs1) - y; rs1 = t; } rn1 += tn1; ts1 = 0; tc1 = 0; tn1 = 0; nb1 = 0; }
          }
        }
      }
    } else {
      for (let q = 0; q < e0;) {
        const qt = Math.min(e0, q + 8192);
        while (q < qt) {
          const qb = Math.min(qt, q + 128);
          for (; q + 8 <= qb; q += 8) {
            {
              sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
              sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_1]; tk0 += +(a1[x1 + h1_1] > c0);
              sk1[tk1] = a0[x0 + h0_1]; tk1 += +(a1[x1 + h1_1] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_2]; tk0 += +(a1[x1 + h1_2] > c0);
              sk1[tk1] = a0[x0 + h0_2]; tk1 += +(a1[x1 + h1_2] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_3]; tk0 += +(a1[x1 + h1_3] > c0);
              sk1[tk1] = a0[x0 + h0_3]; tk1 += +(a1[x1 + h1_3] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_4]; tk0 += +(a1[x1 + h1_4] > c0);
              sk1[tk1] = a0[x0 + h0_4]; tk1 += +(a1[x1 + h1_4] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_5]; tk0 += +(a1[x1 + h1_5] > c0);
              sk1[tk1] = a0[x0 + h0_5]; tk1 += +(a1[x1 + h1_5] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_6]; tk0 += +(a1[x1 + h1_6] > c0);
              sk1[tk1] = a0[x0 + h0_6]; tk1 += +(a1[x1 + h1_6] <= c0);
            }
            {
              sk0[tk0] = a0[x0 + h0_7]; tk0 += +(a1[x1 + h1_7] > c0);
              sk1[tk1] = a0[x0 + h0_7]; tk1 += +(a1[x1 + h1_7] <= c0);
            }
            x0 += h0_8;
            x1 += h1_8;
            if (tk0 >= 128) {
              const b = blockSum(sk0, 128); { const y = b - tc0; const t = ts0 + y; tc0 = (t - ts0) - y; ts0 = t; } tn0 += b;
              sk0[0] = sk0[128]; sk0[1] = sk0[129]; sk0[2] = sk0[130]; sk0[3] = sk0[131]; sk0[4] = sk0[132]; sk0[5] = sk0[133]; sk0[6] = sk0[134]; tk0 -= 128;
              if (++nb0 === 64) { { const y = ts0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += tn0; ts0 = 0; tc0 = 0; tn0 = 0; nb0 = 0; }
            }
            if (tk1 >= 128) {
              const b = blockSum(sk1, 128); { const y = b - tc1; const t = ts1 + y; tc1 = (t - ts1) - y; ts1 = t; } tn1 += b;
              sk1[0] = sk1[128]; sk1[1] = sk1[129]; sk1[2] = sk1[130]; sk1[3] = sk1[131]; sk1[4] = sk1[132]; sk1[5] = sk1[133]; sk1[6] = sk1[134]; tk1 -= 128;
              if (++nb1 === 64) { { const y = ts1 - rc1; const t = rs1 + y; rc1 = (t - rs1) - y; rs1 = t; } rn1 += tn1; ts1 = 0; tc1 = 0; tn1 = 0; nb1 = 0; }
            }
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (q < qb) {
            sk0[tk0] = a0[x0]; tk0 += +(a1[x1] > c0);
            sk1[tk1] = a0[x0]; tk1 += +(a1[x1] <= c0);
            x0 += t0_0;
            x1 += t1_0;
            q++;
          }
          if (tk0 >= 128) {
            const b = blockSum(sk0, 128); { const y = b - tc0; const t = ts0 + y; tc0 = (t - ts0) - y; ts0 = t; } tn0 += b;
            sk0[0] = sk0[128]; sk0[1] = sk0[129]; sk0[2] = sk0[130]; sk0[3] = sk0[131]; sk0[4] = sk0[132]; sk0[5] = sk0[133]; sk0[6] = sk0[134]; tk0 -= 128;
            if (++nb0 === 64) { { const y = ts0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += tn0; ts0 = 0; tc0 = 0; tn0 = 0; nb0 = 0; }
          }
          if (tk1 >= 128) {
            const b = blockSum(sk1, 128); { const y = b - tc1; const t = ts1 + y; tc1 = (t - ts1) - y; ts1 = t; } tn1 += b;
            sk1[0] = sk1[128]; sk1[1] = sk1[129]; sk1[2] = sk1[130]; sk1[3] = sk1[131]; sk1[4] = sk1[132]; sk1[5] = sk1[133]; sk1[6] = sk1[134]; tk1 -= 128;
            if (++nb1 === 64) { { const y = ts1 - rc1; const t = rs1 + y; rc1 = (t - rs1) - y; rs1 = t; } rn1 += tn1; ts1 = 0; tc1 = 0; tn1 = 0; nb1 = 0; }
          }
        }
      }
    }
    if (tk0 > 0) { const b = blockSum(sk0, tk0); { const y = b - tc0; const t = ts0 + y; tc0 = (t - ts0) - y; ts0 = t; } tn0 += b; nb0++; } if (nb0 > 0) { { const y = ts0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += tn0; ts0 = 0; tc0 = 0; tn0 = 0; nb0 = 0; }
    if (tk1 > 0) { const b = blockSum(sk1, tk1); { const y = b - tc1; const t = ts1 + y; tc1 = (t - ts1) - y; ts1 = t; } tn1 += b; nb1++; } if (nb1 > 0) { { const y = ts1 - rc1; const t = rs1 + y; rc1 = (t - rs1) - y; rs1 = t; } rn1 += tn1; ts1 = 0; tc1 = 0; tn1 = 0; nb1 = 0; }
    const r0 = (Number.isFinite(rn0) ? rs0 : rn0);
    const r1 = (Number.isFinite(rn1) ? rs1 : rn1);
    o0[i] = (r0 / c1) - (r1 / c2);
    p0 += s0_0;
    p1 += s1_0;
  }
}
