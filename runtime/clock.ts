// Milliseconds from a monotonic clock. Not `performance.now()`: in Node 20 the first touch of the
// `performance` global loads perf_hooks, about 1 ms that the first kernel compile would pay.

export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;
