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

;; k_matmul_f64_5c4b8ce2
;; fuses: matmul %0
;; outputs: f64; inputs: f64 strided, f64 strided
;; cache key: r1|o:f64|i:f64s:operand,f64s:operand|c0||s:mm0|mm>f64(a0,a1)
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_matmul_f64_5c4b8ce2") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $17 i32)
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
    (local $35 v128)
    (local $36 f64)
    (local $37 v128)
    (local $38 v128)
    (local $39 f64)
    (local $40 v128)
    (local $41 v128)
    (local $42 v128)
    (local $43 v128)
    (local $44 v128)
    (local $45 v128)
    (local $46 v128)
    (local $47 v128)
    (local $48 f64)
    (local $49 f64)
    (local $50 f64)
    (local $51 f64)
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
    local.get 0
    local.set 16
    local.get 12
    i32.const 3
    i32.shl
    local.set 33
    local.get 15
    i32.const 3
    i32.shl
    local.set 34
    block
      loop
        local.get 16
        local.get 1
        i32.ge_s
        br_if 1
        local.get 16
        local.get 6
        i32.div_u
        local.set 17
        local.get 16
        local.get 17
        local.get 6
        i32.mul
        i32.sub
        local.set 18
        i32.const 4
        i32.const 1
        local.get 1
        local.get 16
        i32.sub
        i32.const 4
        i32.ge_s
        local.get 6
        local.get 18
        i32.sub
        i32.const 4
        i32.ge_s
        i32.and
        select
        local.set 19
        local.get 4
        local.get 9
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 0
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 23
        local.get 4
        local.get 9
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 1
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 24
        local.get 4
        local.get 9
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 2
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
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 3
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 26
        local.get 5
        local.get 13
        local.get 17
        local.get 14
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 31
        i32.const 0
        local.set 21
        block
          loop
            local.get 21
            local.get 8
            i32.ge_s
            br_if 1
            local.get 19
            i32.const 4
            i32.eq
            if
              local.get 8
              local.get 21
              i32.sub
              i32.const 4
              i32.ge_s
              if
                local.get 23
                local.set 27
                f64.const 0
                f64x2.splat
                local.set 40
                f64.const 0
                f64x2.splat
                local.set 41
                local.get 24
                local.set 28
                f64.const 0
                f64x2.splat
                local.set 42
                f64.const 0
                f64x2.splat
                local.set 43
                local.get 25
                local.set 29
                f64.const 0
                f64x2.splat
                local.set 44
                f64.const 0
                f64x2.splat
                local.set 45
                local.get 26
                local.set 30
                f64.const 0
                f64x2.splat
                local.set 46
                f64.const 0
                f64x2.splat
                local.set 47
                local.get 31
                local.get 21
                i32.const 3
                i32.shl
                i32.add
                local.set 32
                local.get 7
                local.set 22
                block
                  loop
                    local.get 22
                    i32.eqz
                    br_if 1
                    local.get 32
                    v128.load align=8
                    local.set 37
                    local.get 32
                    v128.load offset=16 align=8
                    local.set 38
                    local.get 27
                    v128.load64_splat align=8
                    local.set 35
                    local.get 40
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 40
                    local.get 41
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 41
                    local.get 27
                    local.get 33
                    i32.add
                    local.set 27
                    local.get 28
                    v128.load64_splat align=8
                    local.set 35
                    local.get 42
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 42
                    local.get 43
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 43
                    local.get 28
                    local.get 33
                    i32.add
                    local.set 28
                    local.get 29
                    v128.load64_splat align=8
                    local.set 35
                    local.get 44
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 44
                    local.get 45
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 45
                    local.get 29
                    local.get 33
                    i32.add
                    local.set 29
                    local.get 30
                    v128.load64_splat align=8
                    local.set 35
                    local.get 46
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 46
                    local.get 47
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 47
                    local.get 30
                    local.get 33
                    i32.add
                    local.set 30
                    local.get 32
                    local.get 34
                    i32.add
                    local.set 32
                    local.get 22
                    i32.const 1
                    i32.sub
                    local.set 22
                    br 0
                  end
                end
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 40
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 41
                v128.store offset=16 align=8
                local.get 3
                local.get 16
                i32.const 1
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 42
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 1
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 43
                v128.store offset=16 align=8
                local.get 3
                local.get 16
                i32.const 2
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 44
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 2
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 45
                v128.store offset=16 align=8
                local.get 3
                local.get 16
                i32.const 3
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 46
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 3
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 47
                v128.store offset=16 align=8
                i32.const 4
                local.set 20
              else
                local.get 8
                local.get 21
                i32.sub
                i32.const 2
                i32.ge_s
                if
                  local.get 23
                  local.set 27
                  f64.const 0
                  f64x2.splat
                  local.set 40
                  local.get 24
                  local.set 28
                  f64.const 0
                  f64x2.splat
                  local.set 42
                  local.get 25
                  local.set 29
                  f64.const 0
                  f64x2.splat
                  local.set 44
                  local.get 26
                  local.set 30
                  f64.const 0
                  f64x2.splat
                  local.set 46
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      v128.load align=8
                      local.set 37
                      local.get 27
                      v128.load64_splat align=8
                      local.set 35
                      local.get 40
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 40
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 28
                      v128.load64_splat align=8
                      local.set 35
                      local.get 42
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 42
                      local.get 28
                      local.get 33
                      i32.add
                      local.set 28
                      local.get 29
                      v128.load64_splat align=8
                      local.set 35
                      local.get 44
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 44
                      local.get 29
                      local.get 33
                      i32.add
                      local.set 29
                      local.get 30
                      v128.load64_splat align=8
                      local.set 35
                      local.get 46
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 46
                      local.get 30
                      local.get 33
                      i32.add
                      local.set 30
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 40
                  v128.store align=8
                  local.get 3
                  local.get 16
                  i32.const 1
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 42
                  v128.store align=8
                  local.get 3
                  local.get 16
                  i32.const 2
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 44
                  v128.store align=8
                  local.get 3
                  local.get 16
                  i32.const 3
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 46
                  v128.store align=8
                  i32.const 2
                  local.set 20
                else
                  local.get 23
                  local.set 27
                  f64.const 0
                  local.set 48
                  local.get 24
                  local.set 28
                  f64.const 0
                  local.set 49
                  local.get 25
                  local.set 29
                  f64.const 0
                  local.set 50
                  local.get 26
                  local.set 30
                  f64.const 0
                  local.set 51
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      f64.load align=8
                      local.set 39
                      local.get 27
                      f64.load align=8
                      local.set 36
                      local.get 48
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 48
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 28
                      f64.load align=8
                      local.set 36
                      local.get 49
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 49
                      local.get 28
                      local.get 33
                      i32.add
                      local.set 28
                      local.get 29
                      f64.load align=8
                      local.set 36
                      local.get 50
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 50
                      local.get 29
                      local.get 33
                      i32.add
                      local.set 29
                      local.get 30
                      f64.load align=8
                      local.set 36
                      local.get 51
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 51
                      local.get 30
                      local.get 33
                      i32.add
                      local.set 30
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 48
                  f64.store align=8
                  local.get 3
                  local.get 16
                  i32.const 1
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 49
                  f64.store align=8
                  local.get 3
                  local.get 16
                  i32.const 2
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 50
                  f64.store align=8
                  local.get 3
                  local.get 16
                  i32.const 3
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 51
                  f64.store align=8
                  i32.const 1
                  local.set 20
                end
              end
            else
              local.get 8
              local.get 21
              i32.sub
              i32.const 4
              i32.ge_s
              if
                local.get 23
                local.set 27
                f64.const 0
                f64x2.splat
                local.set 40
                f64.const 0
                f64x2.splat
                local.set 41
                local.get 31
                local.get 21
                i32.const 3
                i32.shl
                i32.add
                local.set 32
                local.get 7
                local.set 22
                block
                  loop
                    local.get 22
                    i32.eqz
                    br_if 1
                    local.get 32
                    v128.load align=8
                    local.set 37
                    local.get 32
                    v128.load offset=16 align=8
                    local.set 38
                    local.get 27
                    v128.load64_splat align=8
                    local.set 35
                    local.get 40
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 40
                    local.get 41
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 41
                    local.get 27
                    local.get 33
                    i32.add
                    local.set 27
                    local.get 32
                    local.get 34
                    i32.add
                    local.set 32
                    local.get 22
                    i32.const 1
                    i32.sub
                    local.set 22
                    br 0
                  end
                end
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 40
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 41
                v128.store offset=16 align=8
                i32.const 4
                local.set 20
              else
                local.get 8
                local.get 21
                i32.sub
                i32.const 2
                i32.ge_s
                if
                  local.get 23
                  local.set 27
                  f64.const 0
                  f64x2.splat
                  local.set 40
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      v128.load align=8
                      local.set 37
                      local.get 27
                      v128.load64_splat align=8
                      local.set 35
                      local.get 40
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 40
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 40
                  v128.store align=8
                  i32.const 2
                  local.set 20
                else
                  local.get 23
                  local.set 27
                  f64.const 0
                  local.set 48
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      f64.load align=8
                      local.set 39
                      local.get 27
                      f64.load align=8
                      local.set 36
                      local.get 48
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 48
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 48
                  f64.store align=8
                  i32.const 1
                  local.set 20
                end
              end
            end
            local.get 21
            local.get 20
            i32.add
            local.set 21
            br 0
          end
        end
        local.get 16
        local.get 19
        i32.add
        local.set 16
        br 0
      end
    end
  )
)

;; k_matmul_f64_5c4b8ce2
;; fuses: matmul %0
;; outputs: f64; inputs: f64 strided, f64 strided
;; cache key: r1|o:f64|i:f64s:operand,f64s:operand|c0||s:mm0|mm>f64(a0,a1)
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_matmul_f64_5c4b8ce2") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $17 i32)
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
    (local $35 v128)
    (local $36 f64)
    (local $37 v128)
    (local $38 v128)
    (local $39 f64)
    (local $40 v128)
    (local $41 v128)
    (local $42 v128)
    (local $43 v128)
    (local $44 v128)
    (local $45 v128)
    (local $46 v128)
    (local $47 v128)
    (local $48 f64)
    (local $49 f64)
    (local $50 f64)
    (local $51 f64)
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
    local.get 0
    local.set 16
    local.get 12
    i32.const 3
    i32.shl
    local.set 33
    local.get 15
    i32.const 3
    i32.shl
    local.set 34
    block
      loop
        local.get 16
        local.get 1
        i32.ge_s
        br_if 1
        local.get 16
        local.get 6
        i32.div_u
        local.set 17
        local.get 16
        local.get 17
        local.get 6
        i32.mul
        i32.sub
        local.set 18
        i32.const 4
        i32.const 1
        local.get 1
        local.get 16
        i32.sub
        i32.const 4
        i32.ge_s
        local.get 6
        local.get 18
        i32.sub
        i32.const 4
        i32.ge_s
        i32.and
        select
        local.set 19
        local.get 4
        local.get 9
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 0
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 23
        local.get 4
        local.get 9
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 1
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 24
        local.get 4
        local.get 9
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 2
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
        local.get 17
        local.get 10
        i32.mul
        i32.add
        local.get 18
        i32.const 3
        i32.add
        local.get 11
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 26
        local.get 5
        local.get 13
        local.get 17
        local.get 14
        i32.mul
        i32.add
        i32.const 3
        i32.shl
        i32.add
        local.set 31
        i32.const 0
        local.set 21
        block
          loop
            local.get 21
            local.get 8
            i32.ge_s
            br_if 1
            local.get 19
            i32.const 4
            i32.eq
            if
              local.get 8
              local.get 21
              i32.sub
              i32.const 4
              i32.ge_s
              if
                local.get 23
                local.set 27
                f64.const 0
                f64x2.splat
                local.set 40
                f64.const 0
                f64x2.splat
                local.set 41
                local.get 24
                local.set 28
                f64.const 0
                f64x2.splat
                local.set 42
                f64.const 0
                f64x2.splat
                local.set 43
                local.get 25
                local.set 29
                f64.const 0
                f64x2.splat
                local.set 44
                f64.const 0
                f64x2.splat
                local.set 45
                local.get 26
                local.set 30
                f64.const 0
                f64x2.splat
                local.set 46
                f64.const 0
                f64x2.splat
                local.set 47
                local.get 31
                local.get 21
                i32.const 3
                i32.shl
                i32.add
                local.set 32
                local.get 7
                local.set 22
                block
                  loop
                    local.get 22
                    i32.eqz
                    br_if 1
                    local.get 32
                    v128.load align=8
                    local.set 37
                    local.get 32
                    v128.load offset=16 align=8
                    local.set 38
                    local.get 27
                    v128.load64_splat align=8
                    local.set 35
                    local.get 40
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 40
                    local.get 41
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 41
                    local.get 27
                    local.get 33
                    i32.add
                    local.set 27
                    local.get 28
                    v128.load64_splat align=8
                    local.set 35
                    local.get 42
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 42
                    local.get 43
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 43
                    local.get 28
                    local.get 33
                    i32.add
                    local.set 28
                    local.get 29
                    v128.load64_splat align=8
                    local.set 35
                    local.get 44
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 44
                    local.get 45
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 45
                    local.get 29
                    local.get 33
                    i32.add
                    local.set 29
                    local.get 30
                    v128.load64_splat align=8
                    local.set 35
                    local.get 46
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 46
                    local.get 47
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 47
                    local.get 30
                    local.get 33
                    i32.add
                    local.set 30
                    local.get 32
                    local.get 34
                    i32.add
                    local.set 32
                    local.get 22
                    i32.const 1
                    i32.sub
                    local.set 22
                    br 0
                  end
                end
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 40
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 41
                v128.store offset=16 align=8
                local.get 3
                local.get 16
                i32.const 1
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 42
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 1
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 43
                v128.store offset=16 align=8
                local.get 3
                local.get 16
                i32.const 2
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 44
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 2
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 45
                v128.store offset=16 align=8
                local.get 3
                local.get 16
                i32.const 3
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 46
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 3
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 47
                v128.store offset=16 align=8
                i32.const 4
                local.set 20
              else
                local.get 8
                local.get 21
                i32.sub
                i32.const 2
                i32.ge_s
                if
                  local.get 23
                  local.set 27
                  f64.const 0
                  f64x2.splat
                  local.set 40
                  local.get 24
                  local.set 28
                  f64.const 0
                  f64x2.splat
                  local.set 42
                  local.get 25
                  local.set 29
                  f64.const 0
                  f64x2.splat
                  local.set 44
                  local.get 26
                  local.set 30
                  f64.const 0
                  f64x2.splat
                  local.set 46
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      v128.load align=8
                      local.set 37
                      local.get 27
                      v128.load64_splat align=8
                      local.set 35
                      local.get 40
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 40
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 28
                      v128.load64_splat align=8
                      local.set 35
                      local.get 42
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 42
                      local.get 28
                      local.get 33
                      i32.add
                      local.set 28
                      local.get 29
                      v128.load64_splat align=8
                      local.set 35
                      local.get 44
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 44
                      local.get 29
                      local.get 33
                      i32.add
                      local.set 29
                      local.get 30
                      v128.load64_splat align=8
                      local.set 35
                      local.get 46
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 46
                      local.get 30
                      local.get 33
                      i32.add
                      local.set 30
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 40
                  v128.store align=8
                  local.get 3
                  local.get 16
                  i32.const 1
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 42
                  v128.store align=8
                  local.get 3
                  local.get 16
                  i32.const 2
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 44
                  v128.store align=8
                  local.get 3
                  local.get 16
                  i32.const 3
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 46
                  v128.store align=8
                  i32.const 2
                  local.set 20
                else
                  local.get 23
                  local.set 27
                  f64.const 0
                  local.set 48
                  local.get 24
                  local.set 28
                  f64.const 0
                  local.set 49
                  local.get 25
                  local.set 29
                  f64.const 0
                  local.set 50
                  local.get 26
                  local.set 30
                  f64.const 0
                  local.set 51
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      f64.load align=8
                      local.set 39
                      local.get 27
                      f64.load align=8
                      local.set 36
                      local.get 48
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 48
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 28
                      f64.load align=8
                      local.set 36
                      local.get 49
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 49
                      local.get 28
                      local.get 33
                      i32.add
                      local.set 28
                      local.get 29
                      f64.load align=8
                      local.set 36
                      local.get 50
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 50
                      local.get 29
                      local.get 33
                      i32.add
                      local.set 29
                      local.get 30
                      f64.load align=8
                      local.set 36
                      local.get 51
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 51
                      local.get 30
                      local.get 33
                      i32.add
                      local.set 30
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 48
                  f64.store align=8
                  local.get 3
                  local.get 16
                  i32.const 1
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 49
                  f64.store align=8
                  local.get 3
                  local.get 16
                  i32.const 2
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 50
                  f64.store align=8
                  local.get 3
                  local.get 16
                  i32.const 3
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 51
                  f64.store align=8
                  i32.const 1
                  local.set 20
                end
              end
            else
              local.get 8
              local.get 21
              i32.sub
              i32.const 4
              i32.ge_s
              if
                local.get 23
                local.set 27
                f64.const 0
                f64x2.splat
                local.set 40
                f64.const 0
                f64x2.splat
                local.set 41
                local.get 31
                local.get 21
                i32.const 3
                i32.shl
                i32.add
                local.set 32
                local.get 7
                local.set 22
                block
                  loop
                    local.get 22
                    i32.eqz
                    br_if 1
                    local.get 32
                    v128.load align=8
                    local.set 37
                    local.get 32
                    v128.load offset=16 align=8
                    local.set 38
                    local.get 27
                    v128.load64_splat align=8
                    local.set 35
                    local.get 40
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 40
                    local.get 41
                    local.get 35
                    local.get 38
                    f64x2.mul
                    f64x2.add
                    local.set 41
                    local.get 27
                    local.get 33
                    i32.add
                    local.set 27
                    local.get 32
                    local.get 34
                    i32.add
                    local.set 32
                    local.get 22
                    i32.const 1
                    i32.sub
                    local.set 22
                    br 0
                  end
                end
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 40
                v128.store align=8
                local.get 3
                local.get 16
                i32.const 0
                i32.add
                local.get 8
                i32.mul
                local.get 21
                i32.add
                i32.const 3
                i32.shl
                i32.add
                local.get 41
                v128.store offset=16 align=8
                i32.const 4
                local.set 20
              else
                local.get 8
                local.get 21
                i32.sub
                i32.const 2
                i32.ge_s
                if
                  local.get 23
                  local.set 27
                  f64.const 0
                  f64x2.splat
                  local.set 40
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      v128.load align=8
                      local.set 37
                      local.get 27
                      v128.load64_splat align=8
                      local.set 35
                      local.get 40
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 40
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 40
                  v128.store align=8
                  i32.const 2
                  local.set 20
                else
                  local.get 23
                  local.set 27
                  f64.const 0
                  local.set 48
                  local.get 31
                  local.get 21
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 32
                  local.get 7
                  local.set 22
                  block
                    loop
                      local.get 22
                      i32.eqz
                      br_if 1
                      local.get 32
                      f64.load align=8
                      local.set 39
                      local.get 27
                      f64.load align=8
                      local.set 36
                      local.get 48
                      local.get 36
                      local.get 39
                      f64.mul
                      f64.add
                      local.set 48
                      local.get 27
                      local.get 33
                      i32.add
                      local.set 27
                      local.get 32
                      local.get 34
                      i32.add
                      local.set 32
                      local.get 22
                      i32.const 1
                      i32.sub
                      local.set 22
                      br 0
                    end
                  end
                  local.get 3
                  local.get 16
                  i32.const 0
                  i32.add
                  local.get 8
                  i32.mul
                  local.get 21
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.get 48
                  f64.store align=8
                  i32.const 1
                  local.set 20
                end
              end
            end
            local.get 21
            local.get 20
            i32.add
            local.set 21
            br 0
          end
        end
        local.get 16
        local.get 19
        i32.add
        local.set 16
        br 0
      end
    end
  )
)

;; k_spmm_ew4_f64_9f68595b
;; fuses: spmm %0, eq %1, where %2, div %3, mul %4
;; outputs: f64; inputs: f64 strided, i32, f64, f64 strided, i32 strided, f64 strided
;; cache key: r1|o:f64|i:f64s,i32c:indptr,f64c:operand,f64si,i32si,f64s|c2|v0=eq.f64>b(a5,c0);v1=where.f64>f64(v0,c1,a5);v2=div.f64>f64(mm0,v1);v3=mul.f64>f64(a0,v2)|s:v3|seg(a1)spmm>f64(a3,a4,a2)
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_spmm_ew4_f64_9f68595b") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $17 i32)
    (local $18 i32)
    (local $19 i32)
    (local $20 i32)
    (local $21 i32)
    (local $22 i32)
    (local $23 f64)
    (local $24 f64)
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
    (local $35 v128)
    (local $36 f64)
    (local $37 v128)
    (local $38 f64)
    (local $39 v128)
    (local $40 v128)
    (local $41 v128)
    (local $42 v128)
    (local $43 v128)
    (local $44 v128)
    (local $45 f64)
    (local $46 f64)
    (local $47 i32)
    (local $48 f64)
    (local $49 i32)
    (local $50 f64)
    (local $51 i32)
    (local $52 f64)
    (local $53 i32)
    (local $54 f64)
    (local $55 i32)
    (local $56 f64)
    (local $57 i32)
    (local $58 f64)
    (local $59 i32)
    (local $60 i32)
    (local $61 i32)
    (local $62 f64)
    (local $63 i32)
    (local $64 i32)
    (local $65 i32)
    (local $66 f64)
    (local $67 f64)
    (local $68 i32)
    (local $69 f64)
    (local $70 f64)
    (local $71 f64)
    (local $72 f64)
    (local $73 f64)
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
    i32.load offset=52 align=4
    local.set 16
    local.get 2
    i32.load offset=56 align=4
    local.set 17
    local.get 2
    i32.load offset=60 align=4
    local.set 18
    local.get 2
    i32.load offset=64 align=4
    local.set 19
    local.get 2
    i32.load offset=68 align=4
    local.set 20
    local.get 2
    i32.load offset=72 align=4
    local.set 21
    local.get 2
    i32.load offset=76 align=4
    local.set 22
    local.get 2
    f64.load offset=80 align=8
    local.set 23
    local.get 2
    f64.load offset=88 align=8
    local.set 24
    local.get 0
    local.set 25
    local.get 23
    local.set 67
    local.get 24
    local.set 69
    block
      loop
        local.get 25
        local.get 1
        i32.ge_s
        br_if 1
        local.get 5
        local.get 25
        i32.const 2
        i32.shl
        i32.add
        local.set 31
        local.get 31
        i32.load align=4
        local.set 27
        local.get 31
        i32.load offset=4 align=4
        local.set 28
        i32.const 0
        local.set 32
        i32.const 0
        local.set 29
        block
          loop
            local.get 29
            local.get 10
            i32.ge_s
            br_if 1
            local.get 10
            local.get 29
            i32.sub
            i32.const 12
            i32.ge_s
            if
              f64.const 0
              f64x2.splat
              local.set 39
              f64.const 0
              f64x2.splat
              local.set 40
              f64.const 0
              f64x2.splat
              local.set 41
              f64.const 0
              f64x2.splat
              local.set 42
              f64.const 0
              f64x2.splat
              local.set 43
              f64.const 0
              f64x2.splat
              local.set 44
              local.get 16
              local.get 27
              local.get 17
              i32.mul
              i32.add
              local.set 33
              local.get 18
              local.get 27
              local.get 19
              i32.mul
              i32.add
              local.set 34
              local.get 27
              local.set 26
              block
                loop
                  local.get 26
                  local.get 28
                  i32.ge_s
                  br_if 1
                  local.get 7
                  local.get 33
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 46
                  local.get 8
                  local.get 34
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 47
                  local.get 46
                  f64x2.splat
                  local.set 35
                  local.get 6
                  local.get 14
                  local.get 47
                  local.get 15
                  i32.mul
                  i32.add
                  local.get 29
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 31
                  local.get 31
                  v128.load align=8
                  local.set 37
                  local.get 39
                  local.get 35
                  local.get 37
                  f64x2.mul
                  f64x2.add
                  local.set 39
                  local.get 31
                  v128.load offset=16 align=8
                  local.set 37
                  local.get 40
                  local.get 35
                  local.get 37
                  f64x2.mul
                  f64x2.add
                  local.set 40
                  local.get 31
                  v128.load offset=32 align=8
                  local.set 37
                  local.get 41
                  local.get 35
                  local.get 37
                  f64x2.mul
                  f64x2.add
                  local.set 41
                  local.get 31
                  v128.load offset=48 align=8
                  local.set 37
                  local.get 42
                  local.get 35
                  local.get 37
                  f64x2.mul
                  f64x2.add
                  local.set 42
                  local.get 31
                  v128.load offset=64 align=8
                  local.set 37
                  local.get 43
                  local.get 35
                  local.get 37
                  f64x2.mul
                  f64x2.add
                  local.set 43
                  local.get 31
                  v128.load offset=80 align=8
                  local.set 37
                  local.get 44
                  local.get 35
                  local.get 37
                  f64x2.mul
                  f64x2.add
                  local.set 44
                  local.get 33
                  local.get 17
                  i32.add
                  local.set 33
                  local.get 34
                  local.get 19
                  i32.add
                  local.set 34
                  local.get 26
                  i32.const 1
                  i32.add
                  local.set 26
                  br 0
                end
              end
              local.get 2
              local.get 39
              v128.store offset=96 align=8
              local.get 2
              local.get 40
              v128.store offset=112 align=8
              local.get 2
              local.get 41
              v128.store offset=128 align=8
              local.get 2
              local.get 42
              v128.store offset=144 align=8
              local.get 2
              local.get 43
              v128.store offset=160 align=8
              local.get 2
              local.get 44
              v128.store offset=176 align=8
              i32.const 12
              local.set 30
            else
              local.get 10
              local.get 29
              i32.sub
              i32.const 10
              i32.ge_s
              if
                f64.const 0
                f64x2.splat
                local.set 39
                f64.const 0
                f64x2.splat
                local.set 40
                f64.const 0
                f64x2.splat
                local.set 41
                f64.const 0
                f64x2.splat
                local.set 42
                f64.const 0
                f64x2.splat
                local.set 43
                local.get 16
                local.get 27
                local.get 17
                i32.mul
                i32.add
                local.set 33
                local.get 18
                local.get 27
                local.get 19
                i32.mul
                i32.add
                local.set 34
                local.get 27
                local.set 26
                block
                  loop
                    local.get 26
                    local.get 28
                    i32.ge_s
                    br_if 1
                    local.get 7
                    local.get 33
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 48
                    local.get 8
                    local.get 34
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 49
                    local.get 48
                    f64x2.splat
                    local.set 35
                    local.get 6
                    local.get 14
                    local.get 49
                    local.get 15
                    i32.mul
                    i32.add
                    local.get 29
                    i32.add
                    i32.const 3
                    i32.shl
                    i32.add
                    local.set 31
                    local.get 31
                    v128.load align=8
                    local.set 37
                    local.get 39
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 39
                    local.get 31
                    v128.load offset=16 align=8
                    local.set 37
                    local.get 40
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 40
                    local.get 31
                    v128.load offset=32 align=8
                    local.set 37
                    local.get 41
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 41
                    local.get 31
                    v128.load offset=48 align=8
                    local.set 37
                    local.get 42
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 42
                    local.get 31
                    v128.load offset=64 align=8
                    local.set 37
                    local.get 43
                    local.get 35
                    local.get 37
                    f64x2.mul
                    f64x2.add
                    local.set 43
                    local.get 33
                    local.get 17
                    i32.add
                    local.set 33
                    local.get 34
                    local.get 19
                    i32.add
                    local.set 34
                    local.get 26
                    i32.const 1
                    i32.add
                    local.set 26
                    br 0
                  end
                end
                local.get 2
                local.get 39
                v128.store offset=96 align=8
                local.get 2
                local.get 40
                v128.store offset=112 align=8
                local.get 2
                local.get 41
                v128.store offset=128 align=8
                local.get 2
                local.get 42
                v128.store offset=144 align=8
                local.get 2
                local.get 43
                v128.store offset=160 align=8
                i32.const 10
                local.set 30
              else
                local.get 10
                local.get 29
                i32.sub
                i32.const 8
                i32.ge_s
                if
                  f64.const 0
                  f64x2.splat
                  local.set 39
                  f64.const 0
                  f64x2.splat
                  local.set 40
                  f64.const 0
                  f64x2.splat
                  local.set 41
                  f64.const 0
                  f64x2.splat
                  local.set 42
                  local.get 16
                  local.get 27
                  local.get 17
                  i32.mul
                  i32.add
                  local.set 33
                  local.get 18
                  local.get 27
                  local.get 19
                  i32.mul
                  i32.add
                  local.set 34
                  local.get 27
                  local.set 26
                  block
                    loop
                      local.get 26
                      local.get 28
                      i32.ge_s
                      br_if 1
                      local.get 7
                      local.get 33
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 50
                      local.get 8
                      local.get 34
                      i32.const 2
                      i32.shl
                      i32.add
                      i32.load align=4
                      local.set 51
                      local.get 50
                      f64x2.splat
                      local.set 35
                      local.get 6
                      local.get 14
                      local.get 51
                      local.get 15
                      i32.mul
                      i32.add
                      local.get 29
                      i32.add
                      i32.const 3
                      i32.shl
                      i32.add
                      local.set 31
                      local.get 31
                      v128.load align=8
                      local.set 37
                      local.get 39
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 39
                      local.get 31
                      v128.load offset=16 align=8
                      local.set 37
                      local.get 40
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 40
                      local.get 31
                      v128.load offset=32 align=8
                      local.set 37
                      local.get 41
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 41
                      local.get 31
                      v128.load offset=48 align=8
                      local.set 37
                      local.get 42
                      local.get 35
                      local.get 37
                      f64x2.mul
                      f64x2.add
                      local.set 42
                      local.get 33
                      local.get 17
                      i32.add
                      local.set 33
                      local.get 34
                      local.get 19
                      i32.add
                      local.set 34
                      local.get 26
                      i32.const 1
                      i32.add
                      local.set 26
                      br 0
                    end
                  end
                  local.get 2
                  local.get 39
                  v128.store offset=96 align=8
                  local.get 2
                  local.get 40
                  v128.store offset=112 align=8
                  local.get 2
                  local.get 41
                  v128.store offset=128 align=8
                  local.get 2
                  local.get 42
                  v128.store offset=144 align=8
                  i32.const 8
                  local.set 30
                else
                  local.get 10
                  local.get 29
                  i32.sub
                  i32.const 6
                  i32.ge_s
                  if
                    f64.const 0
                    f64x2.splat
                    local.set 39
                    f64.const 0
                    f64x2.splat
                    local.set 40
                    f64.const 0
                    f64x2.splat
                    local.set 41
                    local.get 16
                    local.get 27
                    local.get 17
                    i32.mul
                    i32.add
                    local.set 33
                    local.get 18
                    local.get 27
                    local.get 19
                    i32.mul
                    i32.add
                    local.set 34
                    local.get 27
                    local.set 26
                    block
                      loop
                        local.get 26
                        local.get 28
                        i32.ge_s
                        br_if 1
                        local.get 7
                        local.get 33
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 52
                        local.get 8
                        local.get 34
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load align=4
                        local.set 53
                        local.get 52
                        f64x2.splat
                        local.set 35
                        local.get 6
                        local.get 14
                        local.get 53
                        local.get 15
                        i32.mul
                        i32.add
                        local.get 29
                        i32.add
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set 31
                        local.get 31
                        v128.load align=8
                        local.set 37
                        local.get 39
                        local.get 35
                        local.get 37
                        f64x2.mul
                        f64x2.add
                        local.set 39
                        local.get 31
                        v128.load offset=16 align=8
                        local.set 37
                        local.get 40
                        local.get 35
                        local.get 37
                        f64x2.mul
                        f64x2.add
                        local.set 40
                        local.get 31
                        v128.load offset=32 align=8
                        local.set 37
                        local.get 41
                        local.get 35
                        local.get 37
                        f64x2.mul
                        f64x2.add
                        local.set 41
                        local.get 33
                        local.get 17
                        i32.add
                        local.set 33
                        local.get 34
                        local.get 19
                        i32.add
                        local.set 34
                        local.get 26
                        i32.const 1
                        i32.add
                        local.set 26
                        br 0
                      end
                    end
                    local.get 2
                    local.get 39
                    v128.store offset=96 align=8
                    local.get 2
                    local.get 40
                    v128.store offset=112 align=8
                    local.get 2
                    local.get 41
                    v128.store offset=128 align=8
                    i32.const 6
                    local.set 30
                  else
                    local.get 10
                    local.get 29
                    i32.sub
                    i32.const 4
                    i32.ge_s
                    if
                      f64.const 0
                      f64x2.splat
                      local.set 39
                      f64.const 0
                      f64x2.splat
                      local.set 40
                      local.get 16
                      local.get 27
                      local.get 17
                      i32.mul
                      i32.add
                      local.set 33
                      local.get 18
                      local.get 27
                      local.get 19
                      i32.mul
                      i32.add
                      local.set 34
                      local.get 27
                      local.set 26
                      block
                        loop
                          local.get 26
                          local.get 28
                          i32.ge_s
                          br_if 1
                          local.get 7
                          local.get 33
                          i32.const 3
                          i32.shl
                          i32.add
                          f64.load align=8
                          local.set 54
                          local.get 8
                          local.get 34
                          i32.const 2
                          i32.shl
                          i32.add
                          i32.load align=4
                          local.set 55
                          local.get 54
                          f64x2.splat
                          local.set 35
                          local.get 6
                          local.get 14
                          local.get 55
                          local.get 15
                          i32.mul
                          i32.add
                          local.get 29
                          i32.add
                          i32.const 3
                          i32.shl
                          i32.add
                          local.set 31
                          local.get 31
                          v128.load align=8
                          local.set 37
                          local.get 39
                          local.get 35
                          local.get 37
                          f64x2.mul
                          f64x2.add
                          local.set 39
                          local.get 31
                          v128.load offset=16 align=8
                          local.set 37
                          local.get 40
                          local.get 35
                          local.get 37
                          f64x2.mul
                          f64x2.add
                          local.set 40
                          local.get 33
                          local.get 17
                          i32.add
                          local.set 33
                          local.get 34
                          local.get 19
                          i32.add
                          local.set 34
                          local.get 26
                          i32.const 1
                          i32.add
                          local.set 26
                          br 0
                        end
                      end
                      local.get 2
                      local.get 39
                      v128.store offset=96 align=8
                      local.get 2
                      local.get 40
                      v128.store offset=112 align=8
                      i32.const 4
                      local.set 30
                    else
                      local.get 10
                      local.get 29
                      i32.sub
                      i32.const 2
                      i32.ge_s
                      if
                        f64.const 0
                        f64x2.splat
                        local.set 39
                        local.get 16
                        local.get 27
                        local.get 17
                        i32.mul
                        i32.add
                        local.set 33
                        local.get 18
                        local.get 27
                        local.get 19
                        i32.mul
                        i32.add
                        local.set 34
                        local.get 27
                        local.set 26
                        block
                          loop
                            local.get 26
                            local.get 28
                            i32.ge_s
                            br_if 1
                            local.get 7
                            local.get 33
                            i32.const 3
                            i32.shl
                            i32.add
                            f64.load align=8
                            local.set 56
                            local.get 8
                            local.get 34
                            i32.const 2
                            i32.shl
                            i32.add
                            i32.load align=4
                            local.set 57
                            local.get 56
                            f64x2.splat
                            local.set 35
                            local.get 6
                            local.get 14
                            local.get 57
                            local.get 15
                            i32.mul
                            i32.add
                            local.get 29
                            i32.add
                            i32.const 3
                            i32.shl
                            i32.add
                            local.set 31
                            local.get 31
                            v128.load align=8
                            local.set 37
                            local.get 39
                            local.get 35
                            local.get 37
                            f64x2.mul
                            f64x2.add
                            local.set 39
                            local.get 33
                            local.get 17
                            i32.add
                            local.set 33
                            local.get 34
                            local.get 19
                            i32.add
                            local.set 34
                            local.get 26
                            i32.const 1
                            i32.add
                            local.set 26
                            br 0
                          end
                        end
                        local.get 2
                        local.get 39
                        v128.store offset=96 align=8
                        i32.const 2
                        local.set 30
                      else
                        f64.const 0
                        local.set 45
                        local.get 16
                        local.get 27
                        local.get 17
                        i32.mul
                        i32.add
                        local.set 33
                        local.get 18
                        local.get 27
                        local.get 19
                        i32.mul
                        i32.add
                        local.set 34
                        local.get 27
                        local.set 26
                        block
                          loop
                            local.get 26
                            local.get 28
                            i32.ge_s
                            br_if 1
                            local.get 7
                            local.get 33
                            i32.const 3
                            i32.shl
                            i32.add
                            f64.load align=8
                            local.set 58
                            local.get 8
                            local.get 34
                            i32.const 2
                            i32.shl
                            i32.add
                            i32.load align=4
                            local.set 59
                            local.get 58
                            local.set 36
                            local.get 6
                            local.get 14
                            local.get 59
                            local.get 15
                            i32.mul
                            i32.add
                            local.get 29
                            i32.add
                            i32.const 3
                            i32.shl
                            i32.add
                            local.set 31
                            local.get 31
                            f64.load align=8
                            local.set 38
                            local.get 45
                            local.get 36
                            local.get 38
                            f64.mul
                            f64.add
                            local.set 45
                            local.get 33
                            local.get 17
                            i32.add
                            local.set 33
                            local.get 34
                            local.get 19
                            i32.add
                            local.set 34
                            local.get 26
                            i32.const 1
                            i32.add
                            local.set 26
                            br 0
                          end
                        end
                        local.get 2
                        local.get 45
                        f64.store offset=96 align=8
                        i32.const 1
                        local.set 30
                      end
                    end
                  end
                end
              end
            end
            i32.const 0
            local.set 60
            i32.const 0
            local.set 61
            block
              loop
                local.get 61
                local.get 30
                i32.ge_s
                br_if 1
                local.get 2
                local.get 60
                i32.const 0
                i32.mul
                local.get 61
                i32.add
                i32.const 3
                i32.shl
                i32.add
                f64.load offset=96 align=8
                local.set 62
                local.get 11
                local.get 25
                local.get 12
                i32.mul
                i32.add
                local.get 29
                local.get 61
                i32.add
                local.get 13
                i32.mul
                i32.add
                local.set 64
                local.get 20
                local.get 25
                local.get 21
                i32.mul
                i32.add
                local.get 29
                local.get 61
                i32.add
                local.get 22
                i32.mul
                i32.add
                local.set 65
                local.get 9
                local.get 65
                i32.const 3
                i32.shl
                i32.add
                f64.load align=8
                local.set 66
                local.get 66
                local.get 67
                f64.eq
                local.set 68
                local.get 69
                local.get 66
                local.get 68
                select
                local.set 70
                local.get 62
                local.get 70
                f64.div
                local.set 71
                local.get 4
                local.get 64
                i32.const 3
                i32.shl
                i32.add
                f64.load align=8
                local.set 72
                local.get 72
                local.get 71
                f64.mul
                local.set 73
                local.get 25
                local.get 10
                i32.mul
                local.get 29
                i32.add
                local.get 61
                i32.add
                local.set 63
                local.get 3
                local.get 63
                i32.const 3
                i32.shl
                i32.add
                local.get 73
                f64.store align=8
                local.get 61
                i32.const 1
                i32.add
                local.set 61
                br 0
              end
            end
            local.get 29
            local.get 30
            i32.add
            local.set 29
            br 0
          end
        end
        local.get 25
        i32.const 1
        i32.add
        local.set 25
        br 0
      end
    end
  )
)
