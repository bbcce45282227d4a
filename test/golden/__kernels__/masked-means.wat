;; k_sum_ew5_f64_a95e6d6f
;; fuses: gt %0, reduce %1, div %2, le %3, reduce %4, div %5, sub %6
;; outputs: f64; inputs: f64 strided, f64 strided
;; cache key: r1|red1:r0=sumf>f64(a0 if v0);r1=sumf>f64(a0 if v2)|o:f64|i:f64si,f64si|c3|v0*=gt.f64>b(a1,c0);v1=div.f64>f64(r0,c1);v2*=le.f64>b(a1,c0);v3=div.f64>f64(r1,c2);v4=sub.f64>f64(v1,v3)|s:v4
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_sum_ew5_f64_a95e6d6f") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $14 f64)
    (local $15 f64)
    (local $16 f64)
    (local $17 i32)
    (local $18 i32)
    (local $19 i32)
    (local $20 i32)
    (local $21 i32)
    (local $22 i32)
    (local $23 i32)
    (local $24 i32)
    (local $25 i32)
    (local $26 f64)
    (local $27 f64)
    (local $28 i32)
    (local $29 f64)
    (local $30 f64)
    (local $31 f64)
    (local $32 f64)
    (local $33 f64)
    (local $34 f64)
    (local $35 v128)
    (local $36 v128)
    (local $37 v128)
    (local $38 v128)
    (local $39 i32)
    (local $40 i32)
    (local $41 f64)
    (local $42 f64)
    (local $43 f64)
    (local $44 f64)
    (local $45 f64)
    (local $46 f64)
    (local $47 f64)
    (local $48 f64)
    (local $49 f64)
    (local $50 v128)
    (local $51 v128)
    (local $52 v128)
    (local $53 v128)
    (local $54 i32)
    (local $55 i32)
    (local $56 f64)
    (local $57 f64)
    (local $58 f64)
    (local $59 i32)
    (local $60 f64)
    (local $61 f64)
    (local $62 i32)
    (local $63 i32)
    (local $64 f64)
    (local $65 i32)
    (local $66 f64)
    (local $67 i32)
    (local $68 f64)
    (local $69 f64)
    (local $70 f64)
    (local $71 f64)
    (local $72 f64)
    (local $73 f64)
    (local $74 f64)
    (local $75 f64)
    (local $76 i32)
    (local $77 f64)
    (local $78 i32)
    (local $79 f64)
    (local $80 f64)
    (local $81 f64)
    (local $82 f64)
    (local $83 f64)
    (local $84 f64)
    (local $85 f64)
    (local $86 f64)
    (local $87 f64)
    (local $88 i32)
    (local $89 f64)
    (local $90 f64)
    (local $91 f64)
    (local $92 f64)
    (local $93 f64)
    (local $94 f64)
    (local $95 f64)
    (local $96 f64)
    (local $97 f64)
    (local $98 i32)
    (local $99 f64)
    (local $100 f64)
    (local $101 f64)
    (local $102 f64)
    (local $103 f64)
    (local $104 f64)
    (local $105 f64)
    (local $106 f64)
    (local $107 f64)
    (local $108 f64)
    (local $109 f64)
    (local $110 f64)
    (local $111 f64)
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
    f64.load offset=48 align=8
    local.set 14
    local.get 2
    f64.load offset=56 align=8
    local.set 15
    local.get 2
    f64.load offset=64 align=8
    local.set 16
    local.get 0
    local.set 17
    i32.const 1
    local.set 28
    local.get 14
    local.set 61
    local.get 15
    local.set 107
    local.get 16
    local.set 109
    block
      loop
        local.get 17
        local.get 1
        i32.ge_s
        br_if 1
        local.get 17
        local.set 18
        local.get 8
        local.set 22
        local.get 11
        local.set 23
        local.get 18
        local.set 59
        local.get 22
        local.get 59
        local.get 9
        i32.mul
        i32.add
        local.set 22
        local.get 23
        local.get 59
        local.get 12
        i32.mul
        i32.add
        local.set 23
        local.get 22
        local.set 24
        local.get 23
        local.set 25
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
        local.set 34
        i32.const 0
        local.set 39
        i32.const 0
        local.set 40
        f64.const 0
        local.set 41
        f64.const 0
        local.set 42
        f64.const 0
        local.set 43
        f64.const 0
        local.set 44
        f64.const 0
        local.set 45
        f64.const 0
        local.set 46
        f64.const 0
        local.set 47
        f64.const 0
        local.set 48
        f64.const 0
        local.set 49
        i32.const 0
        local.set 54
        i32.const 0
        local.set 55
        f64.const 0
        local.set 56
        f64.const 0
        local.set 57
        f64.const 0
        local.set 58
        i32.const 0
        local.set 19
        block
          loop
            local.get 19
            local.get 7
            i32.ge_s
            br_if 1
            local.get 19
            i32.const 8192
            i32.add
            local.set 20
            local.get 20
            local.get 7
            local.get 20
            local.get 7
            i32.lt_s
            select
            local.set 20
            block
              loop
                local.get 19
                local.get 20
                i32.ge_s
                br_if 1
                local.get 5
                local.get 25
                i32.const 3
                i32.shl
                i32.add
                f64.load align=8
                local.set 60
                local.get 60
                local.get 61
                f64.gt
                local.set 62
                local.get 60
                local.get 61
                f64.le
                local.set 63
                local.get 4
                local.get 24
                i32.const 3
                i32.shl
                i32.add
                f64.load align=8
                local.set 64
                local.get 2
                local.get 39
                i32.const 3
                i32.shl
                i32.add
                local.set 65
                local.get 65
                local.get 64
                f64.store offset=72 align=8
                local.get 39
                local.get 62
                i32.add
                local.set 39
                local.get 39
                i32.const 128
                i32.eq
                if
                  f64.const 0
                  local.set 68
                  f64.const 0
                  local.set 69
                  f64.const 0
                  local.set 70
                  f64.const 0
                  local.set 71
                  f64.const 0
                  local.set 72
                  f64.const 0
                  local.set 73
                  f64.const 0
                  local.set 74
                  f64.const 0
                  local.set 75
                  i32.const 0
                  local.set 67
                  block
                    loop
                      local.get 67
                      i32.const 8
                      i32.add
                      local.get 39
                      i32.gt_s
                      br_if 1
                      local.get 68
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=72 align=8
                      f64.add
                      local.set 68
                      local.get 69
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=80 align=8
                      f64.add
                      local.set 69
                      local.get 70
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=88 align=8
                      f64.add
                      local.set 70
                      local.get 71
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=96 align=8
                      f64.add
                      local.set 71
                      local.get 72
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=104 align=8
                      f64.add
                      local.set 72
                      local.get 73
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=112 align=8
                      f64.add
                      local.set 73
                      local.get 74
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=120 align=8
                      f64.add
                      local.set 74
                      local.get 75
                      local.get 2
                      local.get 67
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=128 align=8
                      f64.add
                      local.set 75
                      local.get 67
                      i32.const 8
                      i32.add
                      local.set 67
                      br 0
                    end
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 68
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 68
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 69
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 69
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 70
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 70
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 71
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 71
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 72
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 72
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 73
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 73
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 67
                  local.get 39
                  i32.lt_s
                  if
                    local.get 74
                    local.get 2
                    local.get 67
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=72 align=8
                    f64.add
                    local.set 74
                    local.get 67
                    i32.const 1
                    i32.add
                    local.set 67
                  end
                  local.get 68
                  local.get 69
                  f64.add
                  local.get 70
                  local.get 71
                  f64.add
                  f64.add
                  local.get 72
                  local.get 73
                  f64.add
                  local.get 74
                  local.get 75
                  f64.add
                  f64.add
                  f64.add
                  local.set 66
                  local.get 66
                  local.get 42
                  f64.sub
                  local.set 26
                  local.get 41
                  local.get 26
                  f64.add
                  local.set 27
                  local.get 27
                  local.get 41
                  f64.sub
                  local.get 26
                  f64.sub
                  local.set 42
                  local.get 27
                  local.set 41
                  local.get 43
                  local.get 66
                  f64.add
                  local.set 43
                  local.get 40
                  i32.const 1
                  i32.add
                  local.set 40
                  i32.const 0
                  local.set 39
                  local.get 40
                  i32.const 64
                  i32.eq
                  if
                    local.get 41
                    local.get 33
                    f64.sub
                    local.set 26
                    local.get 32
                    local.get 26
                    f64.add
                    local.set 27
                    local.get 27
                    local.get 32
                    f64.sub
                    local.get 26
                    f64.sub
                    local.set 33
                    local.get 27
                    local.set 32
                    local.get 34
                    local.get 43
                    f64.add
                    local.set 34
                    f64.const 0
                    local.set 41
                    f64.const 0
                    local.set 42
                    f64.const 0
                    local.set 43
                    i32.const 0
                    local.set 40
                  end
                end
                local.get 2
                local.get 54
                i32.const 3
                i32.shl
                i32.add
                local.set 76
                local.get 76
                local.get 64
                f64.store offset=1096 align=8
                local.get 54
                local.get 63
                i32.add
                local.set 54
                local.get 54
                i32.const 128
                i32.eq
                if
                  f64.const 0
                  local.set 79
                  f64.const 0
                  local.set 80
                  f64.const 0
                  local.set 81
                  f64.const 0
                  local.set 82
                  f64.const 0
                  local.set 83
                  f64.const 0
                  local.set 84
                  f64.const 0
                  local.set 85
                  f64.const 0
                  local.set 86
                  i32.const 0
                  local.set 78
                  block
                    loop
                      local.get 78
                      i32.const 8
                      i32.add
                      local.get 54
                      i32.gt_s
                      br_if 1
                      local.get 79
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1096 align=8
                      f64.add
                      local.set 79
                      local.get 80
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1104 align=8
                      f64.add
                      local.set 80
                      local.get 81
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1112 align=8
                      f64.add
                      local.set 81
                      local.get 82
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1120 align=8
                      f64.add
                      local.set 82
                      local.get 83
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1128 align=8
                      f64.add
                      local.set 83
                      local.get 84
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1136 align=8
                      f64.add
                      local.set 84
                      local.get 85
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1144 align=8
                      f64.add
                      local.set 85
                      local.get 86
                      local.get 2
                      local.get 78
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load offset=1152 align=8
                      f64.add
                      local.set 86
                      local.get 78
                      i32.const 8
                      i32.add
                      local.set 78
                      br 0
                    end
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 79
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 79
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 80
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 80
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 81
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 81
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 82
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 82
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 83
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 83
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 84
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 84
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 78
                  local.get 54
                  i32.lt_s
                  if
                    local.get 85
                    local.get 2
                    local.get 78
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load offset=1096 align=8
                    f64.add
                    local.set 85
                    local.get 78
                    i32.const 1
                    i32.add
                    local.set 78
                  end
                  local.get 79
                  local.get 80
                  f64.add
                  local.get 81
                  local.get 82
                  f64.add
                  f64.add
                  local.get 83
                  local.get 84
                  f64.add
                  local.get 85
                  local.get 86
                  f64.add
                  f64.add
                  f64.add
                  local.set 77
                  local.get 77
                  local.get 57
                  f64.sub
                  local.set 26
                  local.get 56
                  local.get 26
                  f64.add
                  local.set 27
                  local.get 27
                  local.get 56
                  f64.sub
                  local.get 26
                  f64.sub
                  local.set 57
                  local.get 27
                  local.set 56
                  local.get 58
                  local.get 77
                  f64.add
                  local.set 58
                  local.get 55
                  i32.const 1
                  i32.add
                  local.set 55
                  i32.const 0
                  local.set 54
                  local.get 55
                  i32.const 64
                  i32.eq
                  if
                    local.get 56
                    local.get 48
                    f64.sub
                    local.set 26
                    local.get 47
                    local.get 26
                    f64.add
                    local.set 27
                    local.get 27
                    local.get 47
                    f64.sub
                    local.get 26
                    f64.sub
                    local.set 48
                    local.get 27
                    local.set 47
                    local.get 49
                    local.get 58
                    f64.add
                    local.set 49
                    f64.const 0
                    local.set 56
                    f64.const 0
                    local.set 57
                    f64.const 0
                    local.set 58
                    i32.const 0
                    local.set 55
                  end
                end
                local.get 24
                local.get 10
                i32.add
                local.set 24
                local.get 25
                local.get 13
                i32.add
                local.set 25
                local.get 19
                i32.const 1
                i32.add
                local.set 19
                br 0
              end
            end
            br 0
          end
        end
        local.get 39
        if
          f64.const 0
          local.set 89
          f64.const 0
          local.set 90
          f64.const 0
          local.set 91
          f64.const 0
          local.set 92
          f64.const 0
          local.set 93
          f64.const 0
          local.set 94
          f64.const 0
          local.set 95
          f64.const 0
          local.set 96
          i32.const 0
          local.set 88
          block
            loop
              local.get 88
              i32.const 8
              i32.add
              local.get 39
              i32.gt_s
              br_if 1
              local.get 89
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=72 align=8
              f64.add
              local.set 89
              local.get 90
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=80 align=8
              f64.add
              local.set 90
              local.get 91
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=88 align=8
              f64.add
              local.set 91
              local.get 92
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=96 align=8
              f64.add
              local.set 92
              local.get 93
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=104 align=8
              f64.add
              local.set 93
              local.get 94
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=112 align=8
              f64.add
              local.set 94
              local.get 95
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=120 align=8
              f64.add
              local.set 95
              local.get 96
              local.get 2
              local.get 88
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=128 align=8
              f64.add
              local.set 96
              local.get 88
              i32.const 8
              i32.add
              local.set 88
              br 0
            end
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 89
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 89
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 90
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 90
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 91
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 91
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 92
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 92
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 93
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 93
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 94
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 94
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 88
          local.get 39
          i32.lt_s
          if
            local.get 95
            local.get 2
            local.get 88
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=72 align=8
            f64.add
            local.set 95
            local.get 88
            i32.const 1
            i32.add
            local.set 88
          end
          local.get 89
          local.get 90
          f64.add
          local.get 91
          local.get 92
          f64.add
          f64.add
          local.get 93
          local.get 94
          f64.add
          local.get 95
          local.get 96
          f64.add
          f64.add
          f64.add
          local.set 87
          local.get 87
          local.get 42
          f64.sub
          local.set 26
          local.get 41
          local.get 26
          f64.add
          local.set 27
          local.get 27
          local.get 41
          f64.sub
          local.get 26
          f64.sub
          local.set 42
          local.get 27
          local.set 41
          local.get 43
          local.get 87
          f64.add
          local.set 43
          local.get 40
          i32.const 1
          i32.add
          local.set 40
          i32.const 0
          local.set 39
        end
        local.get 40
        if
          local.get 41
          local.get 33
          f64.sub
          local.set 26
          local.get 32
          local.get 26
          f64.add
          local.set 27
          local.get 27
          local.get 32
          f64.sub
          local.get 26
          f64.sub
          local.set 33
          local.get 27
          local.set 32
          local.get 34
          local.get 43
          f64.add
          local.set 34
          f64.const 0
          local.set 41
          f64.const 0
          local.set 42
          f64.const 0
          local.set 43
          i32.const 0
          local.set 40
        end
        local.get 32
        local.set 29
        local.get 34
        local.set 31
        local.get 54
        if
          f64.const 0
          local.set 99
          f64.const 0
          local.set 100
          f64.const 0
          local.set 101
          f64.const 0
          local.set 102
          f64.const 0
          local.set 103
          f64.const 0
          local.set 104
          f64.const 0
          local.set 105
          f64.const 0
          local.set 106
          i32.const 0
          local.set 98
          block
            loop
              local.get 98
              i32.const 8
              i32.add
              local.get 54
              i32.gt_s
              br_if 1
              local.get 99
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1096 align=8
              f64.add
              local.set 99
              local.get 100
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1104 align=8
              f64.add
              local.set 100
              local.get 101
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1112 align=8
              f64.add
              local.set 101
              local.get 102
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1120 align=8
              f64.add
              local.set 102
              local.get 103
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1128 align=8
              f64.add
              local.set 103
              local.get 104
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1136 align=8
              f64.add
              local.set 104
              local.get 105
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1144 align=8
              f64.add
              local.set 105
              local.get 106
              local.get 2
              local.get 98
              i32.const 3
              i32.shl
              i32.add
              f64.load offset=1152 align=8
              f64.add
              local.set 106
              local.get 98
              i32.const 8
              i32.add
              local.set 98
              br 0
            end
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 99
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 99
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 100
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 100
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 101
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 101
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 102
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 102
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 103
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 103
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 104
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 104
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 98
          local.get 54
          i32.lt_s
          if
            local.get 105
            local.get 2
            local.get 98
            i32.const 3
            i32.shl
            i32.add
            f64.load offset=1096 align=8
            f64.add
            local.set 105
            local.get 98
            i32.const 1
            i32.add
            local.set 98
          end
          local.get 99
          local.get 100
          f64.add
          local.get 101
          local.get 102
          f64.add
          f64.add
          local.get 103
          local.get 104
          f64.add
          local.get 105
          local.get 106
          f64.add
          f64.add
          f64.add
          local.set 97
          local.get 97
          local.get 57
          f64.sub
          local.set 26
          local.get 56
          local.get 26
          f64.add
          local.set 27
          local.get 27
          local.get 56
          f64.sub
          local.get 26
          f64.sub
          local.set 57
          local.get 27
          local.set 56
          local.get 58
          local.get 97
          f64.add
          local.set 58
          local.get 55
          i32.const 1
          i32.add
          local.set 55
          i32.const 0
          local.set 54
        end
        local.get 55
        if
          local.get 56
          local.get 48
          f64.sub
          local.set 26
          local.get 47
          local.get 26
          f64.add
          local.set 27
          local.get 27
          local.get 47
          f64.sub
          local.get 26
          f64.sub
          local.set 48
          local.get 27
          local.set 47
          local.get 49
          local.get 58
          f64.add
          local.set 49
          f64.const 0
          local.set 56
          f64.const 0
          local.set 57
          f64.const 0
          local.set 58
          i32.const 0
          local.set 55
        end
        local.get 47
        local.set 44
        local.get 49
        local.set 46
        local.get 29
        local.get 31
        local.get 31
        local.get 31
        f64.sub
        f64.const 0
        f64.eq
        select
        local.set 29
        local.get 44
        local.get 46
        local.get 46
        local.get 46
        f64.sub
        f64.const 0
        f64.eq
        select
        local.set 44
        local.get 29
        local.get 107
        f64.div
        local.set 108
        local.get 44
        local.get 109
        f64.div
        local.set 110
        local.get 108
        local.get 110
        f64.sub
        local.set 111
        local.get 3
        local.get 17
        i32.const 3
        i32.shl
        i32.add
        local.get 111
        f64.store align=8
        local.get 17
        i32.const 1
        i32.add
        local.set 17
        br 0
      end
    end
  )
)
