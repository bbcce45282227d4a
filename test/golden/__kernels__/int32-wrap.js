// k_ew3_i32_4e61171a
// fuses: mul %0, add %1, mod %2
// outputs: i32; inputs: i32
// cache key: r0|o:i32|i:i32c|c2|v0=mul.i32>i32(a0,a0);v1=add.i32>i32(v0,c0);v2=mod.i32>i32(v1,c1)|s:v2
function k_ew3_i32_4e61171a(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0], c1 = cst[1];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = imod(((Math.imul(a0[i], a0[i]) | 0) + c0) | 0, c1) | 0;
    o0[i + 1] = imod(((Math.imul(a0[i + 1], a0[i + 1]) | 0) + c0) | 0, c1) | 0;
    o0[i + 2] = imod(((Math.imul(a0[i + 2], a0[i + 2]) | 0) + c0) | 0, c1) | 0;
    o0[i + 3] = imod(((Math.imul(a0[i + 3], a0[i + 3]) | 0) + c0) | 0, c1) | 0;
    o0[i + 4] = imod(((Math.imul(a0[i + 4], a0[i + 4]) | 0) + c0) | 0, c1) | 0;
    o0[i + 5] = imod(((Math.imul(a0[i + 5], a0[i + 5]) | 0) + c0) | 0, c1) | 0;
    o0[i + 6] = imod(((Math.imul(a0[i + 6], a0[i + 6]) | 0) + c0) | 0, c1) | 0;
    o0[i + 7] = imod(((Math.imul(a0[i + 7], a0[i + 7]) | 0) + c0) | 0, c1) | 0;
  }
  for (; i < end; i++) {
    o0[i] = imod(((Math.imul(a0[i], a0[i]) | 0) + c0) | 0, c1) | 0;
  }
}
