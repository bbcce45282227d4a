;; k_ew3_f64_8ba7be0f
;; fuses: gt %0, neg %1, where %2
;; outputs: f64; inputs: f64, f64
;; cache key: r0|o:f64|i:f64c,f64c|c1|v0=gt.f64>b(a0,c0);v1=neg.f64>f64(a1);v2=where.f64>f64(v0,a0,v1)|s:v2
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_ew3_f64_8ba7be0f") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 i32)
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
    (local $31 v128)
    (local $32 v128)
    (local $33 v128)
    (local $34 v128)
    (local $35 f64)
    (local $36 f64)
    (local $37 i32)
    (local $38 f64)
    (local $39 f64)
    (local $40 f64)
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
    f64.load offset=16 align=8
    local.set 6
    local.get 0
    local.set 7
    local.get 6
    f64x2.splat
    local.set 10
    local.get 6
    local.set 36
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
        local.get 4
        local.get 8
        i32.add
        v128.load align=8
        local.set 9
        local.get 9
        local.get 10
        f64x2.gt
        local.set 11
        local.get 5
        local.get 8
        i32.add
        v128.load align=8
        local.set 12
        local.get 12
        f64x2.neg
        local.set 13
        local.get 9
        local.get 13
        local.get 11
        v128.bitselect
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
        f64x2.gt
        local.set 16
        local.get 5
        local.get 8
        i32.add
        v128.load offset=16 align=8
        local.set 17
        local.get 17
        f64x2.neg
        local.set 18
        local.get 15
        local.get 18
        local.get 16
        v128.bitselect
        local.set 19
        local.get 3
        local.get 8
        i32.add
        local.get 19
        v128.store offset=16 align=8
        local.get 4
        local.get 8
        i32.add
        v128.load offset=32 align=8
        local.set 20
        local.get 20
        local.get 10
        f64x2.gt
        local.set 21
        local.get 5
        local.get 8
        i32.add
        v128.load offset=32 align=8
        local.set 22
        local.get 22
        f64x2.neg
        local.set 23
        local.get 20
        local.get 23
        local.get 21
        v128.bitselect
        local.set 24
        local.get 3
        local.get 8
        i32.add
        local.get 24
        v128.store offset=32 align=8
        local.get 4
        local.get 8
        i32.add
        v128.load offset=48 align=8
        local.set 25
        local.get 25
        local.get 10
        f64x2.gt
        local.set 26
        local.get 5
        local.get 8
        i32.add
        v128.load offset=48 align=8
        local.set 27
        local.get 27
        f64x2.neg
        local.set 28
        local.get 25
        local.get 28
        local.get 26
        v128.bitselect
        local.set 29
        local.get 3
        local.get 8
        i32.add
        local.get 29
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
        local.get 4
        local.get 8
        i32.add
        v128.load align=8
        local.set 30
        local.get 30
        local.get 10
        f64x2.gt
        local.set 31
        local.get 5
        local.get 8
        i32.add
        v128.load align=8
        local.set 32
        local.get 32
        f64x2.neg
        local.set 33
        local.get 30
        local.get 33
        local.get 31
        v128.bitselect
        local.set 34
        local.get 3
        local.get 8
        i32.add
        local.get 34
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
        local.get 4
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 35
        local.get 35
        local.get 36
        f64.gt
        local.set 37
        local.get 5
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 38
        local.get 38
        f64.neg
        local.set 39
        local.get 35
        local.get 39
        local.get 37
        select
        local.set 40
        local.get 3
        local.get 7
        i32.const 3
        i32.shl
        i32.add
        local.get 40
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
