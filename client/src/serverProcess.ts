/**
 * Node options the server process is started with (see server/src/lsp/heap.ts for why): `gc` exposed so the server
 * can collect garbage between analyses, a young generation big enough for one analysis of a large template, and no
 * pretenuring (V8 would otherwise allocate each analysis' short-lived objects directly in the old generation).
 * The benchmark starts the server the same way (bench/run-bench.mjs reads this list).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc', '--max-semi-space-size=32', '--no-allocation-site-pretenuring'];
