/**
 * Security properties, checked on the sources and by behaviour:
 * - nothing executes template content: no eval, Function, vm, child processes or dynamic require/import in the
 *   engine, the server or the client (the client starts our own bundled server only);
 * - nothing fetches: no network module or API anywhere in server/src;
 * - nothing writes files: the engine, the language server and the CLI only read (edits reach files only through
 *   the editor, when the user applies a fix); the engine imports no Node module at all;
 * - module, `using`, `loadTextContent` and linked-template paths are resolved inside the workspace only: a path
 *   leaving it is reported and never handed to the host;
 * - `capabilities.untrustedWorkspaces` claims only what is true.
 * The regular expressions applied to user text are exercised with adversarial input in security-regex.test.ts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { resolveModulePath } from '../../server/src/engine/bicep/modulePaths';
import { repoRoot } from '../support/paths';

interface Source {
  readonly file: string;
  readonly text: string;
  /** The text with comments and string/template literal contents blanked (same length): code only. */
  readonly code: string;
}

function sourcesUnder(...segments: string[]): Source[] {
  const root = path.join(repoRoot, ...segments);
  const found: Source[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        found.push({ file: path.relative(repoRoot, full), text, code: codeOnly(text) });
      }
    }
  };
  if (fs.statSync(root).isDirectory()) walk(root);
  else
    found.push({ file: path.relative(repoRoot, root), text: fs.readFileSync(root, 'utf8'), code: codeOnly(fs.readFileSync(root, 'utf8')) });
  return found;
}

/** Blanks comments and the contents of string, template and regex literals, keeping offsets. */
function codeOnly(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  let lastSignificant = '';
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
      lastSignificant = c;
    } else if (c === '/' && /[(,=:[!&|?{};]/.test(lastSignificant)) {
      // A regular expression literal.
      let j = i + 1;
      let inClass = false;
      while (j < text.length && (inClass || text[j] !== '/') && text[j] !== '\n') {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      blank(i + 1, j);
      i = j + 1;
      lastSignificant = '/';
    } else {
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  return out.join('');
}

/** Every module specifier a source imports or re-exports. */
function importsOf(source: Source): string[] {
  const specifiers: string[] = [];
  for (const match of source.text.matchAll(/^\s*(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)) {
    specifiers.push(match[1] ?? match[2]);
  }
  return specifiers;
}

function findings(sources: readonly Source[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const source of sources) {
    for (const match of source.code.matchAll(new RegExp(pattern.source, 'g'))) {
      const line = source.code.slice(0, match.index).split('\n').length;
      hits.push(`${source.file}:${line}: ${source.text.split('\n')[line - 1].trim()}`);
    }
  }
  return hits;
}

const engine = sourcesUnder('server', 'src', 'engine');
// The GitHub Action (server/src/action) is a CI face, not run in the editor: it writes its reports (SARIF, job
// summary, outputs) where the workflow asks, and is checked on its own below.
// `--fix` writes the files it fixed and `--write-baseline` its baseline, in one file checked on its own below.
const FIX_WRITER = 'server/src/cli/writeFiles.ts';
const server = sourcesUnder('server', 'src').filter((s) => {
  const file = s.file.replace(/\\/g, '/');
  return !file.includes('server/src/action/') && !file.endsWith(FIX_WRITER);
});
const action = sourcesUnder('server', 'src').filter((s) => s.file.replace(/\\/g, '/').includes('server/src/action/'));
const client = sourcesUnder('client', 'src');

test('the sources are found (the checks below are not vacuous)', () => {
  assert.ok(engine.length > 50, `${engine.length} engine sources`);
  assert.ok(server.some((s) => s.file.includes(`lsp${path.sep}`)) && server.some((s) => s.file.includes(`cli${path.sep}`)));
  assert.ok(client.length > 0);
  assert.match(codeOnly("const a = 'eval(x)'; // eval(y)\nconst b = /eval\\(/;"), /^const a = '\s+'; \s+\nconst b = \/\s+\/;$/);
});

test('nothing executes template content: no eval, Function, vm, child processes or dynamic require/import', () => {
  const executing =
    /\beval\s*\(|\bnew\s+Function\b|(?<![\w$.])Function\s*\(|\brequire\s*\(|\bimport\s*\(|\bprocess\.binding\b|\bsetTimeout\s*\(\s*['"`]|\bsetInterval\s*\(\s*['"`]/;
  assert.deepEqual(findings([...server, ...client], executing), []);
  const forbidden = new Set([
    'child_process',
    'node:child_process',
    'vm',
    'node:vm',
    'worker_threads',
    'node:worker_threads',
    'cluster',
    'node:cluster',
    'inspector',
    'node:inspector',
    'module',
    'node:module',
  ]);
  const bad = [...server, ...client].flatMap((s) =>
    importsOf(s)
      .filter((m) => forbidden.has(m))
      .map((m) => `${s.file}: ${m}`),
  );
  assert.deepEqual(bad, []);
});

test('nothing fetches: no network module or API in the engine, the server or the CLI', () => {
  const network = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici']);
  const bad = server.flatMap((s) =>
    importsOf(s)
      .filter((m) => network.has(m.replace(/^node:/, '').replace(/\/.*$/, '')))
      .map((m) => `${s.file}: ${m}`),
  );
  assert.deepEqual(bad, []);
  assert.deepEqual(findings(server, /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bnavigator\.sendBeacon\b/), []);
});

test('the engine imports no Node module and no editor API: it can only read what its host gives it', () => {
  const external = engine.flatMap((s) =>
    importsOf(s)
      .filter((m) => !m.startsWith('.') && m !== 'jsonc-parser')
      .map((m) => `${s.file}: ${m}`),
  );
  assert.deepEqual(external, []);
  assert.deepEqual(findings(engine, /\bprocess\.|\bglobalThis\b|\bBuffer\./), []);
});

test('nothing writes files: the language server, the CLI and the engine use read-only file system calls', () => {
  const readOnly = new Set([
    'readFileSync',
    'readFile',
    'readdirSync',
    'readdir',
    'statSync',
    'stat',
    'lstatSync',
    'lstat',
    'existsSync',
    'realpathSync',
    'realpath',
    'accessSync',
    'access',
    'Dirent',
    'Stats',
    'constants',
    'promises.readFile',
    'promises.readdir',
    'promises.stat',
    'promises.lstat',
    'promises.realpath',
    'promises.access',
    'fstatSync',
    'readSync',
    'closeSync',
    'promises.FileHandle',
  ]);
  // The bounded reader opens files with these flags only: read-only, non-blocking.
  const reader = server.find((s) => s.file.endsWith('readFileBounded.ts'));
  assert.match(reader?.text ?? '', /const OPEN_FLAGS = fs\.constants\.O_RDONLY \| \(fs\.constants\.O_NONBLOCK \?\? 0\);/);
  const bad: string[] = [];
  for (const source of server) {
    for (const match of source.code.matchAll(/\bfs\.((?:promises\.)?[A-Za-z]+)/g)) {
      const name = match[1];
      const line = source.code.slice(0, match.index).split('\n').length;
      const call = source.text.split('\n')[line - 1];
      // Opening for reading is reading: with 'r', or with the bounded reader's flags, checked below to be read-only.
      if (name === 'promises.open' && /fs\.promises\.open\([^,]+,\s*'r'\)/.test(call)) continue;
      if ((name === 'promises.open' || name === 'openSync') && /fs\.(promises\.open|openSync)\([^,]+,\s*OPEN_FLAGS\)/.test(call)) continue;
      if (!readOnly.has(name)) bad.push(`${source.file}:${line}: fs.${name}`);
    }
    for (const specifier of importsOf(source)) {
      if (/^(node:)?fs(\/promises)?$/.test(specifier)) {
        const named = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${specifier}['"]`).exec(source.text);
        for (const name of named?.[1]
          .split(',')
          .map((n) => n.trim().split(/\s+as\s+/)[0])
          .filter(Boolean) ?? []) {
          if (!readOnly.has(name)) bad.push(`${source.file}: imports ${name} from ${specifier}`);
        }
      }
    }
  }
  assert.deepEqual(bad, []);
  // Standard output and error are the only streams written (the CLI's report, the server's protocol).
  assert.deepEqual(findings(server, /\bcreateWriteStream\b|\bwriteFileSync\b|\bappendFileSync\b|\bwriteSync\b/), []);
});

test('the GitHub Action writes only its reports: the SARIF file, the job summary and the outputs', () => {
  assert.ok(action.length > 0, 'the action sources are found');
  const writes = action.flatMap((source) =>
    [...source.code.matchAll(/\bfs\.(\w+)\(([^,)]*)/g)]
      .filter((m) => !['readFileSync', 'existsSync', 'statSync'].includes(m[1]))
      .map((m) => `${source.file.split(/[\\/]/).pop()}: fs.${m[1]}(${m[2].trim()})`),
  );
  assert.deepEqual(
    writes.sort(),
    [
      'runAction.ts: fs.appendFileSync(file)',
      'runAction.ts: fs.mkdirSync(path.dirname(target)',
      'runAction.ts: fs.writeFileSync(target)',
    ].sort(),
  );
  // The only written paths: the sarif-file input (under the workspace) and the files GitHub names.
  const runAction = action.find((s) => s.file.endsWith('runAction.ts'))!.text;
  assert.match(runAction, /const target = path\.resolve\(io\.cwd, inputs\.sarifFile\);/);
  assert.match(runAction, /appendTo\(io\.env\.GITHUB_STEP_SUMMARY,/);
  assert.match(runAction, /appendTo\(io\.env\.GITHUB_OUTPUT,/);
});

test('the CLI writes files only for --fix (the files its fixes changed) and --write-baseline (the baseline)', () => {
  const writer = sourcesUnder('server', 'src').find((s) => s.file.replace(/\\/g, '/').endsWith(FIX_WRITER));
  assert.ok(writer, FIX_WRITER);
  const calls = [...writer.code.matchAll(/\bfs\.(\w+)\(/g)].map((m) => m[1]).sort();
  assert.deepEqual(calls, ['closeSync', 'openSync', 'readSync', 'writeFileSync', 'writeFileSync']);
  assert.match(writer.text, /fs\.openSync\(path, 'r'\)/);
  // Called once, from the CLI's run loop, when --fix (not the dry run) was asked for.
  const callers = server.filter((s) => /\bwriteFixedFiles\(/.test(s.code));
  assert.deepEqual(
    callers.map((s) => s.file.replace(/\\/g, '/').split('/').pop()),
    ['run.ts'],
  );
  assert.match(
    callers[0].text,
    /if \(options\.fix === 'dry-run'\) \{[\s\S]*?return [\s\S]*?\}\n\s*const unwritten = writeFixedFiles\(outcome\.changed\);/,
  );
  const baselineCallers = server.filter((s) => /\bwriteBaselineFile\(/.test(s.code));
  assert.deepEqual(
    baselineCallers.map((s) => s.file.replace(/\\/g, '/').split('/').pop()),
    ['run.ts'],
  );
  assert.match(
    baselineCallers[0].text,
    /if \(options\.writeBaseline !== undefined\) \{\n\s*const target = path\.resolve\(cwd, options\.writeBaseline\);\n\s*(?:try \{\n\s*)?writeBaselineFile\(target,/,
  );
});

test('the client starts only the server bundled with the extension and runs nothing else', () => {
  const extension = client.find((s) => s.file.endsWith('extension.ts'));
  assert.ok(extension);
  assert.match(extension.text, /Uri\.joinPath\(context\.extensionUri, 'dist', 'server\.js'\)/);
  assert.deepEqual(findings(client, /\bspawn\s*\(|\bexec(File)?(Sync)?\s*\(|\bfork\s*\(|\bTransportKind\.(?!ipc)\w+/), []);
});

// -- paths -----------------------------------------------------------------------------------------------------

test('module paths resolve inside the workspace only', () => {
  const cases: [from: string, path: string, root: string | undefined, kind: 'inside' | 'outside'][] = [
    ['/ws/sub/main.bicep', './m.bicep', '/ws', 'inside'],
    ['/ws/sub/main.bicep', '../shared/m.bicep', '/ws', 'inside'],
    ['/ws/sub/main.bicep', '../../outside.bicep', '/ws', 'outside'],
    ['/ws/sub/main.bicep', '../../../../../../../../etc/passwd', '/ws', 'outside'],
    ['/ws/sub/main.bicep', '/etc/passwd', '/ws', 'outside'],
    ['/ws/main.bicep', '../ws-evil/m.bicep', '/ws', 'outside'],
    ['/ws/main.bicep', 'a/../../m.bicep', '/ws', 'outside'],
    ['/ws/main.bicep', './a/./b/../../m.bicep', '/ws', 'inside'],
    ['/ws/main.bicep', '..\\..\\m.bicep', '/ws', 'outside'],
    ['/ws/main.bicep', '//server/share/m.bicep', '/ws', 'outside'],
    ['C:\\ws\\main.bicep', '..\\m.bicep', 'C:\\ws', 'outside'],
    ['C:\\ws\\main.bicep', 'mods\\m.bicep', 'C:\\ws', 'inside'],
  ];
  for (const [from, relative, root, kind] of cases) {
    assert.equal(resolveModulePath(from, relative, root).kind, kind, `${relative} from ${from} (workspace ${root})`);
  }
  // Another drive or a UNC share written as a relative path is either refused or read as a path inside the workspace.
  for (const relative of ['\\\\server\\share\\m.bicep', 'D:\\m.bicep', '//server/share/m.bicep', 'D:/m.bicep']) {
    const resolved = resolveModulePath('C:\\ws\\main.bicep', relative, 'C:\\ws');
    assert.ok(resolved.kind === 'outside' || resolved.path.startsWith('C:\\ws\\'), `${relative}: ${resolved.kind} ${resolved.path}`);
  }
});

/** A host that records every path it is asked for, over files that exist both inside and outside `/ws`. */
function spyHost(): { host: { readFile(p: string): string | undefined; workspaceRoot: string }; asked: string[] } {
  const asked: string[] = [];
  const files = new Map([
    ['/outside.bicep', "output o string = 'secret'\n"],
    ['/outside.json', `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}`],
    ['/etc/passwd', 'root:x:0:0'],
  ]);
  return { asked, host: { workspaceRoot: '/ws', readFile: (p) => (asked.push(p), files.get(p)) } };
}

test('paths leaving the workspace are reported and never handed to the host (modules, using, loadTextContent, linked templates)', () => {
  const documents: [path: string, text: string, message: RegExp][] = [
    [
      '/ws/sub/main.bicep',
      "module outside '../../outside.bicep' = {\n  name: 'o'\n}\n",
      /Module path '\.\.\/\.\.\/outside\.bicep' leaves the workspace; it is not read\./,
    ],
    ['/ws/sub/main.bicep', "module outside '/outside.bicep' = {\n  name: 'o'\n}\n", /leaves the workspace/],
    ['/ws/sub/main.bicep', "module outside '../../outside.json' = {\n  name: 'o'\n}\n", /leaves the workspace/],
    ['/ws/sub/main.bicepparam', "using '../../outside.bicep'\n", /lies outside the workspace; it is not read/],
    [
      '/ws/sub/main.json',
      `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked", "properties": {"mode": "Incremental", "templateLink": {"relativePath": "../../outside.json"}}}]}`,
      /lies outside the workspace; it is not read/,
    ],
  ];
  for (const [file, text, message] of documents) {
    const { host, asked } = spyHost();
    const result = analyzeDocument({ path: file, text }, { host });
    assert.ok(
      result.findings.some((f) => message.test(f.message)),
      `${file}: ${result.findings.map((f) => f.message).join('\n')}`,
    );
    assert.deepEqual(
      asked.filter((p) => !p.startsWith('/ws/')),
      [],
      `${file} asked the host for paths outside the workspace`,
    );
    assert.ok(![...result.files.keys()].some((p) => !p.startsWith('/ws/')), `${file} read ${[...result.files.keys()].join(', ')}`);
  }
  // loadTextContent outside the workspace: never read, the value stays unknown.
  const { host, asked } = spyHost();
  analyzeDocument(
    {
      path: '/ws/main.bicep',
      text: "var secret = loadTextContent('../etc/passwd')\nvar other = loadJsonContent('/outside.json')\noutput o string = secret\n",
    },
    { host },
  );
  assert.deepEqual(asked, []);
});

test('without a workspace root, a document reads only its own folder tree; without a folder, nothing', () => {
  const asked: string[] = [];
  const host = { readFile: (p: string) => (asked.push(p), p.startsWith('/ws/sub/') ? "@export()\nvar v = 'x'\n" : 'secret') };
  const document = [
    "module a '../outside.bicep' = {\n  name: 'a'\n}",
    "module b '/etc/outside.bicep' = {\n  name: 'b'\n}",
    "import { v } from '../outside.bicep'",
    "output c string = loadTextContent('/etc/hostname')",
    "output d string = loadTextContent('inside.txt')",
  ].join('\n');
  const result = analyzeDocument({ path: '/ws/sub/main.bicep', text: document }, { host });
  assert.deepEqual([...new Set(asked)].sort(), ['/ws/sub/inside.txt']);
  assert.equal(
    result.findings.filter((f) => /(leaves|lies outside) the workspace/.test(f.message)).length,
    4,
    result.findings.map((f) => f.message).join('\n'),
  );
  assert.ok(!result.findings.some((f) => f.message.includes('secret')));
  // An unsaved document has no folder: it reads nothing, not even a path inside what would be its folder.
  asked.length = 0;
  analyzeDocument({ path: 'untitled:Untitled-1', text: document }, { host });
  assert.deepEqual(asked, []);
});

test('a host refusal and a file over the size limit are reported where the file is named, not read', () => {
  const host = {
    workspaceRoot: '/ws',
    readFile: (p: string) =>
      p === '/ws/pipe.bicep'
        ? { refused: 'not a regular file (a named pipe)' }
        : p === '/ws/big.bicep'
          ? `// ${'x'.repeat(2048)}\n`
          : undefined,
  };
  const text =
    "module p 'pipe.bicep' = {\n  name: 'p'\n}\nmodule b 'big.bicep' = {\n  name: 'b'\n}\nmodule m 'missing.bicep' = {\n  name: 'm'\n}\n";
  const result = analyzeDocument({ path: '/ws/main.bicep', text }, { host, maxFileSize: 1024 });
  const messages = result.findings.map((f) => f.message);
  assert.ok(messages.includes("'pipe.bicep' is not read: not a regular file (a named pipe)."), messages.join('\n'));
  assert.ok(
    messages.includes("'big.bicep' is not read: 3 KB is above the 1 KB limit (setting privateLink.maxFileSizeKb)."),
    messages.join('\n'),
  );
  // A missing file stays silent, as before: it may not have been written yet.
  assert.equal(messages.filter((m) => m.includes('missing.bicep')).length, 0);
  assert.ok(![...result.files.keys()].includes('/ws/big.bicep'));
});

test('registry and template spec modules, template links by URI and $schema URLs are never fetched nor read', () => {
  const { host, asked } = spyHost();
  const bicep =
    "module a 'br:contoso.azurecr.io/bicep/pe:1.0' = { name: 'a' }\nmodule b 'br/public:avm/res/network/private-endpoint:0.4.0' = { name: 'b' }\nmodule c 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = { name: 'c' }\noutput o object = a.outputs\n";
  analyzeDocument({ path: '/ws/main.bicep', text: bicep }, { host });
  const arm = `{"$schema": "https://evil.example/deploymentTemplate.json#", "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked", "properties": {"templateLink": {"uri": "https://evil.example/t.json"}, "parametersLink": {"uri": "file:///etc/passwd"}}}]}`;
  const result = analyzeDocument({ path: '/ws/main.json', text: arm }, { host });
  assert.equal(result.language, 'arm');
  assert.deepEqual(asked, []);
});

// -- manifest --------------------------------------------------------------------------------------------------

test('capabilities.untrustedWorkspaces is honest: no setting names a program, path or command to run', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: boolean | string; restrictedConfigurations?: string[] } };
    contributes?: { configuration?: { properties?: Record<string, { type?: string }> } };
  };
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.ok(untrusted, 'package.json declares capabilities.untrustedWorkspaces');
  // Full support is only true while nothing a workspace can configure is executed or decides what is read.
  const settings = Object.keys(manifest.contributes?.configuration?.properties ?? {});
  assert.ok(settings.length > 0);
  const risky = settings.filter((name) =>
    /path|command|exec|runtime|binary|program|args|env|node|server\.(?!trace)|url|registry/i.test(name.replace(/^privateLink\./, '')),
  );
  if (untrusted.supported === true)
    assert.deepEqual(risky, [], 'settings a malicious workspace could abuse: declare them in restrictedConfigurations or limit support');
  // A workspace must not raise the limit on what is read: in Restricted Mode only the user's value counts.
  assert.equal(untrusted.supported, 'limited');
  assert.ok(untrusted.restrictedConfigurations?.includes('privateLink.maxFileSizeKb'), JSON.stringify(untrusted));
  assert.ok(fs.existsSync(path.join(repoRoot, 'SECURITY.md')), 'SECURITY.md says what the extension reads and never does');
});
