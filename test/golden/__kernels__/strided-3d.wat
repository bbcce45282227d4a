;; k_sew1_f64_5ae2d54f
;; fuses: mul %0
;; outputs: f64; inputs: f64 strided
;; cache key: r2|o:f64|i:f64s|c1|v0=mul.f64>f64(a0,c0)|s:v0
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_sew1_f64_5ae2d54f") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 i32)
    (local $6 i32)
    (local $7 i32)
    (local $8 i32)
    (local $9 i32)
    (local $10 f64)
    (local $11 i32)
    (local $12 i32)
    (local $13 i32)
    (local $14 i32)
    (local $15 i32)
    (local $16 i32)
    (local $17 i32)
    (local $18 v128)
    (local $19 v128)
    (local $20 v128)
    (local $21 f64)
    (local $22 f64)
    (local $23 f64)
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
    i32.load offset=16 align=4
    local.set 7
    local.get 2
    i32.load offset=20 align=4
    local.set 8
    local.get 2
    i32.load offset=24 align=4
    local.set 9
    local.get 2
    f64.load offset=32 align=8
    local.set 10
    local.get 0
    local.set 11
    i32.const 1
    local.set 15
    local.get 15
    local.get 9
    i32.const 1
    i32.eq
    i32.and
    local.set 15
    local.get 10
    f64x2.splat
    local.set 19
    local.get 10
    local.set 22
    block
      loop
        local.get 11
        local.get 1
        i32.ge_s
        br_if 1
        local.get 11
        local.set 12
        local.get 7
        local.set 14
        local.get 12
        local.get 6
        i32.rem_u
        local.set 16
        local.get 12
        local.get 6
        i32.div_u
        local.set 12
        local.get 14
        local.get 16
        local.get 9
        i32.mul
        i32.add
        local.set 14
        local.get 11
        local.get 6
        i32.add
        local.get 16
        i32.sub
        local.set 13
        local.get 13
        local.get 1
        local.get 13
        local.get 1
        i32.lt_s
        select
        local.set 13
        local.get 12
        local.set 17
        local.get 14
        local.get 17
        local.get 8
        i32.mul
        i32.add
        local.set 14
        local.get 15
        if
          block
            loop
              local.get 11
              i32.const 2
              i32.add
              local.get 13
              i32.gt_s
              br_if 1
              local.get 4
              local.get 14
              i32.const 3
              i32.shl
              i32.add
              v128.load align=8
              local.set 18
              local.get 18
              local.get 19
              f64x2.mul
              local.set 20
              local.get 3
              local.get 11
              i32.const 3
              i32.shl
              i32.add
              local.get 20
              v128.store align=8
              local.get 14
              i32.const 2
              i32.add
              local.set 14
              local.get 11
              i32.const 2
              i32.add
              local.set 11
              br 0
            end
          end
        end
        block
          loop
            local.get 11
            local.get 13
            i32.ge_s
            br_if 1
            local.get 4
            local.get 14
            i32.const 3
            i32.shl
            i32.add
            f64.load align=8
            local.set 21
            local.get 21
            local.get 22
            f64.mul
            local.set 23
            local.get 3
            local.get 11
            i32.const 3
            i32.shl
            i32.add
            local.get 23
            f64.store align=8
            local.get 14
            local.get 9
            i32.add
            local.set 14
            local.get 11
            i32.const 1
            i32.add
            local.set 11
            br 0
          end
        end
        br 0
      end
    end
  )
)
