/**
 * What a lowering does besides adding resources: diagnostics, deployments, anonymous unknowns, deploy-time choices
 * found (model/deployTimeChoices.ts: they make the analysis lower the model again). A declaration whose
 * lowering did any of it is not replayed (incremental/declarationCache.ts): a replay would not do it again.
 */
import type { ModelBuilder } from '../model/modelBuilder';

/** Counts those effects from its creation on; `pause` while another declaration is lowered on this one's behalf. */
export class SideEffectWatch {
  private effects = 0;
  private mark: number;
  private paused = 0;

  constructor(private readonly builder: ModelBuilder) {
    this.mark = this.count();
  }

  /** Runs `action` without counting what it does. */
  pause<T>(action: () => T): T {
    if (this.paused++ === 0) this.effects += this.count() - this.mark;
    try {
      return action();
    } finally {
      if (--this.paused === 0) this.mark = this.count();
    }
  }

  /** True when nothing was counted. */
  get clean(): boolean {
    return this.counted === 0;
  }

  /** How many effects were counted (deployments created included: ARM replays those, see lowerArmTemplate.ts). */
  get counted(): number {
    return this.effects + (this.paused === 0 ? this.count() - this.mark : 0);
  }

  private count(): number {
    return sideEffectCount(this.builder);
  }
}

/** How many of those effects the analysis has had so far (a watch, or ArmScope, compares two counts). */
export function sideEffectCount(builder: ModelBuilder): number {
  return builder.diagnostics.length + builder.deploymentsCreated + builder.analysis.anonymousUnknownsMade + builder.choices.foundCount;
}
