;; k_ew3_f32_d3f29427
;; fuses: mul %0, add %1, sqrt %2
;; outputs: f32; inputs: f32
;; cache key: r0|o:f32|i:f32c|c2|v0=mul.f32>f32(a0,c0);v1=add.f32>f32(v0,c1);v2=sqrt.f32>f32(v1)|s:v2
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_ew3_f32_d3f29427") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 f64)
    (local $6 f64)
    (local $7 i32)
    (local $8 i32)
    (local $9 v128)
    (local $10 v128)
    (local $11 v128)
    (local $12 v128)
    (local $13 v128)
    (local $14 v128)
    (local $15 v128)
    (local $16 v128)
    (local $17 v128)
    (local $18 v128)
    (local $19 v128)
    (local $20 v128)
    (local $21 v128)
    (local $22 v128)
    (local $23 v128)
    (local $24 v128)
    (local $25 v128)
    (local $26 v128)
    (local $27 v128)
    (local $28 v128)
    (local $29 v128)
    (local $30 v128)
    (local $31 f32)
    (local $32 f32)
    (local $33 f32)
    (local $34 f32)
    (local $35 f32)
    (local $36 f32)
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
    f32.demote_f64
    f32x4.splat
    local.set 10
    local.get 6
    f32.demote_f64
    f32x4.splat
    local.set 12
    local.get 5
    f32.demote_f64
    local.set 32
    local.get 6
    f32.demote_f64
    local.set 34
    block
      loop
        local.get 7
        i32.const 16
        i32.add
        local.get 1
        i32.gt_s
        br_if 1
        local.get 7
        i32.const 2
        i32.shl
        local.set 8
        local.get 4
        local.get 8
        i32.add
        v128.load align=8
        local.set 9
        local.get 9
        local.get 10
        f32x4.mul
        local.set 11
        local.get 11
        local.get 12
        f32x4.add
        local.set 13
        local.get 13
        f32x4.sqrt
        local.set 14
        local.get 3
        local.get 8
        i32.add
        local.get 14
        v128.store align=8
        local.get 4
        local.get 8
        i32.add
        v128.load offset=16 align=8
        local.set 15
        local.get 15
        local.get 10
        f32x4.mul
        local.set 16
        local.get 16
        local.get 12
        f32x4.add
        local.set 17
        local.get 17
        f32x4.sqrt
        local.set 18
        local.get 3
        local.get 8
        i32.add
        local.get 18
        v128.store offset=16 align=8
        local.get 4
        local.get 8
        i32.add
        v128.load offset=32 align=8
        local.set 19
        local.get 19
        local.get 10
        f32x4.mul
        local.set 20
        local.get 20
        local.get 12
        f32x4.add
        local.set 21
        local.get 21
        f32x4.sqrt
        local.set 22
        local.get 3
        local.get 8
        i32.add
        local.get 22
        v128.store offset=32 align=8
        local.get 4
        local.get 8
        i32.add
        v128.load offset=48 align=8
        local.set 23
        local.get 23
        local.get 10
        f32x4.mul
        local.set 24
        local.get 24
        local.get 12
        f32x4.add
        local.set 25
        local.get 25
        f32x4.sqrt
        local.set 26
        local.get 3
        local.get 8
        i32.add
        local.get 26
        v128.store offset=48 align=8
        local.get 7
        i32.const 16
        i32.add
        local.set 7
        br 0
      end
    end
    block
      loop
        local.get 7
        i32.const 4
        i32.add
        local.get 1
        i32.gt_s
        br_if 1
        local.get 7
        i32.const 2
        i32.shl
        local.set 8
        local.get 4
        local.get 8
        i32.add
        v128.load align=8
        local.set 27
        local.get 27
        local.get 10
        f32x4.mul
        local.set 28
        local.get 28
        local.get 12
        f32x4.add
        local.set 29
        local.get 29
        f32x4.sqrt
        local.set 30
        local.get 3
        local.get 8
        i32.add
        local.get 30
        v128.store align=8
        local.get 7
        i32.const 4
        i32.add
        local.set 7
        br 0
      end
    end
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
        f32.load align=4
        local.set 31
        local.get 31
        local.get 32
        f32.mul
        local.set 33
        local.get 33
        local.get 34
        f32.add
        local.set 35
        local.get 35
        f32.sqrt
        local.set 36
        local.get 3
        local.get 7
        i32.const 2
        i32.shl
        i32.add
        local.get 36
        f32.store align=4
        local.get 7
        i32.const 1
        i32.add
        local.set 7
        br 0
      end
    end
  )
)
