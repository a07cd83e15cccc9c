/** A jsonc-parser node as a plain value, without evaluating expressions (parameter files hold literal values). */
import type { Node as JsonNode } from 'jsonc-parser';
import type { ObjectValue, Value } from '../evaluate/value';

export function jsonLiteralValue(node: JsonNode): Value {
  switch (node.type) {
    case 'object': {
      const result: ObjectValue = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value && typeof key.value === 'string') result[key.value] = jsonLiteralValue(value);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(jsonLiteralValue);
    case 'string':
    case 'number':
    case 'boolean':
      return node.value as Value;
    default:
      return null;
  }
}
