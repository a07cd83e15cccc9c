/**
 * Records which parameter defaults (or parameter-file values) an evaluation used, so a finding built on them can name
 * them. Collections nest: what an inner evaluation used counts for the outer one too.
 */
import type { ParameterOrigin } from './model';

export class OriginCollector {
  private readonly stack: ParameterOrigin[][] = [];

  /** Runs `action` and returns the origins it used, besides recording them in any enclosing collection. */
  collect<T>(action: () => T): { value: T; origins: ParameterOrigin[] } {
    const origins: ParameterOrigin[] = [];
    this.stack.push(origins);
    try {
      return { value: action(), origins };
    } finally {
      this.stack.pop();
      const outer = this.stack[this.stack.length - 1];
      if (outer) for (const origin of origins) pushUnique(outer, origin);
    }
  }

  /** Runs `action` with its origins kept to itself: nothing it records reaches the enclosing collections. */
  isolated<T>(action: () => T): T {
    this.stack.push([]);
    try {
      return action();
    } finally {
      this.stack.pop();
    }
  }

  record(origin: ParameterOrigin): void {
    const current = this.stack[this.stack.length - 1];
    if (current) pushUnique(current, origin);
  }
}

function pushUnique(list: ParameterOrigin[], origin: ParameterOrigin): void {
  if (!list.some((o) => o.name === origin.name && o.loc.span.start === origin.loc.span.start)) list.push(origin);
}
