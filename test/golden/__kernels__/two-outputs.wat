;; k_ew2_f64_a7b5b493
;; fuses: add %0, mul %1
;; outputs: f64, f64; inputs: f64, f64
;; cache key: r0|o:f64,f64|i:f64c,f64c|c0|v0=add.f64>f64(a0,a1);v1=mul.f64>f64(a0,a1)|s:v0,v1
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_ew2_f64_a7b5b493") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 i32)
    (local $6 i32)
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
    (local $29 f64)
    (local $30 f64)
    (local $31 f64)
    (local $32 f64)
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
    local.get 0
    local.set 7
    block
      loop
        local.get 7
        i32.const 8
        i32.add
        local.get 1
        i32.gt_s
        br_if 1
        local.get 7
        i32.const 3
        i32.shl
        local.set 8
        local.get 5
        local.get 8
        i32.add
        v128.load align=8
        local.set 9
        local.get 6
        local.get 8
        i32.add
        v128.load align=8
        local.set 10
        local.get 9
        local.get 10
        f64x2.add
        local.set 11
        local.get 9
        local.get 10
        f64x2.mul
        local.set 12
        local.get 3
        local.get 8
        i32.add
        local.get 11
        v128.store align=8
        local.get 4
        local.get 8
        i32.add
        local.get 12
        v128.store align=8
        local.get 5
        local.get 8
        i32.add
        v128.load offset=16 align=8
        local.set 13
        local.get 6
        local.get 8
        i32.add
        v128.load offset=16 align=8
        local.set 14
        local.get 13
        local.get 14
        f64x2.add
        local.set 15
        local.get 13
        local.get 14
        f64x2.mul
        local.set 16
        local.get 3
        local.get 8
        i32.add
        local.get 15
        v128.store offset=16 align=8
        local.get 4
        local.get 8
        i32.add
        local.get 16
        v128.store offset=16 align=8
        local.get 5
        local.get 8
        i32.add
        v128.load offset=32 align=8
        local.set 17
        local.get 6
        local.get 8
        i32.add
        v128.load offset=32 align=8
        local.set 18
        local.get 17
        local.get 18
        f64x2.add
        local.set 19
        local.get 17
        local.get 18
        f64x2.mul
        local.set 20
        local.get 3
        local.get 8
        i32.add
        local.get 19
        v128.store offset=32 align=8
        local.get 4
        local.get 8
        i32.add
        local.get 20
        v128.store offset=32 align=8
        local.get 5
        local.get 8
        i32.add
        v128.load offset=48 align=8
        local.set 21
        local.get 6
        local.get 8
        i32.add
        v128.load offset=48 align=8
        local.set 22
        local.get 21
        local.get 22
        f64x2.add
        local.set 23
        local.get 21
        local.get 22
        f64x2.mul
        local.set 24
        local.get 3
        local.get 8
        i32.add
        local.get 23
        v128.store offset=48 align=8
        local.get 4
        local.get 8
        i32.add
        local.get 24
        v128.store offset=48 align=8
        local.get 7
        i32.const 8
        i32.add
        local.set 7
        br 0
      end
    end
    block
      loop
        local.get 7
        i32.const 2
        i32.add
        local.get 1
        i32.gt_s
        br_if 1
        local.get 7
        i32.const 3
        i32.shl
        local.set 8
        local.get 5
        local.get 8
        i32.add
        v128.load align=8
        local.set 25
        local.get 6
        local.get 8
        i32.add
        v128.load align=8
        local.set 26
        local.get 25
        local.get 26
        f64x2.add
        local.set 27
        local.get 25
        local.get 26
        f64x2.mul
        local.set 28
        local.get 3
        local.get 8
        i32.add
        local.get 27
        v128.store align=8
        local.get 4
        local.get 8
        i32.add
        local.get 28
        v128.store align=8
        local.get 7
        i32.const 2
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
        local.get 5
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 29
        local.get 6
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 30
        local.get 29
        local.get 30
        f64.add
        local.set 31
        local.get 29
        local.get 30
        f64.mul
        local.set 32
        local.get 3
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        local.get 31
        f64.store align=8
        local.get 4
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        local.get 32
        f64.store align=8
        local.get 7
        i32.const 1
        i32.add
        local.set 7
        br 0
      end
    end
  )
)
