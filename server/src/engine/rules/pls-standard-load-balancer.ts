/** pls-standard-load-balancer: a Private Link service needs a Standard load balancer; Basic (the default SKU) is not supported. */
import { isKnownString } from '../evaluate/value';
import { at } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices, frontendsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';

export const plsStandardLoadBalancer: Rule = {
  id: 'pls-standard-load-balancer',
  defaultLevel: 'error',
  title: "A Private Link service's load balancer has the Standard SKU.",
  check({ graph, report }) {
    const reported = new Set<string>();
    for (const pls of declaredPrivateLinkServices(graph)) {
      for (const use of frontendsOf(pls, graph)) {
        const lb = use.loadBalancer;
        if (!lb || lb.existing || reported.has(lb.key) || !lb.body.members) continue;
        const skuName = at(lb.body, 'sku', 'name');
        const sku = at(lb.body, 'sku');
        let reason: string;
        if (!sku || sku.value === null) reason = 'sets no SKU, which means Basic';
        else if (!skuName) {
          if (!sku.members) continue;
          reason = 'has a SKU without a name, which means Basic';
        } else if (isKnownString(skuName.value) && skuName.value.toLowerCase() === 'basic') reason = "has SKU 'Basic'";
        else continue;
        reported.add(lb.key);
        report({
          at: skuName?.loc ?? sku?.loc ?? lb.anchor,
          message: `This load balancer ${reason}, but Private Link services are not supported on a Basic load balancer, so the deployment fails: use the Standard SKU.`,
          basedOn: basedOn(skuName),
          related: [{ loc: use.reference.loc, message: 'The Private Link service using this load balancer' }],
          fixes: [
            {
              title: "Set the load balancer SKU to 'Standard'",
              actions: [{ kind: 'setProperty', object: lb.body, path: ['sku', 'name'], value: 'Standard' }],
            },
          ],
        });
      }
    }
  },
};
