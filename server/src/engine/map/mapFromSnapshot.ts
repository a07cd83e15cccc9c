/**
 * The map of a kept analysis (`AnalysisSnapshot`), as the language server and the CLI ask for it: built on demand from
 * the snapshot's model and graph, with the findings the caller shows, so it says what the diagnostics say.
 */
import type { EngineFinding } from '../api';
import type { AnalysisSnapshot } from '../hover/analysisSnapshot';
import { getKnowledge } from '../knowledge/knowledge';
import { buildPrivateLinkMap } from './buildMap';
import type { LocatedFinding, PrivateLinkMap } from './mapModel';

/** Undefined when the analysis built no model (a file too large, a failed analysis). */
export function privateLinkMapOf(
  snapshot: AnalysisSnapshot,
  findings: readonly (LocatedFinding | EngineFinding)[] = [],
): PrivateLinkMap | undefined {
  if (!snapshot.model || !snapshot.graph) return undefined;
  const located = findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, path: f.path, range: f.range }));
  // The root is the analysed document (a parameter file analyses its template: the map is still the parameter file's).
  return { ...buildPrivateLinkMap(snapshot.model, snapshot.graph, getKnowledge(), located, snapshot.dns), root: snapshot.path };
}
