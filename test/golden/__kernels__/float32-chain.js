// k_ew3_f32_d3f29427
// fuses: mul %0, add %1, sqrt %2
// outputs: f32; inputs: f32
// cache key: r0|o:f32|i:f32c|c2|v0=mul.f32>f32(a0,c0);v1=add.f32>f32(v0,c1);v2=sqrt.f32>f32(v1)|s:v2
function k_ew3_f32_d3f29427(start, end, buf, cst, geo) {
  const o0 = buf[0], a0 = buf[1];
  const c0 = cst[0], c1 = cst[1];
  let i = start;
  for (; i + 8 <= end; i += 8) {
    o0[i] = Math.sqrt(Math.fround(Math.fround(a0[i] * c0) + c1));
    o0[i + 1] = Math.sqrt(Math.fround(Math.fround(a0[i + 1] * c0) + c1));
    o0[i + 2] = Math.sqrt(Math.fround(Math.fround(a0[i + 2] * c0) + c1));
    o0[i + 3] = Math.sqrt(Math.fround(Math.fround(a0[i + 3] * c0) + c1));
    o0[i + 4] = Math.sqrt(Math.fround(Math.fround(a0[i + 4] * c0) + c1));
    o0[i + 5] = Math.sqrt(Math.fround(Math.fround(a0[i + 5] * c0) + c1));
    o0[i + 6] = Math.sqrt(Math.fround(Math.fround(a0[i + 6] * c0) + c1));
    o0[i + 7] = Math.sqrt(Math.fround(Math.fround(a0[i + 7] * c0) + c1));
  }
  for (; i < end; i++) {
    o0[i] = Math.sqrt(Math.fround(Math.fround(a0[i] * c0) + c1));
  }
}
