// k_sum_f64_e157e1fd
// fuses: reduce %0
// outputs: f64; inputs: f64 strided
// cache key: r1|red2:r0=sumf>f64(a0)|o:f64|i:f64si|c0||s:r0
function k_sum_f64_e157e1fd(start, end, buf, cst, geo, st, from, to) {
  const o0 = buf[0], a0 = buf[1];
  const d0 = geo[0], e0 = geo[1], e1 = geo[2], f0 = geo[3], s0_0 = geo[4], t0_0 = geo[5], t0_1 = geo[6];
  const u0_0 = t0_0 - e1 * t0_1;
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  let w = 0; // the next number of st
  if (st !== undefined && from === undefined) {
    // finish: the merged state of each output element is in st
    for (let i = start; i < end; i++) {
      const gs0 = st[w++], gn0 = st[w++];
      const r0 = (Number.isFinite(gn0) ? gs0 : gn0);
      o0[i] = r0;
      p0 += s0_0;
    }
    return;
  }
  const lo = st === undefined || from === undefined ? 0 : from, hi = st === undefined || to === undefined ? e0 * e1 : to;
  for (let i = start; i < end; i++) {
    let jt = lo;
    let j1 = jt % e1; jt = (jt - j1) / e1;
    let x0 = p0 + jt * t0_0 + j1 * t0_1;
    let gs0 = 0, gc0 = 0, gn0 = 0;
    for (let q = lo; q < hi;) {
      const qt = Math.min(hi, q + 8192);
      let rs0 = 0, rc0 = 0, rn0 = 0;
      while (q < qt) {
        const qb = Math.min(qt, q + 128);
        let l0_0 = 0, l0_1 = 0, l0_2 = 0, l0_3 = 0, l0_4 = 0, l0_5 = 0, l0_6 = 0, l0_7 = 0;
        for (; q + 8 <= qb; q += 8) {
          {
            l0_0 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_1 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_2 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_3 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_4 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_5 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_6 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
          {
            l0_7 += a0[x0];
            x0 += t0_1;
            if (++j1 === e1) {
              j1 = 0;
              x0 += u0_0;
            }
          }
        }
        if (q < qb) {
          l0_0 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        if (q < qb) {
          l0_1 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        if (q < qb) {
          l0_2 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        if (q < qb) {
          l0_3 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        if (q < qb) {
          l0_4 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        if (q < qb) {
          l0_5 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        if (q < qb) {
          l0_6 += a0[x0];
          x0 += t0_1;
          if (++j1 === e1) {
            j1 = 0;
            x0 += u0_0;
          }
          q++;
        }
        const b0 = ((l0_0 + l0_1) + (l0_2 + l0_3)) + ((l0_4 + l0_5) + (l0_6 + l0_7));
        { const y = b0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += b0;
      }
      if (st !== undefined) { st[w++] = rs0; st[w++] = rn0; } else { { const y = rs0 - gc0; const t = gs0 + y; gc0 = (t - gs0) - y; gs0 = t; } gn0 += rn0; }
    }
    if (st !== undefined) {
      p0 += s0_0;
      continue;
    }
    const r0 = (Number.isFinite(gn0) ? gs0 : gn0);
    o0[i] = r0;
    p0 += s0_0;
  }
}
