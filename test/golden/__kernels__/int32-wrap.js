// k_ew3_i32_4e61171a
// fuses: mul %0, add %1, mod %2
// outputs: i32; inputs: i32
// cache key: r0|o:i32|i:i32c|c2|v0=mul.i32>i32(a0,a0);v1=add.i32>i32(v0,c0);v2=mod.i32>i32(v1,c1)|s:v2
function k_ew3_i32_4e61171a(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0], c1 = cst[1];
  for (let i = start; i < end; i++) {
    o0[i] = imod(((Math.imul(a0[i], a0[i]) | 0) + c0) | 0, c1) | 0;
  }
}
