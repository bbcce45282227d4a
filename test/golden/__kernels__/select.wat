;; k_compress_f64_76ba65f6
;; fuses: gt %0
;; outputs: f64; inputs: f64, f64
;; cache key: r0|o:f64|i:f64c,f64c|c1|v0=gt.f64>b(a1,c0)|s:a0 if v0
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_compress_f64_76ba65f6") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 i32)
    (local $6 i32)
    (local $7 i32)
    (local $8 f64)
    (local $9 i32)
    (local $10 f64)
    (local $11 f64)
    (local $12 i32)
    (local $13 f64)
    local.get 2
    i32.load align=4
    local.set 3
    local.get 2
    i32.load offset=4 align=4
    local.set 4
    local.get 2
    i32.load offset=8 align=4
    local.set 5
    local.get 2
    i32.load offset=12 align=4
    local.set 6
    local.get 2
    f64.load offset=24 align=8
    i32.trunc_f64_s
    local.set 7
    local.get 2
    f64.load offset=16 align=8
    local.set 8
    local.get 0
    local.set 9
    local.get 8
    local.set 11
    block
      loop
        local.get 9
        local.get 1
        i32.ge_s
        br_if 1
        local.get 5
        local.get 9
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 10
        local.get 10
        local.get 11
        f64.gt
        local.set 12
        local.get 4
        local.get 9
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 13
        local.get 7
        local.get 6
        i32.lt_u
        if
          local.get 3
          local.get 7
          i32.const 3
          i32.shl
          i32.add
          local.get 13
          f64.store align=8
        end
        local.get 7
        local.get 12
        i32.add
        local.set 7
        local.get 9
        i32.const 1
        i32.add
        local.set 9
        br 0
      end
    end
    local.get 2
    local.get 7
    f64.convert_i32_s
    f64.store offset=24 align=8
  )
)
