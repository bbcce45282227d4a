;; k_spmm_f64_359e9736
;; fuses: spmm %0
;; outputs: f64; inputs: i32, f64, f64 strided, i32 strided
;; cache key: r1|o:f64|i:i32c:indptr,f64c:operand,f64si,i32si|c0||s:mm0|seg(a0)spmm>f64(a2,a3,a1)
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_spmm_f64_359e9736") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $25 v128)
    (local $26 f64)
    (local $27 v128)
    (local $28 f64)
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
    (local $39 i32)
    (local $40 f64)
    (local $41 i32)
    (local $42 f64)
    (local $43 i32)
    (local $44 f64)
    (local $45 i32)
    (local $46 f64)
    (local $47 i32)
    (local $48 f64)
    (local $49 i32)
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
    local.get 0
    local.set 15
    block
      loop
        local.get 15
        local.get 1
        i32.ge_s
        br_if 1
        local.get 4
        local.get 15
        i32.const 2
        i32.shl
        i32.add
        local.set 21
        local.get 21
        i32.load align=4
        local.set 17
        local.get 21
        i32.load offset=4 align=4
        local.set 18
        local.get 15
        local.get 8
        i32.mul
        i32.const 3
        i32.shl
        local.set 22
        i32.const 0
        local.set 19
        block
          loop
            local.get 19
            local.get 8
            i32.ge_s
            br_if 1
            local.get 8
            local.get 19
            i32.sub
            i32.const 12
            i32.ge_s
            if
              f64.const 0
              f64x2.splat
              local.set 29
              f64.const 0
              f64x2.splat
              local.set 30
              f64.const 0
              f64x2.splat
              local.set 31
              f64.const 0
              f64x2.splat
              local.set 32
              f64.const 0
              f64x2.splat
              local.set 33
              f64.const 0
              f64x2.splat
              local.set 34
              local.get 11
              local.get 17
              local.get 12
              i32.mul
              i32.add
              local.set 23
              local.get 13
              local.get 17
              local.get 14
              i32.mul
              i32.add
              local.set 24
              local.get 17
              local.set 16
              block
                loop
                  local.get 16
                  local.get 18
                  i32.ge_s
                  br_if 1
                  local.get 6
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 36
                  local.get 7
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 37
                  local.get 36
                  f64x2.splat
                  local.set 25
                  local.get 5
                  local.get 9
                  local.get 37
                  local.get 10
                  i32.mul
                  i32.add
                  local.get 19
                  i32.add
                  i32.const 3
                  i32.shl
                  i32.add
                  local.set 21
                  local.get 21
                  v128.load align=8
                  local.set 27
                  local.get 29
                  local.get 25
                  local.get 27
                  f64x2.mul
                  f64x2.add
                  local.set 29
                  local.get 21
                  v128.load offset=16 align=8
                  local.set 27
                  local.get 30
                  local.get 25
                  local.get 27
                  f64x2.mul
                  f64x2.add
                  local.set 30
                  local.get 21
                  v128.load offset=32 align=8
                  local.set 27
                  local.get 31
                  local.get 25
                  local.get 27
                  f64x2.mul
                  f64x2.add
                  local.set 31
                  local.get 21
                  v128.load offset=48 align=8
                  local.set 27
                  local.get 32
                  local.get 25
                  local.get 27
                  f64x2.mul
                  f64x2.add
                  local.set 32
                  local.get 21
                  v128.load offset=64 align=8
                  local.set 27
                  local.get 33
                  local.get 25
                  local.get 27
                  f64x2.mul
                  f64x2.add
                  local.set 33
                  local.get 21
                  v128.load offset=80 align=8
                  local.set 27
                  local.get 34
                  local.get 25
                  local.get 27
                  f64x2.mul
                  f64x2.add
                  local.set 34
                  local.get 23
                  local.get 12
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 14
                  i32.add
                  local.set 24
                  local.get 16
                  i32.const 1
                  i32.add
                  local.set 16
                  br 0
                end
              end
              local.get 3
              local.get 22
              local.get 19
              i32.const 3
              i32.shl
              i32.add
              i32.add
              local.get 29
              v128.store align=8
              local.get 3
              local.get 22
              local.get 19
              i32.const 3
              i32.shl
              i32.add
              i32.add
              local.get 30
              v128.store offset=16 align=8
              local.get 3
              local.get 22
              local.get 19
              i32.const 3
              i32.shl
              i32.add
              i32.add
              local.get 31
              v128.store offset=32 align=8
              local.get 3
              local.get 22
              local.get 19
              i32.const 3
              i32.shl
              i32.add
              i32.add
              local.get 32
              v128.store offset=48 align=8
              local.get 3
              local.get 22
              local.get 19
              i32.const 3
              i32.shl
              i32.add
              i32.add
              local.get 33
              v128.store offset=64 align=8
              local.get 3
              local.get 22
              local.get 19
              i32.const 3
              i32.shl
              i32.add
              i32.add
              local.get 34
              v128.store offset=80 align=8
              i32.const 12
              local.set 20
            else
              local.get 8
              local.get 19
              i32.sub
              i32.const 10
              i32.ge_s
              if
                f64.const 0
                f64x2.splat
                local.set 29
                f64.const 0
                f64x2.splat
                local.set 30
                f64.const 0
                f64x2.splat
                local.set 31
                f64.const 0
                f64x2.splat
                local.set 32
                f64.const 0
                f64x2.splat
                local.set 33
                local.get 11
                local.get 17
                local.get 12
                i32.mul
                i32.add
                local.set 23
                local.get 13
                local.get 17
                local.get 14
                i32.mul
                i32.add
                local.set 24
                local.get 17
                local.set 16
                block
                  loop
                    local.get 16
                    local.get 18
                    i32.ge_s
                    br_if 1
                    local.get 6
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 38
                    local.get 7
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 39
                    local.get 38
                    f64x2.splat
                    local.set 25
                    local.get 5
                    local.get 9
                    local.get 39
                    local.get 10
                    i32.mul
                    i32.add
                    local.get 19
                    i32.add
                    i32.const 3
                    i32.shl
                    i32.add
                    local.set 21
                    local.get 21
                    v128.load align=8
                    local.set 27
                    local.get 29
                    local.get 25
                    local.get 27
                    f64x2.mul
                    f64x2.add
                    local.set 29
                    local.get 21
                    v128.load offset=16 align=8
                    local.set 27
                    local.get 30
                    local.get 25
                    local.get 27
                    f64x2.mul
                    f64x2.add
                    local.set 30
                    local.get 21
                    v128.load offset=32 align=8
                    local.set 27
                    local.get 31
                    local.get 25
                    local.get 27
                    f64x2.mul
                    f64x2.add
                    local.set 31
                    local.get 21
                    v128.load offset=48 align=8
                    local.set 27
                    local.get 32
                    local.get 25
                    local.get 27
                    f64x2.mul
                    f64x2.add
                    local.set 32
                    local.get 21
                    v128.load offset=64 align=8
                    local.set 27
                    local.get 33
                    local.get 25
                    local.get 27
                    f64x2.mul
                    f64x2.add
                    local.set 33
                    local.get 23
                    local.get 12
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 14
                    i32.add
                    local.set 24
                    local.get 16
                    i32.const 1
                    i32.add
                    local.set 16
                    br 0
                  end
                end
                local.get 3
                local.get 22
                local.get 19
                i32.const 3
                i32.shl
                i32.add
                i32.add
                local.get 29
                v128.store align=8
                local.get 3
                local.get 22
                local.get 19
                i32.const 3
                i32.shl
                i32.add
                i32.add
                local.get 30
                v128.store offset=16 align=8
                local.get 3
                local.get 22
                local.get 19
                i32.const 3
                i32.shl
                i32.add
                i32.add
                local.get 31
                v128.store offset=32 align=8
                local.get 3
                local.get 22
                local.get 19
                i32.const 3
                i32.shl
                i32.add
                i32.add
                local.get 32
                v128.store offset=48 align=8
                local.get 3
                local.get 22
                local.get 19
                i32.const 3
                i32.shl
                i32.add
                i32.add
                local.get 33
                v128.store offset=64 align=8
                i32.const 10
                local.set 20
              else
                local.get 8
                local.get 19
                i32.sub
                i32.const 8
                i32.ge_s
                if
                  f64.const 0
                  f64x2.splat
                  local.set 29
                  f64.const 0
                  f64x2.splat
                  local.set 30
                  f64.const 0
                  f64x2.splat
                  local.set 31
                  f64.const 0
                  f64x2.splat
                  local.set 32
                  local.get 11
                  local.get 17
                  local.get 12
                  i32.mul
                  i32.add
                  local.set 23
                  local.get 13
                  local.get 17
                  local.get 14
                  i32.mul
                  i32.add
                  local.set 24
                  local.get 17
                  local.set 16
                  block
                    loop
                      local.get 16
                      local.get 18
                      i32.ge_s
                      br_if 1
                      local.get 6
                      local.get 23
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 40
                      local.get 7
                      local.get 24
                      i32.const 2
                      i32.shl
                      i32.add
                      i32.load align=4
                      local.set 41
                      local.get 40
                      f64x2.splat
                      local.set 25
                      local.get 5
                      local.get 9
                      local.get 41
                      local.get 10
                      i32.mul
                      i32.add
                      local.get 19
                      i32.add
                      i32.const 3
                      i32.shl
                      i32.add
                      local.set 21
                      local.get 21
                      v128.load align=8
                      local.set 27
                      local.get 29
                      local.get 25
                      local.get 27
                      f64x2.mul
                      f64x2.add
                      local.set 29
                      local.get 21
                      v128.load offset=16 align=8
                      local.set 27
                      local.get 30
                      local.get 25
                      local.get 27
                      f64x2.mul
                      f64x2.add
                      local.set 30
                      local.get 21
                      v128.load offset=32 align=8
                      local.set 27
                      local.get 31
                      local.get 25
                      local.get 27
                      f64x2.mul
                      f64x2.add
                      local.set 31
                      local.get 21
                      v128.load offset=48 align=8
                      local.set 27
                      local.get 32
                      local.get 25
                      local.get 27
                      f64x2.mul
                      f64x2.add
                      local.set 32
                      local.get 23
                      local.get 12
                      i32.add
                      local.set 23
                      local.get 24
                      local.get 14
                      i32.add
                      local.set 24
                      local.get 16
                      i32.const 1
                      i32.add
                      local.set 16
                      br 0
                    end
                  end
                  local.get 3
                  local.get 22
                  local.get 19
                  i32.const 3
                  i32.shl
                  i32.add
                  i32.add
                  local.get 29
                  v128.store align=8
                  local.get 3
                  local.get 22
                  local.get 19
                  i32.const 3
                  i32.shl
                  i32.add
                  i32.add
                  local.get 30
                  v128.store offset=16 align=8
                  local.get 3
                  local.get 22
                  local.get 19
                  i32.const 3
                  i32.shl
                  i32.add
                  i32.add
                  local.get 31
                  v128.store offset=32 align=8
                  local.get 3
                  local.get 22
                  local.get 19
                  i32.const 3
                  i32.shl
                  i32.add
                  i32.add
                  local.get 32
                  v128.store offset=48 align=8
                  i32.const 8
                  local.set 20
                else
                  local.get 8
                  local.get 19
                  i32.sub
                  i32.const 6
                  i32.ge_s
                  if
                    f64.const 0
                    f64x2.splat
                    local.set 29
                    f64.const 0
                    f64x2.splat
                    local.set 30
                    f64.const 0
                    f64x2.splat
                    local.set 31
                    local.get 11
                    local.get 17
                    local.get 12
                    i32.mul
                    i32.add
                    local.set 23
                    local.get 13
                    local.get 17
                    local.get 14
                    i32.mul
                    i32.add
                    local.set 24
                    local.get 17
                    local.set 16
                    block
                      loop
                        local.get 16
                        local.get 18
                        i32.ge_s
                        br_if 1
                        local.get 6
                        local.get 23
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 42
                        local.get 7
                        local.get 24
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load align=4
                        local.set 43
                        local.get 42
                        f64x2.splat
                        local.set 25
                        local.get 5
                        local.get 9
                        local.get 43
                        local.get 10
                        i32.mul
                        i32.add
                        local.get 19
                        i32.add
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set 21
                        local.get 21
                        v128.load align=8
                        local.set 27
                        local.get 29
                        local.get 25
                        local.get 27
                        f64x2.mul
                        f64x2.add
                        local.set 29
                        local.get 21
                        v128.load offset=16 align=8
                        local.set 27
                        local.get 30
                        local.get 25
                        local.get 27
                        f64x2.mul
                        f64x2.add
                        local.set 30
                        local.get 21
                        v128.load offset=32 align=8
                        local.set 27
                        local.get 31
                        local.get 25
                        local.get 27
                        f64x2.mul
                        f64x2.add
                        local.set 31
                        local.get 23
                        local.get 12
                        i32.add
                        local.set 23
                        local.get 24
                        local.get 14
                        i32.add
                        local.set 24
                        local.get 16
                        i32.const 1
                        i32.add
                        local.set 16
                        br 0
                      end
                    end
                    local.get 3
                    local.get 22
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    i32.add
                    local.get 29
                    v128.store align=8
                    local.get 3
                    local.get 22
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    i32.add
                    local.get 30
                    v128.store offset=16 align=8
                    local.get 3
                    local.get 22
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    i32.add
                    local.get 31
                    v128.store offset=32 align=8
                    i32.const 6
                    local.set 20
                  else
                    local.get 8
                    local.get 19
                    i32.sub
                    i32.const 4
                    i32.ge_s
                    if
                      f64.const 0
                      f64x2.splat
                      local.set 29
                      f64.const 0
                      f64x2.splat
                      local.set 30
                      local.get 11
                      local.get 17
                      local.get 12
                      i32.mul
                      i32.add
                      local.set 23
                      local.get 13
                      local.get 17
                      local.get 14
                      i32.mul
                      i32.add
                      local.set 24
                      local.get 17
                      local.set 16
                      block
                        loop
                          local.get 16
                          local.get 18
                          i32.ge_s
                          br_if 1
                          local.get 6
                          local.get 23
                          i32.const 3
                          i32.shl
                          i32.add
                          f64.load align=8
                          local.set 44
                          local.get 7
                          local.get 24
                          i32.const 2
                          i32.shl
                          i32.add
                          i32.load align=4
                          local.set 45
                          local.get 44
                          f64x2.splat
                          local.set 25
                          local.get 5
                          local.get 9
                          local.get 45
                          local.get 10
                          i32.mul
                          i32.add
                          local.get 19
                          i32.add
                          i32.const 3
                          i32.shl
                          i32.add
                          local.set 21
                          local.get 21
                          v128.load align=8
                          local.set 27
                          local.get 29
                          local.get 25
                          local.get 27
                          f64x2.mul
                          f64x2.add
                          local.set 29
                          local.get 21
                          v128.load offset=16 align=8
                          local.set 27
                          local.get 30
                          local.get 25
                          local.get 27
                          f64x2.mul
                          f64x2.add
                          local.set 30
                          local.get 23
                          local.get 12
                          i32.add
                          local.set 23
                          local.get 24
                          local.get 14
                          i32.add
                          local.set 24
                          local.get 16
                          i32.const 1
                          i32.add
                          local.set 16
                          br 0
                        end
                      end
                      local.get 3
                      local.get 22
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      i32.add
                      local.get 29
                      v128.store align=8
                      local.get 3
                      local.get 22
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      i32.add
                      local.get 30
                      v128.store offset=16 align=8
                      i32.const 4
                      local.set 20
                    else
                      local.get 8
                      local.get 19
                      i32.sub
                      i32.const 2
                      i32.ge_s
                      if
                        f64.const 0
                        f64x2.splat
                        local.set 29
                        local.get 11
                        local.get 17
                        local.get 12
                        i32.mul
                        i32.add
                        local.set 23
                        local.get 13
                        local.get 17
                        local.get 14
                        i32.mul
                        i32.add
                        local.set 24
                        local.get 17
                        local.set 16
                        block
                          loop
                            local.get 16
                            local.get 18
                            i32.ge_s
                            br_if 1
                            local.get 6
                            local.get 23
                            i32.const 3
                            i32.shl
                            i32.add
                            f64.load align=8
                            local.set 46
                            local.get 7
                            local.get 24
                            i32.const 2
                            i32.shl
                            i32.add
                            i32.load align=4
                            local.set 47
                            local.get 46
                            f64x2.splat
                            local.set 25
                            local.get 5
                            local.get 9
                            local.get 47
                            local.get 10
                            i32.mul
                            i32.add
                            local.get 19
                            i32.add
                            i32.const 3
                            i32.shl
                            i32.add
                            local.set 21
                            local.get 21
                            v128.load align=8
                            local.set 27
                            local.get 29
                            local.get 25
                            local.get 27
                            f64x2.mul
                            f64x2.add
                            local.set 29
                            local.get 23
                            local.get 12
                            i32.add
                            local.set 23
                            local.get 24
                            local.get 14
                            i32.add
                            local.set 24
                            local.get 16
                            i32.const 1
                            i32.add
                            local.set 16
                            br 0
                          end
                        end
                        local.get 3
                        local.get 22
                        local.get 19
                        i32.const 3
                        i32.shl
                        i32.add
                        i32.add
                        local.get 29
                        v128.store align=8
                        i32.const 2
                        local.set 20
                      else
                        f64.const 0
                        local.set 35
                        local.get 11
                        local.get 17
                        local.get 12
                        i32.mul
                        i32.add
                        local.set 23
                        local.get 13
                        local.get 17
                        local.get 14
                        i32.mul
                        i32.add
                        local.set 24
                        local.get 17
                        local.set 16
                        block
                          loop
                            local.get 16
                            local.get 18
                            i32.ge_s
                            br_if 1
                            local.get 6
                            local.get 23
                            i32.const 3
                            i32.shl
                            i32.add
                            f64.load align=8
                            local.set 48
                            local.get 7
                            local.get 24
                            i32.const 2
                            i32.shl
                            i32.add
                            i32.load align=4
                            local.set 49
                            local.get 48
                            local.set 26
                            local.get 5
                            local.get 9
                            local.get 49
                            local.get 10
                            i32.mul
                            i32.add
                            local.get 19
                            i32.add
                            i32.const 3
                            i32.shl
                            i32.add
                            local.set 21
                            local.get 21
                            f64.load align=8
                            local.set 28
                            local.get 35
                            local.get 26
                            local.get 28
                            f64.mul
                            f64.add
                            local.set 35
                            local.get 23
                            local.get 12
                            i32.add
                            local.set 23
                            local.get 24
                            local.get 14
                            i32.add
                            local.set 24
                            local.get 16
                            i32.const 1
                            i32.add
                            local.set 16
                            br 0
                          end
                        end
                        local.get 3
                        local.get 22
                        local.get 19
                        i32.const 3
                        i32.shl
                        i32.add
                        i32.add
                        local.get 35
                        f64.store align=8
                        i32.const 1
                        local.set 20
                      end
                    end
                  end
                end
              end
            end
            local.get 19
            local.get 20
            i32.add
            local.set 19
            br 0
          end
        end
        local.get 15
        i32.const 1
        i32.add
        local.set 15
        br 0
      end
    end
  )
)
