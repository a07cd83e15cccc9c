/**
 * Node options the server process is started with (see server/src/lsp/heap.ts for why): `gc` exposed so the server
 * can collect garbage between analyses, and a young generation big enough for one analysis of a large template.
 * The benchmark starts the server the same way (bench/lib/server-args.mjs reads this list).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--expose-gc', '--max-semi-space-size=32'];
