/** The engine's entry points, re-exported for the language server, the CLI and the tests. */
export * from './api';
export { analyzeDocument } from './analyze';
export { renderOffers } from './fixes/render';
export { AnalysisCache } from './incremental/analysisCache';
export { hoverAt, hoverFromSnapshot } from './hover/hoverAt';
export type { AnalysisSnapshot } from './hover/analysisSnapshot';
export { describeRules, DOCS_BASE_URL } from './rules/registry';
export { detectLanguage } from './detectLanguage';
export { blankJsonComments } from './arm/jsonNetLeniency';
export { findSuppressionComments, readResourceCommentDirective, RESOURCE_COMMENT_DIRECTIVE } from './suppressions';
export { describeFinding, keyWithoutParameterFiles, type FindingProvenance } from './provenance';
export { DEFAULT_MAX_FILE_SIZE } from './hostFiles';
export { MAX_FINDINGS_PER_FILE } from './findingLimit';
export { completionsAt, type CompletionEntry, type CompletionResult } from './completion/completionsAt';
export { getKnowledge } from './knowledge/knowledge';
export { privateLinkMapOf } from './map/mapFromSnapshot';
export { mapsToMermaid, type MermaidMap, type MermaidOptions } from './map/mermaid';
export type { PrivateLinkMap, MapNode, MapEdge, DnsPath, DnsStep, MapNodeKind, MapDeclaration } from './map/mapModel';
