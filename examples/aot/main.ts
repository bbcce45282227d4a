// Prices a million options with examples/aot/options.ts and prints checksums. Run it as usual
// (kernels compiled with `new Function`), or with the kernels compiled ahead of time where code
// generation is forbidden (main-aot.ts):
//   npm run ndfuse -- aot examples/aot -o examples/aot/ndfuse-kernels.ts
//   node --disallow-code-generation-from-strings --import tsx examples/aot/main-aot.ts

import { book } from './book.js';
import { maxPrice, priceBook, priceCalls32 } from './options.js';

const n = Number(process.argv[2] ?? 1_000_000);

const { S, K, T } = book(n);
const priced = priceBook(S, K, T, 0.02, 0.3);
const calls32 = priceCalls32(Float32Array.from(S), Float32Array.from(K), Float32Array.from(T), 0.02, 0.3);
let sumCall = 0, sumPut = 0, sum32 = 0;
for (let i = 0; i < n; i++) {
  sumCall += priced.call[i]!;
  sumPut += priced.put[i]!;
  sum32 += calls32[i]!;
}
console.log(`${n} options`);
console.log(`sum of calls   ${sumCall.toFixed(6)}`);
console.log(`sum of puts    ${sumPut.toFixed(6)}`);
console.log(`mean put       ${priced.meanPut.toFixed(9)}`);
console.log(`max call       ${maxPrice(priced.call).toFixed(9)}`);
console.log(`sum of calls, float32  ${sum32.toFixed(3)}`);
