;; k_sum_ew2_f64_8dda6fae
;; fuses: mul %0, reduce %1, sqrt %2
;; outputs: f64; inputs: f64 strided
;; cache key: r1|red1:r0=sumf>f64(v0)|o:f64|i:f64si|c0|v0*=mul.f64>f64(a0,a0);v1=sqrt.f64>f64(r0)|s:v1
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_sum_ew2_f64_8dda6fae") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $17 f64)
    (local $18 f64)
    (local $19 i32)
    (local $20 f64)
    (local $21 f64)
    (local $22 f64)
    (local $23 f64)
    (local $24 f64)
    (local $25 f64)
    (local $26 f64)
    (local $27 f64)
    (local $28 f64)
    (local $29 f64)
    (local $30 f64)
    (local $31 f64)
    (local $32 f64)
    (local $33 f64)
    (local $34 v128)
    (local $35 v128)
    (local $36 v128)
    (local $37 v128)
    (local $38 i32)
    (local $39 i32)
    (local $40 f64)
    (local $41 f64)
    (local $42 f64)
    (local $43 i32)
    (local $44 i32)
    (local $45 i32)
    (local $46 i32)
    (local $47 i32)
    (local $48 i32)
    (local $49 f64)
    (local $50 f64)
    (local $51 f64)
    (local $52 f64)
    (local $53 f64)
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
    (local $73 i32)
    (local $74 v128)
    (local $75 v128)
    (local $76 v128)
    (local $77 v128)
    (local $78 v128)
    (local $79 v128)
    (local $80 v128)
    (local $81 v128)
    (local $82 f64)
    (local $83 f64)
    (local $84 f64)
    (local $85 f64)
    (local $86 f64)
    (local $87 f64)
    (local $88 f64)
    (local $89 f64)
    (local $90 f64)
    (local $91 f64)
    (local $92 f64)
    (local $93 f64)
    (local $94 f64)
    (local $95 f64)
    (local $96 f64)
    (local $97 f64)
    (local $98 f64)
    (local $99 f64)
    (local $100 f64)
    (local $101 f64)
    (local $102 f64)
    (local $103 f64)
    (local $104 f64)
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
    local.set 19
    local.get 19
    local.get 9
    i32.const 1
    i32.eq
    i32.and
    local.set 19
    local.get 2
    i32.load offset=28 align=4
    local.set 43
    local.get 2
    i32.load offset=32 align=4
    i32.const 0
    local.get 43
    i32.const 1
    i32.eq
    select
    local.set 44
    local.get 2
    i32.load offset=36 align=4
    local.get 6
    local.get 43
    i32.const 1
    i32.eq
    select
    local.set 47
    local.get 2
    i32.load offset=40 align=4
    local.set 45
    block
      loop
        local.get 10
        local.get 1
        i32.ge_s
        br_if 1
        local.get 10
        local.set 11
        local.get 7
        local.set 15
        local.get 11
        local.set 48
        local.get 15
        local.get 48
        local.get 8
        i32.mul
        i32.add
        local.set 15
        local.get 43
        i32.const 2
        i32.eq
        if
          local.get 45
          f64.load align=8
          local.set 20
          local.get 45
          f64.load offset=8 align=8
          local.set 22
          local.get 45
          i32.const 16
          i32.add
          local.set 45
        else
          local.get 44
          i32.eqz
          if
            local.get 15
            local.set 16
          else
            local.get 44
            local.set 46
            local.get 15
            local.get 46
            local.get 9
            i32.mul
            i32.add
            local.set 16
          end
          f64.const 0
          local.set 20
          f64.const 0
          local.set 21
          f64.const 0
          local.set 22
          local.get 44
          local.set 12
          block
            loop
              local.get 12
              local.get 47
              i32.ge_s
              br_if 1
              local.get 12
              i32.const 8192
              i32.add
              local.set 13
              local.get 13
              local.get 47
              local.get 13
              local.get 47
              i32.lt_s
              select
              local.set 13
              f64.const 0
              local.set 23
              f64.const 0
              local.set 24
              f64.const 0
              local.set 25
              block
                loop
                  local.get 12
                  local.get 13
                  i32.ge_s
                  br_if 1
                  local.get 12
                  i32.const 128
                  i32.add
                  local.set 14
                  local.get 14
                  local.get 13
                  local.get 14
                  local.get 13
                  i32.lt_s
                  select
                  local.set 14
                  f64.const 0
                  local.set 26
                  f64.const 0
                  local.set 27
                  f64.const 0
                  local.set 28
                  f64.const 0
                  local.set 29
                  f64.const 0
                  local.set 30
                  f64.const 0
                  local.set 31
                  f64.const 0
                  local.set 32
                  f64.const 0
                  local.set 33
                  f64.const 0
                  f64x2.splat
                  local.set 34
                  f64.const 0
                  f64x2.splat
                  local.set 35
                  f64.const 0
                  f64x2.splat
                  local.set 36
                  f64.const 0
                  f64x2.splat
                  local.set 37
                  local.get 19
                  if
                    block
                      loop
                        local.get 12
                        i32.const 8
                        i32.add
                        local.get 14
                        i32.gt_s
                        br_if 1
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set 73
                        local.get 73
                        v128.load align=8
                        local.set 74
                        local.get 74
                        local.get 74
                        f64x2.mul
                        local.set 75
                        local.get 34
                        local.get 75
                        f64x2.add
                        local.set 34
                        local.get 73
                        v128.load offset=16 align=8
                        local.set 76
                        local.get 76
                        local.get 76
                        f64x2.mul
                        local.set 77
                        local.get 35
                        local.get 77
                        f64x2.add
                        local.set 35
                        local.get 73
                        v128.load offset=32 align=8
                        local.set 78
                        local.get 78
                        local.get 78
                        f64x2.mul
                        local.set 79
                        local.get 36
                        local.get 79
                        f64x2.add
                        local.set 36
                        local.get 73
                        v128.load offset=48 align=8
                        local.set 80
                        local.get 80
                        local.get 80
                        f64x2.mul
                        local.set 81
                        local.get 37
                        local.get 81
                        f64x2.add
                        local.set 37
                        local.get 16
                        i32.const 8
                        i32.add
                        local.set 16
                        local.get 12
                        i32.const 8
                        i32.add
                        local.set 12
                        br 0
                      end
                    end
                  else
                    block
                      loop
                        local.get 12
                        i32.const 8
                        i32.add
                        local.get 14
                        i32.gt_s
                        br_if 1
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 49
                        local.get 49
                        local.get 49
                        f64.mul
                        local.set 50
                        local.get 50
                        local.set 51
                        local.get 26
                        local.get 51
                        f64.add
                        local.set 26
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 52
                        local.get 52
                        local.get 52
                        f64.mul
                        local.set 53
                        local.get 53
                        local.set 54
                        local.get 27
                        local.get 54
                        f64.add
                        local.set 27
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 55
                        local.get 55
                        local.get 55
                        f64.mul
                        local.set 56
                        local.get 56
                        local.set 57
                        local.get 28
                        local.get 57
                        f64.add
                        local.set 28
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 58
                        local.get 58
                        local.get 58
                        f64.mul
                        local.set 59
                        local.get 59
                        local.set 60
                        local.get 29
                        local.get 60
                        f64.add
                        local.set 29
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 61
                        local.get 61
                        local.get 61
                        f64.mul
                        local.set 62
                        local.get 62
                        local.set 63
                        local.get 30
                        local.get 63
                        f64.add
                        local.set 30
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 64
                        local.get 64
                        local.get 64
                        f64.mul
                        local.set 65
                        local.get 65
                        local.set 66
                        local.get 31
                        local.get 66
                        f64.add
                        local.set 31
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 67
                        local.get 67
                        local.get 67
                        f64.mul
                        local.set 68
                        local.get 68
                        local.set 69
                        local.get 32
                        local.get 69
                        f64.add
                        local.set 32
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 4
                        local.get 16
                        i32.const 3
                        i32.shl
                        i32.add
                        f64.load align=8
                        local.set 70
                        local.get 70
                        local.get 70
                        f64.mul
                        local.set 71
                        local.get 71
                        local.set 72
                        local.get 33
                        local.get 72
                        f64.add
                        local.set 33
                        local.get 16
                        local.get 9
                        i32.add
                        local.set 16
                        local.get 12
                        i32.const 8
                        i32.add
                        local.set 12
                        br 0
                      end
                    end
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 82
                    local.get 82
                    local.get 82
                    f64.mul
                    local.set 83
                    local.get 83
                    local.set 84
                    local.get 26
                    local.get 84
                    f64.add
                    local.set 26
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 85
                    local.get 85
                    local.get 85
                    f64.mul
                    local.set 86
                    local.get 86
                    local.set 87
                    local.get 27
                    local.get 87
                    f64.add
                    local.set 27
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 88
                    local.get 88
                    local.get 88
                    f64.mul
                    local.set 89
                    local.get 89
                    local.set 90
                    local.get 28
                    local.get 90
                    f64.add
                    local.set 28
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 91
                    local.get 91
                    local.get 91
                    f64.mul
                    local.set 92
                    local.get 92
                    local.set 93
                    local.get 29
                    local.get 93
                    f64.add
                    local.set 29
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 94
                    local.get 94
                    local.get 94
                    f64.mul
                    local.set 95
                    local.get 95
                    local.set 96
                    local.get 30
                    local.get 96
                    f64.add
                    local.set 30
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 97
                    local.get 97
                    local.get 97
                    f64.mul
                    local.set 98
                    local.get 98
                    local.set 99
                    local.get 31
                    local.get 99
                    f64.add
                    local.set 31
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 12
                  local.get 14
                  i32.lt_s
                  if
                    local.get 4
                    local.get 16
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 100
                    local.get 100
                    local.get 100
                    f64.mul
                    local.set 101
                    local.get 101
                    local.set 102
                    local.get 32
                    local.get 102
                    f64.add
                    local.set 32
                    local.get 16
                    local.get 9
                    i32.add
                    local.set 16
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                  end
                  local.get 34
                  f64x2.extract_lane 0
                  local.get 26
                  f64.add
                  local.set 26
                  local.get 34
                  f64x2.extract_lane 1
                  local.get 27
                  f64.add
                  local.set 27
                  local.get 35
                  f64x2.extract_lane 0
                  local.get 28
                  f64.add
                  local.set 28
                  local.get 35
                  f64x2.extract_lane 1
                  local.get 29
                  f64.add
                  local.set 29
                  local.get 36
                  f64x2.extract_lane 0
                  local.get 30
                  f64.add
                  local.set 30
                  local.get 36
                  f64x2.extract_lane 1
                  local.get 31
                  f64.add
                  local.set 31
                  local.get 37
                  f64x2.extract_lane 0
                  local.get 32
                  f64.add
                  local.set 32
                  local.get 37
                  f64x2.extract_lane 1
                  local.get 33
                  f64.add
                  local.set 33
                  local.get 26
                  local.get 27
                  f64.add
                  local.get 28
                  local.get 29
                  f64.add
                  f64.add
                  local.get 30
                  local.get 31
                  f64.add
                  local.get 32
                  local.get 33
                  f64.add
                  f64.add
                  f64.add
                  local.set 103
                  local.get 103
                  local.get 24
                  f64.sub
                  local.set 17
                  local.get 23
                  local.get 17
                  f64.add
                  local.set 18
                  local.get 18
                  local.get 23
                  f64.sub
                  local.get 17
                  f64.sub
                  local.set 24
                  local.get 18
                  local.set 23
                  local.get 25
                  local.get 103
                  f64.add
                  local.set 25
                  br 0
                end
              end
              local.get 43
              i32.const 1
              i32.eq
              if
                local.get 45
                local.get 23
                f64.store align=8
                local.get 45
                local.get 25
                f64.store offset=8 align=8
                local.get 45
                i32.const 16
                i32.add
                local.set 45
              else
                local.get 23
                local.get 21
                f64.sub
                local.set 17
                local.get 20
                local.get 17
                f64.add
                local.set 18
                local.get 18
                local.get 20
                f64.sub
                local.get 17
                f64.sub
                local.set 21
                local.get 18
                local.set 20
                local.get 22
                local.get 25
                f64.add
                local.set 22
              end
              br 0
            end
          end
        end
        local.get 43
        i32.const 1
        i32.ne
        if
          local.get 20
          local.get 22
          local.get 22
          local.get 22
          f64.sub
          f64.const 0
          f64.eq
          select
          local.set 20
          local.get 20
          f64.sqrt
          local.set 104
          local.get 3
          local.get 10
          i32.const 3
          i32.shl
          i32.add
          local.get 104
          f64.store align=8
        end
        local.get 10
        i32.const 1
        i32.add
        local.set 10
        br 0
      end
    end
  )
)
