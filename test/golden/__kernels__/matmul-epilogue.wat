;; k_scopy_f64_c7c10f7b
;; fuses: (copy)
;; outputs: f64; inputs: f64 strided
;; cache key: r2|o:f64|i:f64s|c0||s:a0
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_scopy_f64_c7c10f7b") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 i32)
    (local $6 i32)
    (local $7 i32)
    (local $8 i32)
    (local $9 i32)
    (local $10 i32)
    (local $11 i32)
    (local $12 i32)
    (local $13 i32)
    (local $14 i32)
    (local $15 i32)
    (local $16 i32)
    (local $17 v128)
    (local $18 f64)
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
    local.get 0
    local.set 10
    i32.const 1
    local.set 14
    local.get 14
    local.get 9
    i32.const 1
    i32.eq
    i32.and
    local.set 14
    block
      loop
        local.get 10
        local.get 1
        i32.ge_s
        br_if 1
        local.get 10
        local.set 11
        local.get 7
        local.set 13
        local.get 11
        local.get 6
        i32.rem_u
        local.set 15
        local.get 11
        local.get 6
        i32.div_u
        local.set 11
        local.get 13
        local.get 15
        local.get 9
        i32.mul
        i32.add
        local.set 13
        local.get 10
        local.get 6
        i32.add
        local.get 15
        i32.sub
        local.set 12
        local.get 12
        local.get 1
        local.get 12
        local.get 1
        i32.lt_s
        select
        local.set 12
        local.get 11
        local.set 16
        local.get 13
        local.get 16
        local.get 8
        i32.mul
        i32.add
        local.set 13
        local.get 14
        if
          block
            loop
              local.get 10
              i32.const 2
              i32.add
              local.get 12
              i32.gt_s
              br_if 1
              local.get 4
              local.get 13
              i32.const 3
              i32.shl
              i32.add
              v128.load align=8
              local.set 17
              local.get 3
              local.get 10
              i32.const 3
              i32.shl
              i32.add
              local.get 17
              v128.store align=8
              local.get 13
              i32.const 2
              i32.add
              local.set 13
              local.get 10
              i32.const 2
              i32.add
              local.set 10
              br 0
            end
          end
        end
        block
          loop
            local.get 10
            local.get 12
            i32.ge_s
            br_if 1
            local.get 4
            local.get 13
            i32.const 3
            i32.shl
            i32.add
            f64.load align=8
            local.set 18
            local.get 3
            local.get 10
            i32.const 3
            i32.shl
            i32.add
            local.get 18
            f64.store align=8
            local.get 13
            local.get 9
            i32.add
            local.set 13
            local.get 10
            i32.const 1
            i32.add
            local.set 10
            br 0
          end
        end
        br 0
      end
    end
  )
)

;; k_matmul_ew2_f64_9ec5fd31
;; fuses: matmul %0, mul %1, add %2
;; outputs: f64; inputs: f64 strided, f64 strided
;; cache key: r1|o:f64|i:f64s:operand,f64s:operand|c2|v0=mul.f64>f64(mm0,c0);v1=add.f64>f64(v0,c1)|s:v1|mm>f64(a0,a1)
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_matmul_ew2_f64_9ec5fd31") (param $0 i32) (param $1 i32) (param $2 i32)
    (local $3 i32)
    (local $4 i32)
    (local $5 i32)
    (local $6 i32)
    (local $7 i32)
    (local $8 i32)
    (local $9 i32)
    (local $10 i32)
    (local $11 i32)
    (local $12 i32)
    (local $13 i32)
    (local $14 i32)
    (local $15 i32)
    (local $16 f64)
    (local $17 f64)
    (local $18 i32)
    (local $19 i32)
    (local $20 i32)
    (local $21 i32)
    (local $22 i32)
    (local $23 i32)
    (local $24 i32)
    (local $25 i32)
    (local $26 i32)
    (local $27 i32)
    (local $28 i32)
    (local $29 i32)
    (local $30 i32)
    (local $31 i32)
    (local $32 i32)
    (local $33 i32)
    (local $34 i32)
    (local $35 i32)
    (local $36 i32)
    (local $37 v128)
    (local $38 f64)
    (local $39 v128)
    (local $40 v128)
    (local $41 f64)
    (local $42 v128)
    (local $43 v128)
    (local $44 v128)
    (local $45 v128)
    (local $46 v128)
    (local $47 v128)
    (local $48 v128)
    (local $49 v128)
    (local $50 f64)
    (local $51 f64)
    (local $52 f64)
    (local $53 f64)
    (local $54 i32)
    (local $55 i32)
    (local $56 f64)
    (local $57 i32)
    (local $58 f64)
    (local $59 f64)
    (local $60 f64)
    (local $61 f64)
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
    i32.load offset=28 align=4
    local.set 10
    local.get 2
    i32.load offset=32 align=4
    local.set 11
    local.get 2
    i32.load offset=36 align=4
    local.set 12
    local.get 2
    i32.load offset=40 align=4
    local.set 13
    local.get 2
    i32.load offset=44 align=4
    local.set 14
    local.get 2
    i32.load offset=48 align=4
    local.set 15
    local.get 2
    f64.load offset=56 align=8
    local.set 16
    local.get 2
    f64.load offset=64 align=8
    local.set 17
    local.get 0
    local.set 18
    local.get 12
    i32.const 3
    i32.shl
    local.set 35
    local.get 15
    i32.const 3
    i32.shl
    local.set 36
    local.get 16
    local.set 58
    local.get 17
    local.set 60
    block
      loop
        local.get 18
        local.get 1
        i32.ge_s
        br_if 1
        local.get 18
        local.get 6
        i32.div_u
        local.set 19
        local.get 18
        local.get 19
        local.get 6
        i32.mul
        i32.sub
        local.set 20
        i32.const 4
        i32.const 1
        local.get 1
        local.get 18
        i32.sub
        i32.const 4
        i32.ge_s
        local.get 6
        local.get 20
        i32.sub
        i32.const 4
        i32.ge_s
        i32.and
        select
        local.set 21
        local.get 4
        local.get 9
        local.get 19
        local.get 10
        i32.mul
        i32.add
        local.get 20
        i32.const 0
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 25
        local.get 4
        local.get 9
        local.get 19
        local.get 10
        i32.mul
        i32.add
        local.get 20
        i32.const 1
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 26
        local.get 4
        local.get 9
        local.get 19
        local.get 10
        i32.mul
        i32.add
        local.get 20
        i32.const 2
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 27
        local.get 4
        local.get 9
        local.get 19
        local.get 10
        i32.mul
        i32.add
        local.get 20
        i32.const 3
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 28
        local.get 5
        local.get 13
        local.get 19
        local.get 14
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 33
        i32.const 0
        local.set 23
        block
          loop
            local.get 23
            local.get 8
            i32.ge_s
            br_if 1
            local.get 21
            i32.const 4
            i32.eq
            if
              local.get 8
              local.get 23
              i32.sub
              i32.const 4
              i32.ge_s
              if
                local.get 25
                local.set 29
                f64.const 0
                f64x2.splat
                local.set 42
                f64.const 0
                f64x2.splat
                local.set 43
                local.get 26
                local.set 30
                f64.const 0
                f64x2.splat
                local.set 44
                f64.const 0
                f64x2.splat
                local.set 45
                local.get 27
                local.set 31
                f64.const 0
                f64x2.splat
                local.set 46
                f64.const 0
                f64x2.splat
                local.set 47
                local.get 28
                local.set 32
                f64.const 0
                f64x2.splat
                local.set 48
                f64.const 0
                f64x2.splat
                local.set 49
                local.get 33
                local.get 23
                i32.const 3
                i32.shl
                i32.add
                local.set 34
                local.get 7
                local.set 24
                block
                  loop
                    local.get 24
                    i32.eqz
                    br_if 1
                    local.get 34
                    v128.load align=8
                    local.set 39
                    local.get 34
                    v128.load offset=16 align=8
                    local.set 40
                    local.get 29
                    v128.load64_splat align=8
                    local.set 37
                    local.get 42
                    local.get 37
                    local.get 39
                    f64x2.mul
                    f64x2.add
                    local.set 42
                    local.get 43
                    local.get 37
                    local.get 40
                    f64x2.mul
                    f64x2.add
                    local.set 43
                    local.get 29
                    local.get 35
                    i32.add
                    local.set 29
                    local.get 30
                    v128.load64_splat align=8
                    local.set 37
                    local.get 44
                    local.get 37
                    local.get 39
                    f64x2.mul
                    f64x2.add
                    local.set 44
                    local.get 45
                    local.get 37
                    local.get 40
                    f64x2.mul
                    f64x2.add
                    local.set 45
                    local.get 30
                    local.get 35
                    i32.add
                    local.set 30
                    local.get 31
                    v128.load64_splat align=8
                    local.set 37
                    local.get 46
                    local.get 37
                    local.get 39
                    f64x2.mul
                    f64x2.add
                    local.set 46
                    local.get 47
                    local.get 37
                    local.get 40
                    f64x2.mul
                    f64x2.add
                    local.set 47
                    local.get 31
                    local.get 35
                    i32.add
                    local.set 31
                    local.get 32
                    v128.load64_splat align=8
                    local.set 37
                    local.get 48
                    local.get 37
                    local.get 39
                    f64x2.mul
                    f64x2.add
                    local.set 48
                    local.get 49
                    local.get 37
                    local.get 40
                    f64x2.mul
                    f64x2.add
                    local.set 49
                    local.get 32
                    local.get 35
                    i32.add
                    local.set 32
                    local.get 34
                    local.get 36
                    i32.add
                    local.set 34
                    local.get 24
                    i32.const 1
                    i32.sub
                    local.set 24
                    br 0
                  end
                end
                local.get 2
                local.get 42
                v128.store offset=72 align=8
                local.get 2
                local.get 43
                v128.store offset=88 align=8
                local.get 2
                local.get 44
                v128.store offset=104 align=8
                local.get 2
                local.get 45
                v128.store offset=120 align=8
                local.get 2
                local.get 46
                v128.store offset=136 align=8
                local.get 2
                local.get 47
                v128.store offset=152 align=8
                local.get 2
                local.get 48
                v128.store offset=168 align=8
                local.get 2
                local.get 49
                v128.store offset=184 align=8
                i32.const 4
                local.set 22
              else
                local.get 8
                local.get 23
                i32.sub
                i32.const 2
                i32.ge_s
                if
                  local.get 25
                  local.set 29
                  f64.const 0
                  f64x2.splat
                  local.set 42
                  local.get 26
                  local.set 30
                  f64.const 0
                  f64x2.splat
                  local.set 44
                  local.get 27
                  local.set 31
                  f64.const 0
                  f64x2.splat
                  local.set 46
                  local.get 28
                  local.set 32
                  f64.const 0
                  f64x2.splat
                  local.set 48
                  local.get 33
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 34
                  local.get 7
                  local.set 24
                  block
                    loop
                      local.get 24
                      i32.eqz
                      br_if 1
                      local.get 34
                      v128.load align=8
                      local.set 39
                      local.get 29
                      v128.load64_splat align=8
                      local.set 37
                      local.get 42
                      local.get 37
                      local.get 39
                      f64x2.mul
                      f64x2.add
                      local.set 42
                      local.get 29
                      local.get 35
                      i32.add
                      local.set 29
                      local.get 30
                      v128.load64_splat align=8
                      local.set 37
                      local.get 44
                      local.get 37
                      local.get 39
                      f64x2.mul
                      f64x2.add
                      local.set 44
                      local.get 30
                      local.get 35
                      i32.add
                      local.set 30
                      local.get 31
                      v128.load64_splat align=8
                      local.set 37
                      local.get 46
                      local.get 37
                      local.get 39
                      f64x2.mul
                      f64x2.add
                      local.set 46
                      local.get 31
                      local.get 35
                      i32.add
                      local.set 31
                      local.get 32
                      v128.load64_splat align=8
                      local.set 37
                      local.get 48
                      local.get 37
                      local.get 39
                      f64x2.mul
                      f64x2.add
                      local.set 48
                      local.get 32
                      local.get 35
                      i32.add
                      local.set 32
                      local.get 34
                      local.get 36
                      i32.add
                      local.set 34
                      local.get 24
                      i32.const 1
                      i32.sub
                      local.set 24
                      br 0
                    end
                  end
                  local.get 2
                  local.get 42
                  v128.store offset=72 align=8
                  local.get 2
                  local.get 44
                  v128.store offset=104 align=8
                  local.get 2
                  local.get 46
                  v128.store offset=136 align=8
                  local.get 2
                  local.get 48
                  v128.store offset=168 align=8
                  i32.const 2
                  local.set 22
                else
                  local.get 25
                  local.set 29
                  f64.const 0
                  local.set 50
                  local.get 26
                  local.set 30
                  f64.const 0
                  local.set 51
                  local.get 27
                  local.set 31
                  f64.const 0
                  local.set 52
                  local.get 28
                  local.set 32
                  f64.const 0
                  local.set 53
                  local.get 33
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 34
                  local.get 7
                  local.set 24
                  block
                    loop
                      local.get 24
                      i32.eqz
                      br_if 1
                      local.get 34
                      f64.load align=8
                      local.set 41
                      local.get 29
                      f64.load align=8
                      local.set 38
                      local.get 50
                      local.get 38
                      local.get 41
                      f64.mul
                      f64.add
                      local.set 50
                      local.get 29
                      local.get 35
                      i32.add
                      local.set 29
                      local.get 30
                      f64.load align=8
                      local.set 38
                      local.get 51
                      local.get 38
                      local.get 41
                      f64.mul
                      f64.add
                      local.set 51
                      local.get 30
                      local.get 35
                      i32.add
                      local.set 30
                      local.get 31
                      f64.load align=8
                      local.set 38
                      local.get 52
                      local.get 38
                      local.get 41
                      f64.mul
                      f64.add
                      local.set 52
                      local.get 31
                      local.get 35
                      i32.add
                      local.set 31
                      local.get 32
                      f64.load align=8
                      local.set 38
                      local.get 53
                      local.get 38
                      local.get 41
                      f64.mul
                      f64.add
                      local.set 53
                      local.get 32
                      local.get 35
                      i32.add
                      local.set 32
                      local.get 34
                      local.get 36
                      i32.add
                      local.set 34
                      local.get 24
                      i32.const 1
                      i32.sub
                      local.set 24
                      br 0
                    end
                  end
                  local.get 2
                  local.get 50
                  f64.store offset=72 align=8
                  local.get 2
                  local.get 51
                  f64.store offset=104 align=8
                  local.get 2
                  local.get 52
                  f64.store offset=136 align=8
                  local.get 2
                  local.get 53
                  f64.store offset=168 align=8
                  i32.const 1
                  local.set 22
                end
              end
            else
              local.get 8
              local.get 23
              i32.sub
              i32.const 4
              i32.ge_s
              if
                local.get 25
                local.set 29
                f64.const 0
                f64x2.splat
                local.set 42
                f64.const 0
                f64x2.splat
                local.set 43
                local.get 33
                local.get 23
                i32.const 3
                i32.shl
                i32.add
                local.set 34
                local.get 7
                local.set 24
                block
                  loop
                    local.get 24
                    i32.eqz
                    br_if 1
                    local.get 34
                    v128.load align=8
                    local.set 39
                    local.get 34
                    v128.load offset=16 align=8
                    local.set 40
                    local.get 29
                    v128.load64_splat align=8
                    local.set 37
                    local.get 42
                    local.get 37
                    local.get 39
                    f64x2.mul
                    f64x2.add
                    local.set 42
                    local.get 43
                    local.get 37
                    local.get 40
                    f64x2.mul
                    f64x2.add
                    local.set 43
                    local.get 29
                    local.get 35
                    i32.add
                    local.set 29
                    local.get 34
                    local.get 36
                    i32.add
                    local.set 34
                    local.get 24
                    i32.const 1
                    i32.sub
                    local.set 24
                    br 0
                  end
                end
                local.get 2
                local.get 42
                v128.store offset=72 align=8
                local.get 2
                local.get 43
                v128.store offset=88 align=8
                i32.const 4
                local.set 22
              else
                local.get 8
                local.get 23
                i32.sub
                i32.const 2
                i32.ge_s
                if
                  local.get 25
                  local.set 29
                  f64.const 0
                  f64x2.splat
                  local.set 42
                  local.get 33
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 34
                  local.get 7
                  local.set 24
                  block
                    loop
                      local.get 24
                      i32.eqz
                      br_if 1
                      local.get 34
                      v128.load align=8
                      local.set 39
                      local.get 29
                      v128.load64_splat align=8
                      local.set 37
                      local.get 42
                      local.get 37
                      local.get 39
                      f64x2.mul
                      f64x2.add
                      local.set 42
                      local.get 29
                      local.get 35
                      i32.add
                      local.set 29
                      local.get 34
                      local.get 36
                      i32.add
                      local.set 34
                      local.get 24
                      i32.const 1
                      i32.sub
                      local.set 24
                      br 0
                    end
                  end
                  local.get 2
                  local.get 42
                  v128.store offset=72 align=8
                  i32.const 2
                  local.set 22
                else
                  local.get 25
                  local.set 29
                  f64.const 0
                  local.set 50
                  local.get 33
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 34
                  local.get 7
                  local.set 24
                  block
                    loop
                      local.get 24
                      i32.eqz
                      br_if 1
                      local.get 34
                      f64.load align=8
                      local.set 41
                      local.get 29
                      f64.load align=8
                      local.set 38
                      local.get 50
                      local.get 38
                      local.get 41
                      f64.mul
                      f64.add
                      local.set 50
                      local.get 29
                      local.get 35
                      i32.add
                      local.set 29
                      local.get 34
                      local.get 36
                      i32.add
                      local.set 34
                      local.get 24
                      i32.const 1
                      i32.sub
                      local.set 24
                      br 0
                    end
                  end
                  local.get 2
                  local.get 50
                  f64.store offset=72 align=8
                  i32.const 1
                  local.set 22
                end
              end
            end
            i32.const 0
            local.set 54
            block
              loop
                local.get 54
                local.get 21
                i32.ge_s
                br_if 1
                i32.const 0
                local.set 55
                block
                  loop
                    local.get 55
                    local.get 22
                    i32.ge_s
                    br_if 1
                    local.get 2
                    local.get 54
                    i32.const 4
                    i32.mul
                    local.get 55
                    i32.add
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    local.set 56
                    local.get 56
                    local.get 58
                    f64.mul
                    local.set 59
                    local.get 59
                    local.get 60
                    f64.add
                    local.set 61
                    local.get 18
                    local.get 54
                    i32.add
                    local.get 8
                    i32.mul
                    local.get 23
                    i32.add
                    local.get 55
                    i32.add
                    local.set 57
                    local.get 3
                    local.get 57
                    i32.const 3
                    i32.shl
                    i32.add
                    local.get 61
                    f64.store align=8
                    local.get 55
                    i32.const 1
                    i32.add
                    local.set 55
                    br 0
                  end
                end
                local.get 54
                i32.const 1
                i32.add
                local.set 54
                br 0
              end
            end
            local.get 23
            local.get 22
            i32.add
            local.set 23
            br 0
          end
        end
        local.get 18
        local.get 21
        i32.add
        local.set 18
        br 0
      end
    end
  )
)
