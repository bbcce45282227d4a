// Kernels compiled ahead of time by `ndfuse aot` for the project tsconfig.json:
// 6 kernels for 9 of 9 call sites. Generated: do not edit; run `ndfuse aot` again
// when the project changes. Import it once before the first evaluation: import './ndfuse-kernels.js';

import { registerKernels, type KernelFn, type Storage } from "ndfuse";

/**
 * fuses: div, log, mul, add, sqrt, lt, exp, abs, sub, where
 * outputs: f64; inputs: f64, f64, f64
 * used by:
 *   options.ts:31 callPrice(S, K, T, r, v)
 */
export function k_ew56_f64_4ec8a136(start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]): void {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3];
  const c0 = cst[0], c1 = cst[1], c2 = cst[2], c3 = cst[3], c4 = cst[4], c5 = cst[5], c6 = cst[6], c7 = cst[7], c8 = cst[8], c9 = cst[9], c10 = cst[10], c11 = cst[11], c12 = cst[12];
  const sel = new Float64Array(4); // scratch of the branchless selects
  for (let i = start; i < end; i++) {
    const v5 = c1 * Math.sqrt(a2[i]);
    const v6 = (Math.log(a0[i] / a1[i]) + (c0 * a2[i])) / v5;
    const v15 = c5 / (c5 + (c6 * Math.abs(v6)));
    const v25 = ((c3 * Math.exp((c4 * v6) * v6)) * v15) * (c7 + (v15 * (c8 + (v15 * (c9 + (v15 * (c10 + (v15 * c11))))))));
    const v32 = v6 - v5;
    const v41 = c5 / (c5 + (c6 * Math.abs(v32)));
    const v51 = ((c3 * Math.exp((c4 * v32) * v32)) * v41) * (c7 + (v41 * (c8 + (v41 * (c9 + (v41 * (c10 + (v41 * c11))))))));
    o0[i] = (a0[i] * (sel[0] = c5 - v25, sel[1] = v25, sel[0 + +(v6 < c2)])) - ((a1[i] * Math.exp(c12 * a2[i])) * (sel[2] = c5 - v51, sel[3] = v51, sel[2 + +(v32 < c2)]));
  }
}

/**
 * fuses: div, log, mul, add, sqrt, lt, exp, abs, sub, where
 * outputs: f64; inputs: f64, f64, f64
 * used by:
 *   options.ts:32 evaluate('c - S + K * exp(-r * T)', { c: call, S, K, r, T })
 */
export function k_ew58_f64_d98a9f5a(start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]): void {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3];
  const c0 = cst[0], c1 = cst[1], c2 = cst[2], c3 = cst[3], c4 = cst[4], c5 = cst[5], c6 = cst[6], c7 = cst[7], c8 = cst[8], c9 = cst[9], c10 = cst[10], c11 = cst[11], c12 = cst[12];
  const sel = new Float64Array(4); // scratch of the branchless selects
  for (let i = start; i < end; i++) {
    const v5 = c1 * Math.sqrt(a2[i]);
    const v6 = (Math.log(a0[i] / a1[i]) + (c0 * a2[i])) / v5;
    const v15 = c5 / (c5 + (c6 * Math.abs(v6)));
    const v25 = ((c3 * Math.exp((c4 * v6) * v6)) * v15) * (c7 + (v15 * (c8 + (v15 * (c9 + (v15 * (c10 + (v15 * c11))))))));
    const v31 = a1[i] * Math.exp(c12 * a2[i]);
    const v32 = v6 - v5;
    const v41 = c5 / (c5 + (c6 * Math.abs(v32)));
    const v51 = ((c3 * Math.exp((c4 * v32) * v32)) * v41) * (c7 + (v41 * (c8 + (v41 * (c9 + (v41 * (c10 + (v41 * c11))))))));
    o0[i] = (((a0[i] * (sel[0] = c5 - v25, sel[1] = v25, sel[0 + +(v6 < c2)])) - (v31 * (sel[2] = c5 - v51, sel[3] = v51, sel[2 + +(v32 < c2)]))) - a0[i]) + v31;
  }
}

/**
 * fuses: div, log, mul, add, sqrt, lt, exp, abs, sub, where
 * outputs: f64, f64; inputs: f64, f64, f64
 * used by:
 *   options.ts:33 evalAll([call, put])
 */
export function k_ew58_f64_585ee072(start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]): void {
  const o0 = buf[0], o1 = buf[1], a0 = buf[2], a1 = buf[3], a2 = buf[4];
  const c0 = cst[0], c1 = cst[1], c2 = cst[2], c3 = cst[3], c4 = cst[4], c5 = cst[5], c6 = cst[6], c7 = cst[7], c8 = cst[8], c9 = cst[9], c10 = cst[10], c11 = cst[11], c12 = cst[12];
  const sel = new Float64Array(4); // scratch of the branchless selects
  for (let i = start; i < end; i++) {
    const v5 = c1 * Math.sqrt(a2[i]);
    const v6 = (Math.log(a0[i] / a1[i]) + (c0 * a2[i])) / v5;
    const v15 = c5 / (c5 + (c6 * Math.abs(v6)));
    const v25 = ((c3 * Math.exp((c4 * v6) * v6)) * v15) * (c7 + (v15 * (c8 + (v15 * (c9 + (v15 * (c10 + (v15 * c11))))))));
    const v31 = a1[i] * Math.exp(c12 * a2[i]);
    const v32 = v6 - v5;
    const v41 = c5 / (c5 + (c6 * Math.abs(v32)));
    const v51 = ((c3 * Math.exp((c4 * v32) * v32)) * v41) * (c7 + (v41 * (c8 + (v41 * (c9 + (v41 * (c10 + (v41 * c11))))))));
    const v55 = (a0[i] * (sel[0] = c5 - v25, sel[1] = v25, sel[0 + +(v6 < c2)])) - (v31 * (sel[2] = c5 - v51, sel[3] = v51, sel[2 + +(v32 < c2)]));
    o0[i] = v55;
    o1[i] = (v55 - a0[i]) + v31;
  }
}

/**
 * fuses: reduce, div
 * outputs: f64; inputs: f64 strided
 * used by:
 *   options.ts:34 p!.mean().item()
 */
export function k_sum_ew1_f64_3c1b2d39(start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[], st?: Float64Array, from?: number, to?: number): void {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0];
  const d0 = geo[0], e0 = geo[1], f0 = geo[2], s0_0 = geo[3], t0_0 = geo[4];
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  let w = 0; // the next number of st
  if (st !== undefined && from === undefined) {
    // finish: the merged state of each output element is in st
    for (let i = start; i < end; i++) {
      const gs0 = st[w++], gn0 = st[w++];
      const r0 = (Number.isFinite(gn0) ? gs0 : gn0);
      o0[i] = r0 / c0;
      p0 += s0_0;
    }
    return;
  }
  const lo = st === undefined || from === undefined ? 0 : from, hi = st === undefined || to === undefined ? e0 : to;
  for (let i = start; i < end; i++) {
    let x0 = p0 + lo * t0_0;
    let gs0 = 0, gc0 = 0, gn0 = 0;
    const h0_1 = 1 * t0_0, h0_2 = 2 * t0_0, h0_3 = 3 * t0_0, h0_4 = 4 * t0_0, h0_5 = 5 * t0_0, h0_6 = 6 * t0_0, h0_7 = 7 * t0_0, h0_8 = 8 * t0_0;
    if (hi - lo >= 256 && t0_0 === 1) {
      const nz = hi - lo, z0 = a0.subarray(x0, x0 + nz);
      for (let q = 0; q < nz;) {
        const qt = Math.min(nz, q + 8192);
        let rs0 = 0, rc0 = 0, rn0 = 0;
        while (q < qt) {
          const qb = Math.min(qt, q + 128);
          let l0_0 = 0, l0_1 = 0, l0_2 = 0, l0_3 = 0, l0_4 = 0, l0_5 = 0, l0_6 = 0, l0_7 = 0;
          for (; q + 8 <= qb; q += 8) {
            {
              l0_0 += z0[q];
            }
            {
              l0_1 += z0[q + 1];
            }
            {
              l0_2 += z0[q + 2];
            }
            {
              l0_3 += z0[q + 3];
            }
            {
              l0_4 += z0[q + 4];
            }
            {
              l0_5 += z0[q + 5];
            }
            {
              l0_6 += z0[q + 6];
            }
            {
              l0_7 += z0[q + 7];
            }
          }
          if (q < qb) {
            l0_0 += z0[q];
            q++;
          }
          if (q < qb) {
            l0_1 += z0[q];
            q++;
          }
          if (q < qb) {
            l0_2 += z0[q];
            q++;
          }
          if (q < qb) {
            l0_3 += z0[q];
            q++;
          }
          if (q < qb) {
            l0_4 += z0[q];
            q++;
          }
          if (q < qb) {
            l0_5 += z0[q];
            q++;
          }
          if (q < qb) {
            l0_6 += z0[q];
            q++;
          }
          const b0 = ((l0_0 + l0_1) + (l0_2 + l0_3)) + ((l0_4 + l0_5) + (l0_6 + l0_7));
          { const y = b0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += b0;
        }
        if (st !== undefined) { st[w++] = rs0; st[w++] = rn0; } else { { const y = rs0 - gc0; const t = gs0 + y; gc0 = (t - gs0) - y; gs0 = t; } gn0 += rn0; }
      }
    } else {
      for (let q = lo; q < hi;) {
        const qt = Math.min(hi, q + 8192);
        let rs0 = 0, rc0 = 0, rn0 = 0;
        while (q < qt) {
          const qb = Math.min(qt, q + 128);
          let l0_0 = 0, l0_1 = 0, l0_2 = 0, l0_3 = 0, l0_4 = 0, l0_5 = 0, l0_6 = 0, l0_7 = 0;
          for (; q + 8 <= qb; q += 8) {
            {
              l0_0 += a0[x0];
            }
            {
              l0_1 += a0[x0 + h0_1];
            }
            {
              l0_2 += a0[x0 + h0_2];
            }
            {
              l0_3 += a0[x0 + h0_3];
            }
            {
              l0_4 += a0[x0 + h0_4];
            }
            {
              l0_5 += a0[x0 + h0_5];
            }
            {
              l0_6 += a0[x0 + h0_6];
            }
            {
              l0_7 += a0[x0 + h0_7];
            }
            x0 += h0_8;
          }
          if (q < qb) {
            l0_0 += a0[x0];
            x0 += t0_0;
            q++;
          }
          if (q < qb) {
            l0_1 += a0[x0];
            x0 += t0_0;
            q++;
          }
          if (q < qb) {
            l0_2 += a0[x0];
            x0 += t0_0;
            q++;
          }
          if (q < qb) {
            l0_3 += a0[x0];
            x0 += t0_0;
            q++;
          }
          if (q < qb) {
            l0_4 += a0[x0];
            x0 += t0_0;
            q++;
          }
          if (q < qb) {
            l0_5 += a0[x0];
            x0 += t0_0;
            q++;
          }
          if (q < qb) {
            l0_6 += a0[x0];
            x0 += t0_0;
            q++;
          }
          const b0 = ((l0_0 + l0_1) + (l0_2 + l0_3)) + ((l0_4 + l0_5) + (l0_6 + l0_7));
          { const y = b0 - rc0; const t = rs0 + y; rc0 = (t - rs0) - y; rs0 = t; } rn0 += b0;
        }
        if (st !== undefined) { st[w++] = rs0; st[w++] = rn0; } else { { const y = rs0 - gc0; const t = gs0 + y; gc0 = (t - gs0) - y; gs0 = t; } gn0 += rn0; }
      }
    }
    if (st !== undefined) {
      p0 += s0_0;
      continue;
    }
    const r0 = (Number.isFinite(gn0) ? gs0 : gn0);
    o0[i] = r0 / c0;
    p0 += s0_0;
  }
}

/**
 * fuses: div, log, mul, add, sqrt, lt, exp, abs, sub, where
 * outputs: f32; inputs: f32, f32, f32
 * used by:
 *   options.ts:39 callPrice(S, K, T, r, v)
 *   options.ts:39 (callPrice(S, K, T, r, v) as LazyArray<'float32'>).toTypedArray()
 */
export function k_ew56_f32_73339cfa(start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[]): void {
  const o0 = buf[0], a0 = buf[1], a1 = buf[2], a2 = buf[3];
  const c0 = cst[0], c1 = cst[1], c2 = cst[2], c3 = cst[3], c4 = cst[4], c5 = cst[5], c6 = cst[6], c7 = cst[7], c8 = cst[8], c9 = cst[9], c10 = cst[10], c11 = cst[11], c12 = cst[12];
  const sel = new Float64Array(4); // scratch of the branchless selects
  for (let i = start; i < end; i++) {
    const v5 = Math.fround(c1 * Math.fround(Math.sqrt(a2[i])));
    const v6 = Math.fround(Math.fround(Math.fround(Math.log(Math.fround(a0[i] / a1[i]))) + Math.fround(c0 * a2[i])) / v5);
    const v15 = Math.fround(c5 / Math.fround(c5 + Math.fround(c6 * Math.abs(v6))));
    const v25 = Math.fround(Math.fround(Math.fround(c3 * Math.fround(Math.exp(Math.fround(Math.fround(c4 * v6) * v6)))) * v15) * Math.fround(c7 + Math.fround(v15 * Math.fround(c8 + Math.fround(v15 * Math.fround(c9 + Math.fround(v15 * Math.fround(c10 + Math.fround(v15 * c11)))))))));
    const v32 = Math.fround(v6 - v5);
    const v41 = Math.fround(c5 / Math.fround(c5 + Math.fround(c6 * Math.abs(v32))));
    const v51 = Math.fround(Math.fround(Math.fround(c3 * Math.fround(Math.exp(Math.fround(Math.fround(c4 * v32) * v32)))) * v41) * Math.fround(c7 + Math.fround(v41 * Math.fround(c8 + Math.fround(v41 * Math.fround(c9 + Math.fround(v41 * Math.fround(c10 + Math.fround(v41 * c11)))))))));
    o0[i] = Math.fround(a0[i] * (sel[0] = Math.fround(c5 - v25), sel[1] = v25, sel[0 + +(v6 < c2)])) - Math.fround(Math.fround(a1[i] * Math.fround(Math.exp(Math.fround(c12 * a2[i])))) * (sel[2] = Math.fround(c5 - v51), sel[3] = v51, sel[2 + +(v32 < c2)]));
  }
}

/**
 * fuses: reduce
 * outputs: f64; inputs: f64 strided
 * used by:
 *   options.ts:44 array(prices).max().item()
 */
export function k_max_f64_80f87e43(start: number, end: number, buf: Storage[], cst: readonly number[], geo: readonly number[], st?: Float64Array, from?: number, to?: number): void {
  const o0 = buf[0], a0 = buf[1];
  const d0 = geo[0], e0 = geo[1], f0 = geo[2], s0_0 = geo[3], t0_0 = geo[4];
  let t = start;
  let q0 = t;
  let p0 = f0 + q0 * s0_0;
  let w = 0; // the next number of st
  if (st !== undefined && from === undefined) {
    // finish: the merged state of each output element is in st
    for (let i = start; i < end; i++) {
      const gs0 = st[w++];
      const r0 = gs0;
      o0[i] = r0;
      p0 += s0_0;
    }
    return;
  }
  const lo = st === undefined || from === undefined ? 0 : from, hi = st === undefined || to === undefined ? e0 : to;
  for (let i = start; i < end; i++) {
    let x0 = p0 + lo * t0_0;
    let gs0 = -Infinity;
    if (hi - lo >= 256 && t0_0 === 1) {
      const nz = hi - lo, z0 = a0.subarray(x0, x0 + nz);
      for (let q = 0; q < nz;) {
        const qt = Math.min(nz, q + 8192);
        let rs0 = -Infinity;
        for (; q < qt; q++) {
          { const w0 = z0[q]; rs0 = Math.max(rs0, w0); }
        }
        if (st !== undefined) { st[w++] = rs0; } else { gs0 = Math.max(gs0, rs0); }
      }
    } else {
      for (let q = lo; q < hi;) {
        const qt = Math.min(hi, q + 8192);
        let rs0 = -Infinity;
        for (; q < qt; q++) {
          { const w0 = a0[x0]; rs0 = Math.max(rs0, w0); }
          x0 += t0_0;
        }
        if (st !== undefined) { st[w++] = rs0; } else { gs0 = Math.max(gs0, rs0); }
      }
    }
    if (st !== undefined) {
      p0 += s0_0;
      continue;
    }
    const r0 = gs0;
    o0[i] = r0;
    p0 += s0_0;
  }
}

/** Every kernel above, under the cache key the compiler gives it. */
export const KERNELS: readonly (readonly [key: string, kernel: KernelFn])[] = [
  ["r0|o:f64|i:f64c,f64c,f64c|c13|v0=div.f64>f64(a0,a1);v1=log.f64>f64(v0);v2=mul.f64>f64(c0,a2);v3=add.f64>f64(v1,v2);v4=sqrt.f64>f64(a2);v5=mul.f64>f64(c1,v4);v6=div.f64>f64(v3,v5);v7=lt.f64>b(v6,c2);v8=mul.f64>f64(c4,v6);v9=mul.f64>f64(v8,v6);v10=exp.f64>f64(v9);v11=mul.f64>f64(c3,v10);v12=abs.f64>f64(v6);v13=mul.f64>f64(c6,v12);v14=add.f64>f64(c5,v13);v15=div.f64>f64(c5,v14);v16=mul.f64>f64(v11,v15);v17=mul.f64>f64(v15,c11);v18=add.f64>f64(c10,v17);v19=mul.f64>f64(v15,v18);v20=add.f64>f64(c9,v19);v21=mul.f64>f64(v15,v20);v22=add.f64>f64(c8,v21);v23=mul.f64>f64(v15,v22);v24=add.f64>f64(c7,v23);v25=mul.f64>f64(v16,v24);v26=sub.f64>f64(c5,v25);v27=where.f64>f64(v7,v25,v26);v28=mul.f64>f64(a0,v27);v29=mul.f64>f64(c12,a2);v30=exp.f64>f64(v29);v31=mul.f64>f64(a1,v30);v32=sub.f64>f64(v6,v5);v33=lt.f64>b(v32,c2);v34=mul.f64>f64(c4,v32);v35=mul.f64>f64(v34,v32);v36=exp.f64>f64(v35);v37=mul.f64>f64(c3,v36);v38=abs.f64>f64(v32);v39=mul.f64>f64(c6,v38);v40=add.f64>f64(c5,v39);v41=div.f64>f64(c5,v40);v42=mul.f64>f64(v37,v41);v43=mul.f64>f64(v41,c11);v44=add.f64>f64(c10,v43);v45=mul.f64>f64(v41,v44);v46=add.f64>f64(c9,v45);v47=mul.f64>f64(v41,v46);v48=add.f64>f64(c8,v47);v49=mul.f64>f64(v41,v48);v50=add.f64>f64(c7,v49);v51=mul.f64>f64(v42,v50);v52=sub.f64>f64(c5,v51);v53=where.f64>f64(v33,v51,v52);v54=mul.f64>f64(v31,v53);v55=sub.f64>f64(v28,v54)|s:v55", k_ew56_f64_4ec8a136],
  ["r0|o:f64|i:f64c,f64c,f64c|c13|v0=div.f64>f64(a0,a1);v1=log.f64>f64(v0);v2=mul.f64>f64(c0,a2);v3=add.f64>f64(v1,v2);v4=sqrt.f64>f64(a2);v5=mul.f64>f64(c1,v4);v6=div.f64>f64(v3,v5);v7=lt.f64>b(v6,c2);v8=mul.f64>f64(c4,v6);v9=mul.f64>f64(v8,v6);v10=exp.f64>f64(v9);v11=mul.f64>f64(c3,v10);v12=abs.f64>f64(v6);v13=mul.f64>f64(c6,v12);v14=add.f64>f64(c5,v13);v15=div.f64>f64(c5,v14);v16=mul.f64>f64(v11,v15);v17=mul.f64>f64(v15,c11);v18=add.f64>f64(c10,v17);v19=mul.f64>f64(v15,v18);v20=add.f64>f64(c9,v19);v21=mul.f64>f64(v15,v20);v22=add.f64>f64(c8,v21);v23=mul.f64>f64(v15,v22);v24=add.f64>f64(c7,v23);v25=mul.f64>f64(v16,v24);v26=sub.f64>f64(c5,v25);v27=where.f64>f64(v7,v25,v26);v28=mul.f64>f64(a0,v27);v29=mul.f64>f64(c12,a2);v30=exp.f64>f64(v29);v31=mul.f64>f64(a1,v30);v32=sub.f64>f64(v6,v5);v33=lt.f64>b(v32,c2);v34=mul.f64>f64(c4,v32);v35=mul.f64>f64(v34,v32);v36=exp.f64>f64(v35);v37=mul.f64>f64(c3,v36);v38=abs.f64>f64(v32);v39=mul.f64>f64(c6,v38);v40=add.f64>f64(c5,v39);v41=div.f64>f64(c5,v40);v42=mul.f64>f64(v37,v41);v43=mul.f64>f64(v41,c11);v44=add.f64>f64(c10,v43);v45=mul.f64>f64(v41,v44);v46=add.f64>f64(c9,v45);v47=mul.f64>f64(v41,v46);v48=add.f64>f64(c8,v47);v49=mul.f64>f64(v41,v48);v50=add.f64>f64(c7,v49);v51=mul.f64>f64(v42,v50);v52=sub.f64>f64(c5,v51);v53=where.f64>f64(v33,v51,v52);v54=mul.f64>f64(v31,v53);v55=sub.f64>f64(v28,v54);v56=sub.f64>f64(v55,a0);v57=add.f64>f64(v56,v31)|s:v57", k_ew58_f64_d98a9f5a],
  ["r0|o:f64,f64|i:f64c,f64c,f64c|c13|v0=div.f64>f64(a0,a1);v1=log.f64>f64(v0);v2=mul.f64>f64(c0,a2);v3=add.f64>f64(v1,v2);v4=sqrt.f64>f64(a2);v5=mul.f64>f64(c1,v4);v6=div.f64>f64(v3,v5);v7=lt.f64>b(v6,c2);v8=mul.f64>f64(c4,v6);v9=mul.f64>f64(v8,v6);v10=exp.f64>f64(v9);v11=mul.f64>f64(c3,v10);v12=abs.f64>f64(v6);v13=mul.f64>f64(c6,v12);v14=add.f64>f64(c5,v13);v15=div.f64>f64(c5,v14);v16=mul.f64>f64(v11,v15);v17=mul.f64>f64(v15,c11);v18=add.f64>f64(c10,v17);v19=mul.f64>f64(v15,v18);v20=add.f64>f64(c9,v19);v21=mul.f64>f64(v15,v20);v22=add.f64>f64(c8,v21);v23=mul.f64>f64(v15,v22);v24=add.f64>f64(c7,v23);v25=mul.f64>f64(v16,v24);v26=sub.f64>f64(c5,v25);v27=where.f64>f64(v7,v25,v26);v28=mul.f64>f64(a0,v27);v29=mul.f64>f64(c12,a2);v30=exp.f64>f64(v29);v31=mul.f64>f64(a1,v30);v32=sub.f64>f64(v6,v5);v33=lt.f64>b(v32,c2);v34=mul.f64>f64(c4,v32);v35=mul.f64>f64(v34,v32);v36=exp.f64>f64(v35);v37=mul.f64>f64(c3,v36);v38=abs.f64>f64(v32);v39=mul.f64>f64(c6,v38);v40=add.f64>f64(c5,v39);v41=div.f64>f64(c5,v40);v42=mul.f64>f64(v37,v41);v43=mul.f64>f64(v41,c11);v44=add.f64>f64(c10,v43);v45=mul.f64>f64(v41,v44);v46=add.f64>f64(c9,v45);v47=mul.f64>f64(v41,v46);v48=add.f64>f64(c8,v47);v49=mul.f64>f64(v41,v48);v50=add.f64>f64(c7,v49);v51=mul.f64>f64(v42,v50);v52=sub.f64>f64(c5,v51);v53=where.f64>f64(v33,v51,v52);v54=mul.f64>f64(v31,v53);v55=sub.f64>f64(v28,v54);v56=sub.f64>f64(v55,a0);v57=add.f64>f64(v56,v31)|s:v55,v57", k_ew58_f64_585ee072],
  ["r1|red1:r0=sumf>f64(a0)|o:f64|i:f64si|c1|v0=div.f64>f64(r0,c0)|s:v0", k_sum_ew1_f64_3c1b2d39],
  ["r0|o:f32|i:f32c,f32c,f32c|c13|v0=div.f32>f32(a0,a1);v1=log.f32>f32(v0);v2=mul.f32>f32(c0,a2);v3=add.f32>f32(v1,v2);v4=sqrt.f32>f32(a2);v5=mul.f32>f32(c1,v4);v6=div.f32>f32(v3,v5);v7=lt.f32>b(v6,c2);v8=mul.f32>f32(c4,v6);v9=mul.f32>f32(v8,v6);v10=exp.f32>f32(v9);v11=mul.f32>f32(c3,v10);v12=abs.f32>f32(v6);v13=mul.f32>f32(c6,v12);v14=add.f32>f32(c5,v13);v15=div.f32>f32(c5,v14);v16=mul.f32>f32(v11,v15);v17=mul.f32>f32(v15,c11);v18=add.f32>f32(c10,v17);v19=mul.f32>f32(v15,v18);v20=add.f32>f32(c9,v19);v21=mul.f32>f32(v15,v20);v22=add.f32>f32(c8,v21);v23=mul.f32>f32(v15,v22);v24=add.f32>f32(c7,v23);v25=mul.f32>f32(v16,v24);v26=sub.f32>f32(c5,v25);v27=where.f32>f32(v7,v25,v26);v28=mul.f32>f32(a0,v27);v29=mul.f32>f32(c12,a2);v30=exp.f32>f32(v29);v31=mul.f32>f32(a1,v30);v32=sub.f32>f32(v6,v5);v33=lt.f32>b(v32,c2);v34=mul.f32>f32(c4,v32);v35=mul.f32>f32(v34,v32);v36=exp.f32>f32(v35);v37=mul.f32>f32(c3,v36);v38=abs.f32>f32(v32);v39=mul.f32>f32(c6,v38);v40=add.f32>f32(c5,v39);v41=div.f32>f32(c5,v40);v42=mul.f32>f32(v37,v41);v43=mul.f32>f32(v41,c11);v44=add.f32>f32(c10,v43);v45=mul.f32>f32(v41,v44);v46=add.f32>f32(c9,v45);v47=mul.f32>f32(v41,v46);v48=add.f32>f32(c8,v47);v49=mul.f32>f32(v41,v48);v50=add.f32>f32(c7,v49);v51=mul.f32>f32(v42,v50);v52=sub.f32>f32(c5,v51);v53=where.f32>f32(v33,v51,v52);v54=mul.f32>f32(v31,v53);v55=sub.f32>f32(v28,v54)|s:v55", k_ew56_f32_73339cfa],
  ["r1|red1:r0=maxf>f64(a0)|o:f64|i:f64si|c0||s:r0", k_max_f64_80f87e43],
];

registerKernels(5, KERNELS);
