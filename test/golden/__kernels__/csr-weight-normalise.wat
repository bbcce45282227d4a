;; k_segsum_ew6_f64_91e1bf6e
;; fuses: gather %0, mul %1, mul %2, segreduce %3, sqrt %4, eq %5, where %6
;; outputs: f64; inputs: i32, f64 strided, i32 strided, f64
;; cache key: r1|red0:r0=sumf>f64(v2)|o:f64|i:i32c:indptr,f64si,i32si,f64ci:table|c2|v0*=gather.f64>f64(a3,a2);v1*=mul.f64>f64(a1,v0);v2*=mul.f64>f64(v1,v1);v3=sqrt.f64>f64(r0);v4=eq.f64>b(v3,c0);v5=where.f64>f64(v4,c1,v3)|s:v5|seg(a0)
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_segsum_ew6_f64_91e1bf6e") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $13 f64)
    (local $14 f64)
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
    (local $25 f64)
    (local $26 f64)
    (local $27 i32)
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
    (local $39 f64)
    (local $40 f64)
    (local $41 f64)
    (local $42 v128)
    (local $43 v128)
    (local $44 v128)
    (local $45 v128)
    (local $46 i32)
    (local $47 i32)
    (local $48 f64)
    (local $49 f64)
    (local $50 f64)
    (local $51 i32)
    (local $52 i32)
    (local $53 i32)
    (local $54 f64)
    (local $55 f64)
    (local $56 f64)
    (local $57 f64)
    (local $58 f64)
    (local $59 i32)
    (local $60 f64)
    (local $61 f64)
    (local $62 f64)
    (local $63 f64)
    (local $64 f64)
    (local $65 i32)
    (local $66 f64)
    (local $67 f64)
    (local $68 f64)
    (local $69 f64)
    (local $70 f64)
    (local $71 i32)
    (local $72 f64)
    (local $73 f64)
    (local $74 f64)
    (local $75 f64)
    (local $76 f64)
    (local $77 i32)
    (local $78 f64)
    (local $79 f64)
    (local $80 f64)
    (local $81 f64)
    (local $82 f64)
    (local $83 i32)
    (local $84 f64)
    (local $85 f64)
    (local $86 f64)
    (local $87 f64)
    (local $88 f64)
    (local $89 i32)
    (local $90 f64)
    (local $91 f64)
    (local $92 f64)
    (local $93 f64)
    (local $94 f64)
    (local $95 i32)
    (local $96 f64)
    (local $97 f64)
    (local $98 f64)
    (local $99 f64)
    (local $100 f64)
    (local $101 i32)
    (local $102 f64)
    (local $103 f64)
    (local $104 f64)
    (local $105 f64)
    (local $106 f64)
    (local $107 i32)
    (local $108 f64)
    (local $109 f64)
    (local $110 f64)
    (local $111 f64)
    (local $112 f64)
    (local $113 i32)
    (local $114 f64)
    (local $115 f64)
    (local $116 f64)
    (local $117 f64)
    (local $118 f64)
    (local $119 i32)
    (local $120 f64)
    (local $121 f64)
    (local $122 f64)
    (local $123 f64)
    (local $124 f64)
    (local $125 i32)
    (local $126 f64)
    (local $127 f64)
    (local $128 f64)
    (local $129 f64)
    (local $130 f64)
    (local $131 i32)
    (local $132 f64)
    (local $133 f64)
    (local $134 f64)
    (local $135 f64)
    (local $136 f64)
    (local $137 i32)
    (local $138 f64)
    (local $139 f64)
    (local $140 f64)
    (local $141 f64)
    (local $142 f64)
    (local $143 f64)
    (local $144 f64)
    (local $145 f64)
    (local $146 i32)
    (local $147 f64)
    (local $148 f64)
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
    f64.load offset=40 align=8
    local.set 13
    local.get 2
    f64.load offset=48 align=8
    local.set 14
    local.get 0
    local.set 15
    i32.const 1
    local.set 27
    local.get 13
    local.set 145
    local.get 14
    local.set 147
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
        local.set 51
        local.get 51
        i32.load align=4
        local.set 52
        local.get 51
        i32.load offset=4 align=4
        local.get 52
        i32.sub
        local.set 20
        local.get 8
        local.get 52
        local.get 9
        i32.mul
        i32.add
        local.set 21
        local.get 10
        local.get 52
        local.get 11
        i32.mul
        i32.add
        local.set 22
        local.get 21
        local.set 23
        local.get 22
        local.set 24
        f64.const 0
        local.set 28
        f64.const 0
        local.set 29
        f64.const 0
        local.set 30
        i32.const 0
        local.set 17
        block
          loop
            local.get 17
            local.get 20
            i32.ge_s
            br_if 1
            local.get 17
            i32.const 8192
            i32.add
            local.set 18
            local.get 18
            local.get 20
            local.get 18
            local.get 20
            i32.lt_s
            select
            local.set 18
            f64.const 0
            local.set 31
            f64.const 0
            local.set 32
            f64.const 0
            local.set 33
            block
              loop
                local.get 17
                local.get 18
                i32.ge_s
                br_if 1
                local.get 17
                i32.const 128
                i32.add
                local.set 19
                local.get 19
                local.get 18
                local.get 19
                local.get 18
                i32.lt_s
                select
                local.set 19
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
                local.set 39
                f64.const 0
                local.set 40
                f64.const 0
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
                f64.const 0
                f64x2.splat
                local.set 45
                block
                  loop
                    local.get 17
                    i32.const 8
                    i32.add
                    local.get 19
                    i32.gt_s
                    br_if 1
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 53
                    f64.const nan
                    local.set 54
                    local.get 53
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 53
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 54
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 55
                    local.get 55
                    local.get 54
                    f64.mul
                    local.set 56
                    local.get 56
                    local.get 56
                    f64.mul
                    local.set 57
                    local.get 57
                    local.set 58
                    local.get 34
                    local.get 58
                    f64.add
                    local.set 34
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 59
                    f64.const nan
                    local.set 60
                    local.get 59
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 59
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 60
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 61
                    local.get 61
                    local.get 60
                    f64.mul
                    local.set 62
                    local.get 62
                    local.get 62
                    f64.mul
                    local.set 63
                    local.get 63
                    local.set 64
                    local.get 35
                    local.get 64
                    f64.add
                    local.set 35
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 65
                    f64.const nan
                    local.set 66
                    local.get 65
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 65
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 66
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 67
                    local.get 67
                    local.get 66
                    f64.mul
                    local.set 68
                    local.get 68
                    local.get 68
                    f64.mul
                    local.set 69
                    local.get 69
                    local.set 70
                    local.get 36
                    local.get 70
                    f64.add
                    local.set 36
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 71
                    f64.const nan
                    local.set 72
                    local.get 71
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 71
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 72
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 73
                    local.get 73
                    local.get 72
                    f64.mul
                    local.set 74
                    local.get 74
                    local.get 74
                    f64.mul
                    local.set 75
                    local.get 75
                    local.set 76
                    local.get 37
                    local.get 76
                    f64.add
                    local.set 37
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 77
                    f64.const nan
                    local.set 78
                    local.get 77
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 77
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 78
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 79
                    local.get 79
                    local.get 78
                    f64.mul
                    local.set 80
                    local.get 80
                    local.get 80
                    f64.mul
                    local.set 81
                    local.get 81
                    local.set 82
                    local.get 38
                    local.get 82
                    f64.add
                    local.set 38
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 83
                    f64.const nan
                    local.set 84
                    local.get 83
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 83
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 84
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 85
                    local.get 85
                    local.get 84
                    f64.mul
                    local.set 86
                    local.get 86
                    local.get 86
                    f64.mul
                    local.set 87
                    local.get 87
                    local.set 88
                    local.get 39
                    local.get 88
                    f64.add
                    local.set 39
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 89
                    f64.const nan
                    local.set 90
                    local.get 89
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 89
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 90
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 91
                    local.get 91
                    local.get 90
                    f64.mul
                    local.set 92
                    local.get 92
                    local.get 92
                    f64.mul
                    local.set 93
                    local.get 93
                    local.set 94
                    local.get 40
                    local.get 94
                    f64.add
                    local.set 40
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 6
                    local.get 24
                    i32.const 2
                    i32.shl
                    i32.add
                    i32.load align=4
                    local.set 95
                    f64.const nan
                    local.set 96
                    local.get 95
                    local.get 12
                    i32.lt_u
                    if
                      local.get 7
                      local.get 95
                      i32.const 3
                      i32.shl
                      i32.add
                      f64.load align=8
                      local.set 96
                    end
                    local.get 5
                    local.get 23
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 97
                    local.get 97
                    local.get 96
                    f64.mul
                    local.set 98
                    local.get 98
                    local.get 98
                    f64.mul
                    local.set 99
                    local.get 99
                    local.set 100
                    local.get 41
                    local.get 100
                    f64.add
                    local.set 41
                    local.get 23
                    local.get 9
                    i32.add
                    local.set 23
                    local.get 24
                    local.get 11
                    i32.add
                    local.set 24
                    local.get 17
                    i32.const 8
                    i32.add
                    local.set 17
                    br 0
                  end
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 101
                  f64.const nan
                  local.set 102
                  local.get 101
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 101
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 102
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 103
                  local.get 103
                  local.get 102
                  f64.mul
                  local.set 104
                  local.get 104
                  local.get 104
                  f64.mul
                  local.set 105
                  local.get 105
                  local.set 106
                  local.get 34
                  local.get 106
                  f64.add
                  local.set 34
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 107
                  f64.const nan
                  local.set 108
                  local.get 107
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 107
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 108
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 109
                  local.get 109
                  local.get 108
                  f64.mul
                  local.set 110
                  local.get 110
                  local.get 110
                  f64.mul
                  local.set 111
                  local.get 111
                  local.set 112
                  local.get 35
                  local.get 112
                  f64.add
                  local.set 35
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 113
                  f64.const nan
                  local.set 114
                  local.get 113
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 113
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 114
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 115
                  local.get 115
                  local.get 114
                  f64.mul
                  local.set 116
                  local.get 116
                  local.get 116
                  f64.mul
                  local.set 117
                  local.get 117
                  local.set 118
                  local.get 36
                  local.get 118
                  f64.add
                  local.set 36
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 119
                  f64.const nan
                  local.set 120
                  local.get 119
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 119
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 120
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 121
                  local.get 121
                  local.get 120
                  f64.mul
                  local.set 122
                  local.get 122
                  local.get 122
                  f64.mul
                  local.set 123
                  local.get 123
                  local.set 124
                  local.get 37
                  local.get 124
                  f64.add
                  local.set 37
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 125
                  f64.const nan
                  local.set 126
                  local.get 125
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 125
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 126
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 127
                  local.get 127
                  local.get 126
                  f64.mul
                  local.set 128
                  local.get 128
                  local.get 128
                  f64.mul
                  local.set 129
                  local.get 129
                  local.set 130
                  local.get 38
                  local.get 130
                  f64.add
                  local.set 38
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 131
                  f64.const nan
                  local.set 132
                  local.get 131
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 131
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 132
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 133
                  local.get 133
                  local.get 132
                  f64.mul
                  local.set 134
                  local.get 134
                  local.get 134
                  f64.mul
                  local.set 135
                  local.get 135
                  local.set 136
                  local.get 39
                  local.get 136
                  f64.add
                  local.set 39
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 17
                local.get 19
                i32.lt_s
                if
                  local.get 6
                  local.get 24
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load align=4
                  local.set 137
                  f64.const nan
                  local.set 138
                  local.get 137
                  local.get 12
                  i32.lt_u
                  if
                    local.get 7
                    local.get 137
                    i32.const 3
                    i32.shl
                    i32.add
                    f64.load align=8
                    local.set 138
                  end
                  local.get 5
                  local.get 23
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 139
                  local.get 139
                  local.get 138
                  f64.mul
                  local.set 140
                  local.get 140
                  local.get 140
                  f64.mul
                  local.set 141
                  local.get 141
                  local.set 142
                  local.get 40
                  local.get 142
                  f64.add
                  local.set 40
                  local.get 23
                  local.get 9
                  i32.add
                  local.set 23
                  local.get 24
                  local.get 11
                  i32.add
                  local.set 24
                  local.get 17
                  i32.const 1
                  i32.add
                  local.set 17
                end
                local.get 42
                f64x2.extract_lane 0
                local.get 34
                f64.add
                local.set 34
                local.get 42
                f64x2.extract_lane 1
                local.get 35
                f64.add
                local.set 35
                local.get 43
                f64x2.extract_lane 0
                local.get 36
                f64.add
                local.set 36
                local.get 43
                f64x2.extract_lane 1
                local.get 37
                f64.add
                local.set 37
                local.get 44
                f64x2.extract_lane 0
                local.get 38
                f64.add
                local.set 38
                local.get 44
                f64x2.extract_lane 1
                local.get 39
                f64.add
                local.set 39
                local.get 45
                f64x2.extract_lane 0
                local.get 40
                f64.add
                local.set 40
                local.get 45
                f64x2.extract_lane 1
                local.get 41
                f64.add
                local.set 41
                local.get 34
                local.get 35
                f64.add
                local.get 36
                local.get 37
                f64.add
                f64.add
                local.get 38
                local.get 39
                f64.add
                local.get 40
                local.get 41
                f64.add
                f64.add
                f64.add
                local.set 143
                local.get 143
                local.get 32
                f64.sub
                local.set 25
                local.get 31
                local.get 25
                f64.add
                local.set 26
                local.get 26
                local.get 31
                f64.sub
                local.get 25
                f64.sub
                local.set 32
                local.get 26
                local.set 31
                local.get 33
                local.get 143
                f64.add
                local.set 33
                br 0
              end
            end
            local.get 31
            local.get 29
            f64.sub
            local.set 25
            local.get 28
            local.get 25
            f64.add
            local.set 26
            local.get 26
            local.get 28
            f64.sub
            local.get 25
            f64.sub
            local.set 29
            local.get 26
            local.set 28
            local.get 30
            local.get 33
            f64.add
            local.set 30
            br 0
          end
        end
        local.get 28
        local.get 30
        local.get 30
        local.get 30
        f64.sub
        f64.const 0
        f64.eq
        select
        local.set 28
        local.get 28
        f64.sqrt
        local.set 144
        local.get 144
        local.get 145
        f64.eq
        local.set 146
        local.get 147
        local.get 144
        local.get 146
        select
        local.set 148
        local.get 3
        local.get 15
        i32.const 3
        i32.shl
        i32.add
        local.get 148
        f64.store align=8
        local.get 15
        i32.const 1
        i32.add
        local.set 15
        br 0
      end
    end
  )
)

;; k_ew4_f64_86e35737
;; fuses: gather %0, mul %1, gather %2, div %3
;; outputs: f64; inputs: f64, i32, f64, i32, f64
;; cache key: r0|o:f64|i:f64c,i32c,f64c:table,i32c,f64c:table|c0|v0=gather.f64>f64(a2,a1);v1=mul.f64>f64(a0,v0);v2=gather.f64>f64(a4,a3);v3=div.f64>f64(v1,v2)|s:v3
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_ew4_f64_86e35737") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $13 f64)
    (local $14 f64)
    (local $15 f64)
    (local $16 i32)
    (local $17 f64)
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
    local.get 2
    i32.load offset=28 align=4
    local.set 10
    local.get 0
    local.set 11
    block
      loop
        local.get 11
        local.get 1
        i32.ge_s
        br_if 1
        local.get 5
        local.get 11
        i32.const 2
        i32.shl
        i32.add
        i32.load align=4
        local.set 12
        f64.const nan
        local.set 13
        local.get 12
        local.get 9
        i32.lt_u
        if
          local.get 6
          local.get 12
          i32.const 3
          i32.shl
          i32.add
          f64.load align=8
          local.set 13
        end
        local.get 4
        local.get 11
        i32.const 3
        i32.shl
        i32.add
        f64.load align=8
        local.set 14
        local.get 14
        local.get 13
        f64.mul
        local.set 15
        local.get 7
        local.get 11
        i32.const 2
        i32.shl
        i32.add
        i32.load align=4
        local.set 16
        f64.const nan
        local.set 17
        local.get 16
        local.get 10
        i32.lt_u
        if
          local.get 8
          local.get 16
          i32.const 3
          i32.shl
          i32.add
          f64.load align=8
          local.set 17
        end
        local.get 15
        local.get 17
        f64.div
        local.set 18
        local.get 3
        local.get 11
        i32.const 3
        i32.shl
        i32.add
        local.get 18
        f64.store align=8
        local.get 11
        i32.const 1
        i32.add
        local.set 11
        br 0
      end
    end
  )
)
