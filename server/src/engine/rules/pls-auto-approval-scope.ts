/** pls-auto-approval-scope: auto-approval must not cover every subscription ('*') and must stay within the service's visibility. */
import { Value, isKnownString, isUnknown, valuesEqual } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, items } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices } from './support/loadBalancers';
import { basedOn } from './support/basedOn';
import { valueLabel } from './support/resourceNames';

/** What `visibility.subscriptions` admits: unknown, every subscription, or an explicit list (empty when not set). */
type Visibility =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'everyone' }
  | { readonly kind: 'list'; readonly entries: readonly ValueNode[]; readonly node?: ValueNode };

export const plsAutoApprovalScope: Rule = {
  id: 'pls-auto-approval-scope',
  defaultLevel: 'warning',
  title: "A Private Link service auto-approves only subscriptions it is visible to, and never every subscription ('*').",
  check({ graph, report }) {
    for (const pls of declaredPrivateLinkServices(graph)) {
      const autoApproved = items(at(pls.body, 'properties', 'autoApproval', 'subscriptions'));
      if (!autoApproved || autoApproved.length === 0) continue;
      const visibility = visibilityOf(pls);
      for (const entry of autoApproved) {
        if (isStar(entry.value)) {
          report({
            at: entry.loc,
            message:
              "autoApproval '*' approves every connection request without review, so any subscription that can see the service connects at once: " +
              `list the consumer subscriptions to auto-approve instead.`,
            basedOn: basedOn(entry),
          });
          continue;
        }
        // An unknown subscription is proven missing only from an empty visibility, or by an entry that contradicts it.
        if (typeof entry.value !== 'string' && !isUnknown(entry.value)) continue;
        if (visibility.kind !== 'list') continue;
        if (!provenMissing(entry.value, visibility.entries)) continue;
        const where =
          visibility.entries.length === 0 ? 'visibility lists no subscriptions' : 'visibility.subscriptions does not include it';
        report({
          at: entry.loc,
          message:
            `Subscription ${valueLabel(entry.value)} is auto-approved but ${where}, while auto-approval is meant as a subset of visibility (who may see the service and request a connection): ` +
            `add the subscription to visibility.subscriptions or remove it from autoApproval.`,
          basedOn: basedOn(entry, visibility.node),
          related: visibility.node ? [{ loc: visibility.node.loc, message: "The service's visibility" }] : [],
        });
      }
    }
  },
};

function visibilityOf(pls: Resource): Visibility {
  const visibility = at(pls.body, 'properties', 'visibility');
  // A known properties object without visibility, or a visibility without subscriptions, admits no subscription.
  if (!visibility || visibility.value === null) return { kind: 'list', entries: [] };
  const subscriptions = at(visibility, 'subscriptions');
  if (!subscriptions || subscriptions.value === null) return { kind: 'list', entries: [], node: visibility };
  const entries = items(subscriptions);
  if (!entries) return { kind: 'unknown' };
  if (entries.some((entry) => isStar(entry.value))) return { kind: 'everyone' };
  return { kind: 'list', entries, node: subscriptions };
}

/** True only when no visibility entry can equal the subscription (an unknown entry might). */
function provenMissing(subscription: Value, entries: readonly ValueNode[]): boolean {
  for (const entry of entries) {
    const value = entry.value;
    if (isKnownString(value) && isKnownString(subscription)) {
      if (value.trim().toLowerCase() === subscription.trim().toLowerCase()) return false;
      continue;
    }
    if (valuesEqual(value, subscription, true) !== false) return false;
  }
  return true;
}

function isStar(value: Value): boolean {
  return isKnownString(value) && value.trim() === '*';
}
