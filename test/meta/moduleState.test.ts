/**
 * The engine keeps no state of its own between analyses: whatever an analysis remembers lives on its
 * AnalysisContext (server/src/engine/analysisContext.ts) or, across the analyses of one open document, on the
 * caller's AnalysisCache. This reads every engine source file and fails on module-level state: a `let` or `var`, a
 * `new` collection or other object bound at the top level (unless typed read-only: `ReadonlyMap`, `ReadonlySet`,
 * `readonly T[]`), and a static class field that is not `readonly`. What is built once from constant data and never
 * changed, and what another item of work moves, is listed below with the reason it may stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../support/paths';

const ENGINE = join(repoRoot, 'server', 'src', 'engine');

/** `path:name` of module-level bindings that may stay, each with why. */
const ALLOWED = new Map<string, string>([
  // Immutable tables built once, when the module loads, from constant data. (The knowledge table, knowledge/
  // knowledge.ts KNOWLEDGE, and the explanations, knowledge/explanations.ts EXPLANATIONS, need no line: a frozen
  // object and a ReadonlyMap of frozen entries, built at load, pass the check as they are.)
  ['bicep/syntax/tokens.ts:wordParts', 'a character-class table filled once at load and only read afterwards'],
  // A memo of a pure function of immutable values, held weakly: the answer is a property of the value, not state.
  ['evaluate/value.ts:logicalSizes', 'sizes of values that never change once built; an entry lives exactly as long as its value'],
]);

/** Classes whose instances cannot change (a `new` of one at the top level is a constant). */
const IMMUTABLE_CLASSES = new Set(['Unknown']);

function engineFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) engineFiles(full, found);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

/** A declared type that TypeScript keeps from being changed: `ReadonlyMap<…>`, `ReadonlySet<…>`, `readonly T[]`, `Readonly<…>`. */
function readOnlyType(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword) return true;
  return ts.isTypeReferenceNode(type) && /^(ReadonlyMap|ReadonlySet|ReadonlyArray|Readonly)$/.test(type.typeName.getText());
}

/** Does the initializer make an object that holds state (`new Map()`, `new Foo()`, `[]`), read-only types aside? */
function makesState(initializer: ts.Expression | undefined): boolean {
  if (!initializer) return false;
  let expression = initializer;
  while (ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isParenthesizedExpression(expression))
    expression = expression.expression;
  if (ts.isNewExpression(expression)) return !IMMUTABLE_CLASSES.has(expression.expression.getText());
  return ts.isArrayLiteralExpression(expression) && expression.elements.length === 0;
}

/** Module-level state of one file, as `name (what)`. */
export function moduleState(path: string, text: string): { name: string; what: string }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; what: string }[] = [];
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const mutableBinding = (statement.declarationList.flags & ts.NodeFlags.Const) === 0;
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        if (mutableBinding) found.push({ name, what: 'a module-level let/var' });
        else if (makesState(declaration.initializer) && !readOnlyType(declaration.type))
          found.push({ name, what: `a module-level ${declaration.initializer!.getText().slice(0, 40)}` });
      }
    } else if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
        const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        const isReadonly = modifiers.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword);
        if (ts.isPropertyDeclaration(member) && isStatic && (!isReadonly || makesState(member.initializer))) {
          found.push({ name: `${statement.name?.getText() ?? 'class'}.${member.name.getText()}`, what: 'a static field' });
        }
      }
    }
  }
  return found;
}

test('the engine keeps no module-level state (what an analysis remembers lives on its AnalysisContext)', () => {
  const offences: string[] = [];
  const allowedSeen = new Set<string>();
  for (const file of engineFiles(ENGINE)) {
    const path = relative(ENGINE, file).split('\\').join('/');
    for (const { name, what } of moduleState(path, readFileSync(file, 'utf8'))) {
      const key = `${path}:${name}`;
      if (ALLOWED.has(key)) allowedSeen.add(key);
      else offences.push(`${key}: ${what}`);
    }
  }
  assert.deepEqual(
    offences,
    [],
    'module-level state in the engine: put it on the AnalysisContext (or the AnalysisCache), or make it a read-only constant',
  );
  const stale = [...ALLOWED.keys()].filter((key) => !allowedSeen.has(key));
  assert.deepEqual(stale, [], 'allowlisted state that no longer exists: drop its line');
});

test('the module-state check sees lets, collections and static fields, and lets read-only constants pass', () => {
  const text = [
    'let counter = 0;',
    'export const cache = new Map<string, string>();',
    'const seen: Set<string> = new Set();',
    "const TABLE: ReadonlyMap<string, number> = new Map([['a', 1]]);",
    "const NAMES: ReadonlySet<string> = new Set(['x']);",
    'const NONE: readonly string[] = [];',
    "const CURRENT = new Unknown('x');",
    'function f() { let local = new Map(); return local; }',
    'class C { static count = 0; static readonly LIMIT = 3; private items = new Map(); }',
  ].join('\n');
  assert.deepEqual(
    moduleState('x.ts', text).map((s) => s.name),
    ['counter', 'cache', 'seen', 'C.count'],
  );
});
