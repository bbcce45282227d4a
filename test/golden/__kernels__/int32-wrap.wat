;; k_ew3_i32_4e61171a
;; fuses: mul %0, add %1, mod %2
;; outputs: i32; inputs: i32
;; cache key: r0|o:i32|i:i32c|c2|v0=mul.i32>i32(a0,a0);v1=add.i32>i32(v0,c0);v2=mod.i32>i32(v1,c1)|s:v2
(module
  (import "env" "memory" (memory 1 65536 shared))
  (import "env" "mod_i32" (func $0 (param f64) (param f64) (result f64)))
  (func (export "k_ew3_i32_4e61171a") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 f64)
    (local $6 f64)
    (local $7 i32)
    (local $8 i32)
    (local $9 i32)
    (local $10 i32)
    (local $11 i32)
    (local $12 i32)
    (local $13 i32)
    local.get 2
    i32.load align=4
    local.set 3
    local.get 2
    i32.load offset=4 align=4
    local.set 4
    local.get 2
    f64.load offset=8 align=8
    local.set 5
    local.get 2
    f64.load offset=16 align=8
    local.set 6
    local.get 0
    local.set 7
    local.get 5
    i32.trunc_f64_s
    local.set 10
    local.get 6
    i32.trunc_f64_s
    local.set 12
    block
      loop
        local.get 7
        local.get 1
        i32.ge_s
        br_if 1
        local.get 4
        local.get 7
        i32.const 2
        i32.shl
        i32.add
        i32.load align=4
        local.set 8
        local.get 8
        local.get 8
        i32.mul
        local.set 9
        local.get 9
        local.get 10
        i32.add
        local.set 11
        local.get 11
        f64.convert_i32_s
        local.get 12
        f64.convert_i32_s
        call 0
        i32.trunc_f64_s
        local.set 13
        local.get 3
        local.get 7
        i32.const 2
        i32.shl
        i32.add
        local.get 13
        i32.store align=4
        local.get 7
        i32.const 1
        i32.add
        local.set 7
        br 0
      end
    end
  )
)
