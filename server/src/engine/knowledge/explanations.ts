/** The registry of Private Link explanations (hover and rule-doc text in our own words), each ending with a link to Microsoft's Private Link FAQ. */
import { ENDPOINT_TOPICS } from './topicsEndpoint';
import { DNS_TOPICS } from './topicsDns';
import { SERVICE_TOPICS } from './topicsService';
import { GENERAL_TOPICS } from './topicsGeneral';
import { FAQ_URL, type ExplanationSource } from './explanationSource';

export { FAQ_URL } from './explanationSource';

export const EXPLANATION_TOPICS = [
  'privateEndpoint',
  'privateLinkService',
  'connectionCardinality',
  'privateLinkServiceConnections',
  'manualPrivateLinkServiceConnections',
  'groupIds',
  'customDnsConfigs',
  'staticIpConfigurations',
  'publicNetworkAccess',
  'privateDnsZoneGroups',
  'privateDnsZoneId',
  'privateDnsZone',
  'virtualNetworkLinks',
  'registrationEnabled',
  'privateEndpointNetworkPolicies',
  'privateLinkServiceNetworkPolicies',
  'visibility',
  'autoApproval',
  'enableProxyProtocol',
  'loadBalancerFrontendIpConfigurations',
  'natIpConfigurations',
  'scalingPrivateLinkService',
  'protocols',
  'serviceEndpoints',
  'dataPrivacy',
  'overlappingAddressSpace',
  'crossRegionAndTenant',
  'dedicatedSubnets',
] as const;

export type ExplanationTopic = (typeof EXPLANATION_TOPICS)[number];

export interface Explanation {
  readonly topic: ExplanationTopic;
  readonly title: string;
  /** A few short paragraphs or bullets; the last line is always the link to the Private Link FAQ. */
  readonly markdown: string;
  /** One or two sentences: what a hover says before its link to more. */
  readonly summary: string;
  /** The Learn page the topic points to first (else the FAQ): where a hover's "more" goes when no rule page fits. */
  readonly moreUrl: string;
  readonly faqQuestions?: readonly string[];
}

const SOURCES: Readonly<Record<ExplanationTopic, ExplanationSource>> = {
  ...ENDPOINT_TOPICS,
  ...DNS_TOPICS,
  ...SERVICE_TOPICS,
  ...GENERAL_TOPICS,
};

function render(topic: ExplanationTopic, source: ExplanationSource): Explanation {
  const parts = [source.body.trim()];
  if (source.links && source.links.length > 0) parts.push(`See also: ${source.links.map((l) => `[${l.title}](${l.url})`).join(' · ')}`);
  parts.push(`[Azure Private Link FAQ](${FAQ_URL})`);
  return {
    topic,
    title: source.title,
    markdown: parts.join('\n\n'),
    summary: source.summary ?? firstSentence(source.body),
    moreUrl: source.links?.[0]?.url ?? FAQ_URL,
    faqQuestions: source.faqQuestions,
  };
}

/** The body's first sentence, on one line. */
function firstSentence(body: string): string {
  const paragraph = body
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s*\n\s*/g, ' ');
  const end = /[.!?](\s|$)/.exec(paragraph);
  return end ? paragraph.slice(0, end.index + 1) : paragraph;
}

/**
 * Every explanation, rendered once when the module loads from the constant sources above and never changed (frozen
 * entries in a read-only map; the module-state meta-test allowlists it).
 */
const EXPLANATIONS: ReadonlyMap<ExplanationTopic, Explanation> = new Map(
  EXPLANATION_TOPICS.map((topic) => [topic, Object.freeze(render(topic, SOURCES[topic]))]),
);

/** The explanation for a topic. */
export function explanation(topic: ExplanationTopic): Explanation {
  return EXPLANATIONS.get(topic) as Explanation;
}

export function isExplanationTopic(name: string): name is ExplanationTopic {
  return (EXPLANATION_TOPICS as readonly string[]).includes(name);
}
