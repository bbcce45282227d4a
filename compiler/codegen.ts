// Code generation: LoopIR to the source of one JavaScript function
//   name(start, end, buf, cst, geo)
// that computes elements [start, end) of its outputs. `buf` holds the output arrays then the inputs,
// `cst` the constants, `geo` the loop dims and each strided input's offset and strides. The source
// depends only on the LoopIR, one statement per line, so it can be printed and kept as a golden file.

import { emitAlu, emitCast, LIB, type LibName } from './alu.js';
import type { LoopIR, Ref } from './lower.js';

export interface Rendered {
  readonly source: string;
  /** Helpers from `LIB` the source calls by name; the runtime binds them. */
  readonly helpers: readonly LibName[];
}

export function renderJs(ir: LoopIR, name: string): Rendered {
  const R = ir.rank;
  const inner = R - 1;
  const lines: string[] = [];
  const emit = (indent: number, text: string): void => {
    lines.push('  '.repeat(indent) + text);
  };

  // how often each value is used decides whether it gets a name or is inlined
  const uses = new Array<number>(ir.body.length).fill(0);
  for (const b of ir.body) for (const a of b.args) if (a.k === 'v') uses[a.i]!++;
  for (const s of ir.stores) if (s.k === 'v') uses[s.i]!++;

  const stridedIdx = ir.ins.map((x, k) => (x.strided ? k : -1)).filter((k) => k >= 0);
  const load = (k: number): string => `a${k}[${ir.ins[k]!.strided ? `p${k}` : 'i'}]`;
  const exprs: string[] = [];
  const ref = (r: Ref): string => (r.k === 'in' ? load(r.i) : r.k === 'c' ? `c${r.i}` : exprs[r.i]!);

  const bodyLines: string[] = [];
  ir.body.forEach((b, i) => {
    const args = b.args.map(ref);
    const e = b.op === 'cast' ? emitCast(b.dtype, b.out, args[0]!) : emitAlu(b.op, b.dtype, args);
    if (uses[i]! > 1) {
      bodyLines.push(`const v${i} = ${e};`);
      exprs[i] = `v${i}`;
    } else exprs[i] = e;
  });
  ir.stores.forEach((s, j) => bodyLines.push(`o${j}[i] = ${ref(s)};`));
  for (const k of stridedIdx) if (R > 0) bodyLines.push(`p${k} += s${k}_${inner};`);

  emit(0, `function ${name}(start, end, buf, cst, geo) {`);
  const arrays = [...ir.outs.map((_, j) => `o${j} = buf[${j}]`), ...ir.ins.map((_, k) => `a${k} = buf[${ir.outs.length + k}]`)];
  emit(1, `const ${arrays.join(', ')};`);
  if (ir.nconsts > 0) emit(1, `const ${Array.from({ length: ir.nconsts }, (_, k) => `c${k} = cst[${k}]`).join(', ')};`);

  if (R === 0) {
    emit(1, 'for (let i = start; i < end; i++) {');
    for (const l of bodyLines) emit(2, l);
    emit(1, '}');
  } else {
    // geometry: dims, then per strided input its offset and strides
    emit(1, `const ${Array.from({ length: R }, (_, d) => `d${d} = geo[${d}]`).join(', ')};`);
    let g = R;
    const offsets: string[] = [];
    for (const k of stridedIdx) {
      offsets.push(`geo[${g}]`);
      emit(1, `const ${Array.from({ length: R }, (_, d) => `s${k}_${d} = geo[${g + 1 + d}]`).join(', ')};`);
      g += 1 + R;
    }
    // moving to the next row of dim d (after a full row of dim d + 1) adds b<k>_<d> to a read's position
    for (const k of stridedIdx) {
      if (R > 1) emit(1, `const ${Array.from({ length: R - 1 }, (_, d) => `b${k}_${d} = s${k}_${d} - d${d + 1} * s${k}_${d + 1}`).join(', ')};`);
    }
    // where `start` falls in the loop nest
    emit(1, `let t = start;`);
    for (let d = R - 1; d >= 1; d--) emit(1, `let q${d} = t % d${d}; t = (t - q${d}) / d${d};`);
    emit(1, `let q0 = t;`);
    stridedIdx.forEach((k, j) => {
      const terms = Array.from({ length: R }, (_, d) => `q${d} * s${k}_${d}`);
      emit(1, `let p${k} = ${offsets[j]} + ${terms.join(' + ')};`);
    });
    emit(1, 'let i = start;');
    emit(1, 'while (i < end) {');
    emit(2, `const stop = Math.min(end, i + d${inner} - q${inner});`);
    emit(2, 'for (; i < stop; i++) {');
    for (const l of bodyLines) emit(3, l);
    emit(2, '}');
    if (R > 1) {
      emit(2, `q${inner} = 0;`);
      // carry into the outer dims, innermost first
      const carry = (d: number, indent: number): void => {
        for (const k of stridedIdx) emit(indent, `p${k} += b${k}_${d};`);
        if (d === 0) return;
        emit(indent, `if (++q${d} === d${d}) {`);
        emit(indent + 1, `q${d} = 0;`);
        carry(d - 1, indent + 1);
        emit(indent, '}');
      };
      carry(inner - 1, 2);
    }
    emit(1, '}');
  }
  emit(0, '}');
  const source = lines.join('\n');
  const helpers = (Object.keys(LIB) as LibName[]).filter((h) => source.includes(h + '('));
  return { source, helpers };
}
