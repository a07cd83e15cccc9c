/**
 * `privateLink/map`: the Private Link map of an open document, built from the analysis the validator keeps for it
 * (the same one hovers answer from: with its callers and parameter file), with that analysis' findings. Paths are
 * URIs and ranges LSP ranges in the text that analysis read. When no analysis is kept yet (a document opened a
 * moment ago), the request waits for the next one, as a hover does; `null` when there is none to build from.
 *
 * Params: `{ textDocument: { uri } }`. Result: the engine's `PrivateLinkMap` (version 1) with `root`, `files[].path`
 * and `nodes[].path` as URIs and `nodes[].range` as `{ start, end }` line/character positions; or `null`.
 */
import type { CancellationToken, Range } from 'vscode-languageserver/node';
import { privateLinkMapOf, type MapNode, type PrivateLinkMap } from '../engine';
import { pathToUri, uriToPath } from './convert';
import { nextAnalysis } from './hover';
import type { StepAside } from './requests';
import type { RetainedAnalysis } from './validator';

export const MAP_REQUEST = 'privateLink/map';

export interface MapParams {
  readonly textDocument: { readonly uri: string };
}

export interface LspMapNode extends Omit<MapNode, 'range'> {
  readonly range?: Range;
}

export interface LspMap extends Omit<PrivateLinkMap, 'nodes'> {
  readonly nodes: readonly LspMapNode[];
}

export interface MapSources {
  analysisFor(path: string): RetainedAnalysis | undefined;
  onNextAnalysisFor(path: string, listener: () => void): () => void;
}

export async function provideMap(
  params: MapParams,
  sources: MapSources,
  token: CancellationToken,
  stepAside: StepAside,
): Promise<LspMap | null> {
  const uri = params?.textDocument?.uri;
  if (typeof uri !== 'string') return null;
  const path = uriToPath(uri);
  let retained = sources.analysisFor(path);
  if (!retained && !token.isCancellationRequested) {
    await stepAside(nextAnalysis(sources, path, token));
    retained = sources.analysisFor(path);
  }
  if (!retained) return null;
  const map = privateLinkMapOf(retained.snapshot, retained.findings ?? []);
  return map ? toLspMap(map, retained) : null;
}

function toLspMap(map: PrivateLinkMap, retained: RetainedAnalysis): LspMap {
  const { snapshot } = retained;
  return {
    ...map,
    root: pathToUri(map.root),
    files: map.files.map((file) => ({ ...file, path: pathToUri(file.path) })),
    nodes: map.nodes.map((node): LspMapNode => {
      const { range, ...rest } = node;
      const start = range && snapshot.positionAt(node.path, range.start);
      const end = range && snapshot.positionAt(node.path, range.end);
      return { ...rest, path: pathToUri(node.path), ...(start && end ? { range: { start, end } } : {}) };
    }),
  };
}
