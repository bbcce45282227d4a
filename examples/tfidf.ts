// The seed's example: `tf * idf - 1` runs as one generated loop with no temporary array.
// Run: npx ndfuse run examples/tfidf.ts --dump-kernels     (or NDFUSE_DEBUG=4)

import { array, random } from 'ndfuse';

const n = 1_000_000;
const tf = random([n], { seed: 1 });
const idf = array(new Float64Array(n).fill(2.5));

const result = tf.mul(idf).sub(1);
console.log(result.explain().split('== kernels ==')[0]);
const data = result.toTypedArray();
console.log(`first values: ${Array.from(data.subarray(0, 4), (v) => v.toFixed(4)).join(', ')}`);
