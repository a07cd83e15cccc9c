/**
 * The header of a numbered rule case (test/rules/<rule-id>/NN-<what>.json|bicep): its leading comment lines say
 * what the case must produce, analysed alone with every rule at its default level.
 *   // expect: <rule-id> <count>          how many findings of that rule the file must produce (0 for a trap)
 *   // expect-line: <n>                   (optional, repeatable) 1-based line where one of those findings starts;
 *                                         each line given is matched by a finding of its own
 *   // expect-message: <text>             (optional, repeatable) text every finding of the rule must contain
 *                                         (e.g. the parameter whose default decides)
 *   // expect-severity: <level>           (optional) severity every finding of the rule must have
 *   // expect-related: <n>: <text>         (optional, repeatable) every finding of the rule points the reader at line
 *                                         <n> of the file with a related location whose message contains <text>
 *   // expect-known-gap: <reason>         (optional) a shared-engine gap: the case is reported as todo
 * The header ends at the first line that is not an `// expect` line.
 */
export interface CaseExpectation {
  readonly rule: string;
  readonly count: number;
  readonly lines: readonly number[];
  readonly messages: readonly string[];
  readonly severity?: string;
  readonly related: readonly { readonly line: number; readonly text: string }[];
  readonly knownGap?: string;
}

export function readCaseExpectation(file: string, text: string): CaseExpectation {
  let rule: string | undefined;
  let count: number | undefined;
  const lines: number[] = [];
  const messages: string[] = [];
  const related: { line: number; text: string }[] = [];
  let severity: string | undefined;
  let knownGap: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('// expect')) break;
    let m: RegExpMatchArray | null;
    if ((m = /^\/\/ expect:\s+(\S+)\s+(\d+)\s*$/.exec(line))) {
      if (rule !== undefined) throw new Error(`${file}: a second "// expect:" line`);
      rule = m[1];
      count = Number(m[2]);
    } else if ((m = /^\/\/ expect-line:\s+(\d+)\s*$/.exec(line))) {
      lines.push(Number(m[1]));
    } else if ((m = /^\/\/ expect-message:\s+(.+)$/.exec(line))) {
      messages.push(m[1].trim());
    } else if ((m = /^\/\/ expect-severity:\s+(\S+)\s*$/.exec(line))) {
      severity = m[1];
    } else if ((m = /^\/\/ expect-related:\s+(\d+):\s+(.+)$/.exec(line))) {
      related.push({ line: Number(m[1]), text: m[2].trim() });
    } else if ((m = /^\/\/ expect-known-gap:\s+(.+)$/.exec(line))) {
      knownGap = m[1].trim();
    } else {
      throw new Error(`${file}: unreadable expectation line "${line}"`);
    }
  }
  if (rule === undefined || count === undefined) throw new Error(`${file}: no "// expect: <rule-id> <count>" line`);
  if (lines.length > count) throw new Error(`${file}: ${lines.length} expect-line entries for ${count} finding(s)`);
  return { rule, count, lines, messages, severity, related, knownGap };
}

/** 1-based line of a UTF-16 offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
