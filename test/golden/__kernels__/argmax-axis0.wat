;; k_argmax_i32_26eb6641
;; fuses: reduce %0
;; outputs: i32; inputs: f64 strided
;; cache key: r1|red1:r0=argmaxf>i32(a0)|o:i32|i:f64si|c0||s:r0
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "k_argmax_i32_26eb6641") (param $0 i32) (param $1 i32) (param $2 i32)
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
    (local $26 v128)
    (local $27 v128)
    (local $28 v128)
    (local $29 v128)
    (local $30 i32)
    (local $31 i32)
    (local $32 f64)
    (local $33 f64)
    (local $34 f64)
    (local $35 i32)
    (local $36 i32)
    (local $37 i32)
    (local $38 i32)
    (local $39 i32)
    (local $40 i32)
    (local $41 i32)
    (local $42 i32)
    (local $43 f64)
    (local $44 f64)
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
    local.get 2
    i32.load offset=28 align=4
    local.set 37
    local.get 2
    i32.load offset=32 align=4
    i32.const 0
    local.get 37
    i32.const 1
    i32.eq
    select
    local.set 38
    local.get 2
    i32.load offset=36 align=4
    local.get 6
    local.get 37
    i32.const 1
    i32.eq
    select
    local.set 41
    local.get 2
    i32.load offset=40 align=4
    local.set 39
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
        local.set 42
        local.get 15
        local.get 42
        local.get 8
        i32.mul
        i32.add
        local.set 15
        local.get 37
        i32.const 2
        i32.eq
        if
          local.get 39
          f64.load align=8
          local.set 23
          local.get 39
          f64.load offset=8 align=8
          i32.trunc_f64_s
          local.set 35
          local.get 39
          f64.load offset=16 align=8
          i32.trunc_f64_s
          local.set 36
          local.get 39
          i32.const 24
          i32.add
          local.set 39
        else
          local.get 38
          i32.eqz
          if
            local.get 15
            local.set 16
          else
            local.get 38
            local.set 40
            local.get 15
            local.get 40
            local.get 9
            i32.mul
            i32.add
            local.set 16
          end
          f64.const -inf
          local.set 20
          f64.const 0
          local.set 21
          f64.const 0
          local.set 22
          f64.const -inf
          local.set 23
          i32.const 0
          local.set 35
          i32.const 0
          local.set 36
          local.get 38
          local.set 12
          block
            loop
              local.get 12
              local.get 41
              i32.ge_s
              br_if 1
              local.get 12
              i32.const 8192
              i32.add
              local.set 13
              local.get 13
              local.get 41
              local.get 13
              local.get 41
              i32.lt_s
              select
              local.set 13
              local.get 37
              i32.const 1
              i32.eq
              if
                f64.const -inf
                local.set 23
                i32.const 0
                local.set 35
                i32.const 0
                local.set 36
              end
              block
                loop
                  local.get 12
                  local.get 13
                  i32.ge_s
                  br_if 1
                  local.get 4
                  local.get 16
                  i32.const 3
                  i32.shl
                  i32.add
                  f64.load align=8
                  local.set 43
                  local.get 43
                  local.set 44
                  local.get 44
                  local.get 23
                  f64.gt
                  local.get 44
                  local.get 44
                  f64.ne
                  local.get 23
                  local.get 23
                  f64.eq
                  i32.and
                  i32.or
                  if
                    local.get 44
                    local.set 23
                    local.get 36
                    local.set 35
                  end
                  local.get 36
                  i32.const 1
                  i32.add
                  local.set 36
                  local.get 16
                  local.get 9
                  i32.add
                  local.set 16
                  local.get 12
                  i32.const 1
                  i32.add
                  local.set 12
                  br 0
                end
              end
              local.get 37
              i32.const 1
              i32.eq
              if
                local.get 39
                local.get 23
                f64.store align=8
                local.get 39
                local.get 35
                f64.convert_i32_s
                f64.store offset=8 align=8
                local.get 39
                local.get 36
                f64.convert_i32_s
                f64.store offset=16 align=8
                local.get 39
                i32.const 24
                i32.add
                local.set 39
              else
              end
              br 0
            end
          end
        end
        local.get 37
        i32.const 1
        i32.ne
        if
          local.get 3
          local.get 10
          i32.const 2
          i32.shl
          i32.add
          local.get 35
          i32.store align=4
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
