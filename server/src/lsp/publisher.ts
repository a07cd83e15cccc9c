/**
 * Publishes diagnostics per target URI, merging what several analysed documents report about one file
 * (a module's findings can come from the module itself and from every open file that uses it).
 */
import type { Diagnostic } from 'vscode-languageserver/node';

export class DiagnosticsPublisher {
  /** producer URI → target URI → diagnostics */
  private readonly byProducer = new Map<string, Map<string, Diagnostic[]>>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** Replaces everything `producer` reported, and republishes every target whose merged list may have changed. */
  set(producer: string, byTarget: ReadonlyMap<string, Diagnostic[]>): void {
    const previous = this.byProducer.get(producer);
    this.byProducer.set(producer, new Map(byTarget));
    const targets = new Set([...(previous?.keys() ?? []), ...byTarget.keys()]);
    for (const target of targets) this.publish(target);
  }

  /** The producer closed: its contributions go; other producers' findings about the same files stay. */
  remove(producer: string): void {
    const previous = this.byProducer.get(producer);
    if (!previous) return;
    this.byProducer.delete(producer);
    for (const target of previous.keys()) this.publish(target);
  }

  merged(target: string): Diagnostic[] {
    const seen = new Set<string>();
    const merged: Diagnostic[] = [];
    for (const byTarget of this.byProducer.values()) {
      for (const diagnostic of byTarget.get(target) ?? []) {
        const { start, end } = diagnostic.range;
        const key = `${String(diagnostic.code)}|${start.line}:${start.character}-${end.line}:${end.character}|${diagnostic.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        merged.push(diagnostic);
      }
    }
    return merged;
  }

  private publish(target: string): void {
    this.send(target, this.merged(target));
  }
}
