;; k_sum_f64_e157e1fd
;; fuses: reduce %0
;; outputs: f64; inputs: f64 strided
;; cache key: r1|red2:r0=sumf>f64(a0)|o:f64|i:f64si|c0||s:r0
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_sum_f64_e157e1fd") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $22 f64)
    (local $23 f64)
    (local $24 i32)
    (local $25 f64)
    (local $26 f64)
    (local $27 f64)
    (local $28 f64)
    (local $29 f64)
    (local $30 f64)
    (local $31 f64)
    (local $32 f64)
    (local $33 f64)
    (local $34 f64)
    (local $35 f64)
    (local $36 f64)
    (local $37 f64)
    (local $38 f64)
    (local $39 v128)
    (local $40 v128)
    (local $41 v128)
    (local $42 v128)
    (local $43 i32)
    (local $44 i32)
    (local $45 f64)
    (local $46 f64)
    (local $47 f64)
    (local $48 i32)
    (local $49 i32)
    (local $50 i32)
    (local $51 i32)
    (local $52 i32)
    (local $53 i32)
    (local $54 f64)
    (local $55 f64)
    (local $56 f64)
    (local $57 f64)
    (local $58 f64)
    (local $59 f64)
    (local $60 f64)
    (local $61 f64)
    (local $62 f64)
    (local $63 f64)
    (local $64 f64)
    (local $65 f64)
    (local $66 f64)
    (local $67 f64)
    (local $68 f64)
    (local $69 f64)
    (local $70 f64)
    (local $71 f64)
    (local $72 f64)
    (local $73 f64)
    (local $74 f64)
    (local $75 f64)
    (local $76 f64)
    (local $77 f64)
    (local $78 f64)
    (local $79 f64)
    (local $80 f64)
    (local $81 f64)
    (local $82 f64)
    (local $83 f64)
    (local $84 f64)
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
    local.get 6
    local.get 7
    i32.mul
    local.set 17
    local.get 10
    local.get 7
    local.get 11
    i32.mul
    i32.sub
    local.set 21
    local.get 0
    local.set 12
    i32.const 1
    local.set 24
    local.get 2
    i32.load offset=36 align=4
    local.set 48
    local.get 2
    i32.load offset=40 align=4
    i32.const 0
    local.get 48
    i32.const 1
    i32.eq
    select
    local.set 49
    local.get 2
    i32.load offset=44 align=4
    local.get 17
    local.get 48
    i32.const 1
    i32.eq
    select
    local.set 52
    local.get 2
    i32.load offset=48 align=4
    local.set 50
    block
      loop
        local.get 12
        local.get 1
        i32.ge_s
        br_if 1
        local.get 12
        local.set 13
        local.get 8
        local.set 18
        local.get 13
        local.set 53
        local.get 18
        local.get 53
        local.get 9
        i32.mul
        i32.add
        local.set 18
        local.get 48
        i32.const 2
        i32.eq
        if
          local.get 50
          f64.load align=8
          local.set 25
          local.get 50
          f64.load offset=8 align=8
          local.set 27
          local.get 50
          i32.const 16
          i32.add
          local.set 50
        else
          local.get 49
          i32.eqz
          if
            local.get 18
            local.set 19
            i32.const 0
            local.set 20
          else
            local.get 49
            local.set 51
            local.get 51
            local.get 7
            i32.rem_u
            local.set 20
            local.get 51
            local.get 7
            i32.div_u
            local.set 51
            local.get 18
            local.get 51
            local.get 10
            i32.mul
            i32.add
            local.get 20
            local.get 11
            i32.mul
            i32.add
            local.set 19
          end
          f64.const 0
          local.set 25
          f64.const 0
          local.set 26
          f64.const 0
          local.set 27
          local.get 49
          local.set 14
          block
            loop
              local.get 14
              local.get 52
              i32.ge_s
              br_if 1
              local.get 14
              i32.const 8192
              i32.add
              local.set 15
              local.get 15
              local.get 52
              local.get 15
              local.get 52
              i32.lt_s
              select
              local.set 15
              f64.const 0
              local.set 28
              f64.const 0
              local.set 29
              f64.const 0
              local.set 30
              block
                loop
                  local.get 14
                  local.get 15
                  i32.ge_s
                  br_if 1
                  local.get 14
                  i32.const 128
                  i32.add
                  local.set 16
                  local.get 16
                  local.get 15
                  local.get 16
                  local.get 15
                  i32.lt_s
                  select
                  local.set 16
                  f64.const 0
                  local.set 31
                  f64.const 0
                  local.set 32
                  f64.const 0
                  local.set 33
                  f64.const 0
                  local.set 34
                  f64.const 0
                  local.set 35
                  f64.const 0
                  local.set 36
                  f64.const 0
                  local.set 37
                  f64.const 0
                  local.set 38
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
                  block
                    loop
                      local.get 14
                      i32.const 8
                      i32.add
                      local.get 16
                      i32.gt_s
                      br_if 1
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 54
                      local.get 54
                      local.set 55
                      local.get 31
                      local.get 55
                      f64.add
                      local.set 31
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 56
                      local.get 56
                      local.set 57
                      local.get 32
                      local.get 57
                      f64.add
                      local.set 32
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 58
                      local.get 58
                      local.set 59
                      local.get 33
                      local.get 59
                      f64.add
                      local.set 33
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 60
                      local.get 60
                      local.set 61
                      local.get 34
                      local.get 61
                      f64.add
                      local.set 34
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 62
                      local.get 62
                      local.set 63
                      local.get 35
                      local.get 63
                      f64.add
                      local.set 35
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 64
                      local.get 64
                      local.set 65
                      local.get 36
                      local.get 65
                      f64.add
                      local.set 36
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 66
                      local.get 66
                      local.set 67
                      local.get 37
                      local.get 67
                      f64.add
                      local.set 37
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 4
                      local.get 19
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 68
                      local.get 68
                      local.set 69
                      local.get 38
                      local.get 69
                      f64.add
                      local.set 38
                      local.get 19
                      local.get 11
                      i32.add
                      local.set 19
                      local.get 20
                      i32.const 1
                      i32.add
                      local.tee 20
                      local.get 7
                      i32.eq
                      if
                        i32.const 0
                        local.set 20
                        local.get 19
                        local.get 21
                        i32.add
                        local.set 19
                      end
                      local.get 14
                      i32.const 8
                      i32.add
                      local.set 14
                      br 0
                    end
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 70
                    local.get 70
                    local.set 71
                    local.get 31
                    local.get 71
                    f64.add
                    local.set 31
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 72
                    local.get 72
                    local.set 73
                    local.get 32
                    local.get 73
                    f64.add
                    local.set 32
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 74
                    local.get 74
                    local.set 75
                    local.get 33
                    local.get 75
                    f64.add
                    local.set 33
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 76
                    local.get 76
                    local.set 77
                    local.get 34
                    local.get 77
                    f64.add
                    local.set 34
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 78
                    local.get 78
                    local.set 79
                    local.get 35
                    local.get 79
                    f64.add
                    local.set 35
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 80
                    local.get 80
                    local.set 81
                    local.get 36
                    local.get 81
                    f64.add
                    local.set 36
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 14
                  local.get 16
                  i32.lt_s
                  if
                    local.get 4
                    local.get 19
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 82
                    local.get 82
                    local.set 83
                    local.get 37
                    local.get 83
                    f64.add
                    local.set 37
                    local.get 19
                    local.get 11
                    i32.add
                    local.set 19
                    local.get 20
                    i32.const 1
                    i32.add
                    local.tee 20
                    local.get 7
                    i32.eq
                    if
                      i32.const 0
                      local.set 20
                      local.get 19
                      local.get 21
                      i32.add
                      local.set 19
                    end
                    local.get 14
                    i32.const 1
                    i32.add
                    local.set 14
                  end
                  local.get 39
                  f64x2.extract_lane 0
                  local.get 31
                  f64.add
                  local.set 31
                  local.get 39
                  f64x2.extract_lane 1
                  local.get 32
                  f64.add
                  local.set 32
                  local.get 40
                  f64x2.extract_lane 0
                  local.get 33
                  f64.add
                  local.set 33
                  local.get 40
                  f64x2.extract_lane 1
                  local.get 34
                  f64.add
                  local.set 34
                  local.get 41
                  f64x2.extract_lane 0
                  local.get 35
                  f64.add
                  local.set 35
                  local.get 41
                  f64x2.extract_lane 1
                  local.get 36
                  f64.add
                  local.set 36
                  local.get 42
                  f64x2.extract_lane 0
                  local.get 37
                  f64.add
                  local.set 37
                  local.get 42
                  f64x2.extract_lane 1
                  local.get 38
                  f64.add
                  local.set 38
                  local.get 31
                  local.get 32
                  f64.add
                  local.get 33
                  local.get 34
                  f64.add
                  f64.add
                  local.get 35
                  local.get 36
                  f64.add
                  local.get 37
                  local.get 38
                  f64.add
                  f64.add
                  f64.add
                  local.set 84
                  local.get 84
                  local.get 29
                  f64.sub
                  local.set 22
                  local.get 28
                  local.get 22
                  f64.add
                  local.set 23
                  local.get 23
                  local.get 28
                  f64.sub
                  local.get 22
                  f64.sub
                  local.set 29
                  local.get 23
                  local.set 28
                  local.get 30
                  local.get 84
                  f64.add
                  local.set 30
                  br 0
                end
              end
              local.get 48
              i32.const 1
              i32.eq
              if
                local.get 50
                local.get 28
                f64.store align=8
                local.get 50
                local.get 30
                f64.store offset=8 align=8
                local.get 50
                i32.const 16
                i32.add
                local.set 50
              else
                local.get 28
                local.get 26
                f64.sub
                local.set 22
                local.get 25
                local.get 22
                f64.add
                local.set 23
                local.get 23
                local.get 25
                f64.sub
                local.get 22
                f64.sub
                local.set 26
                local.get 23
                local.set 25
                local.get 27
                local.get 30
                f64.add
                local.set 27
              end
              br 0
            end
          end
        end
        local.get 48
        i32.const 1
        i32.ne
        if
          local.get 25
          local.get 27
          local.get 27
          local.get 27
          f64.sub
          f64.const 0
          f64.eq
          select
          local.set 25
          local.get 3
          local.get 12
          i32.const 3
          i32.shl
          i32.add
          local.get 25
          f64.store align=8
        end
        local.get 12
        i32.const 1
        i32.add
        local.set 12
        br 0
      end
    end
  )
)
