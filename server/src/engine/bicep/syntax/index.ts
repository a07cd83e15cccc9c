/** The public surface of the Bicep syntax layer: `parseBicep` and the syntax tree types. */
export { parseBicep } from './parseBicep';
export { dumpSyntax } from './dump';
export { childrenOf } from './children';
export type * from './ast';
