/**
 * The Private Link map's webview keeps to its conventions: a page with a strict Content Security Policy and nothing
 * inline, a style sheet that takes every colour from the VS Code theme (so light, dark and high-contrast themes work),
 * a command contributed where ARM templates and Bicep files are edited, and a bundle of its own, built for the
 * browser with dagre inside. The webview's behaviour is tested in code-server (test/e2e/ui/map-test.cjs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeArmTemplate } from '../../client/src/map/armTemplateContext';
import { contentSecurityPolicy, mapHtml } from '../../client/src/map/mapHtml';
import { repoRoot } from '../support/paths';

const parts = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/map/mapView.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/map/mapView.css',
  title: 'Map of <main>.bicep',
};

test('map webview: the page allows only its nonce script and the extension style sheet', () => {
  assert.equal(
    contentSecurityPolicy(parts.cspSource, parts.nonce),
    `default-src 'none'; img-src ${parts.cspSource}; script-src 'nonce-${parts.nonce}'; style-src ${parts.cspSource}`,
  );
  const html = mapHtml(parts);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*">/);
  assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
  assert.doesNotMatch(html, /\sstyle=|<style/, 'no inline style');
  const scripts = html.match(/<script[^>]*>/g) ?? [];
  assert.deepEqual(scripts, [`<script nonce="${parts.nonce}" src="${parts.scriptUri}">`]);
  assert.match(html, /<link rel="stylesheet" href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/map\/mapView\.css">/);
  assert.match(html, /<title>Map of &lt;main&gt;\.bicep<\/title>/, 'the title is text, not markup');
});

test('map webview: every colour comes from the theme', () => {
  const css = readFileSync(join(repoRoot, 'client', 'src', 'map', 'webview', 'mapView.css'), 'utf8');
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  assert.doesNotMatch(withoutComments, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i, 'no fixed colour');
  for (const variable of [
    '--vscode-editorError-foreground',
    '--vscode-editorWarning-foreground',
    '--vscode-editorInfo-foreground',
    '--vscode-focusBorder',
  ])
    assert.ok(withoutComments.includes(`var(${variable})`), variable);
  assert.doesNotMatch(withoutComments, /url\(/, 'nothing loaded from the style sheet');
});

test('map webview: the command is offered on ARM templates and Bicep files', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string; icon?: string }[]; menus: Record<string, { command: string; when?: string }[]> };
  };
  assert.ok(manifest.contributes.commands.some((command) => command.command === 'privateLink.showMap' && command.icon));
  const title = manifest.contributes.menus['editor/title'].find((item) => item.command === 'privateLink.showMap');
  const context = manifest.contributes.menus['editor/context'].find((item) => item.command === 'privateLink.showMap');
  assert.ok(title?.when && context?.when);
  assert.equal(title.when, context.when);
  for (const language of ['bicep', 'bicep-params', 'arm-template']) assert.ok(title.when.includes(language), language);
  assert.match(title.when, /privateLink\.isArmTemplate/, 'a JSON file only when it is a template');
});

test('map webview: a JSON file is a template when it names a deployment schema', () => {
  assert.ok(looksLikeArmTemplate('{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#" }'));
  assert.ok(looksLikeArmTemplate("{ '$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#' }"));
  assert.ok(!looksLikeArmTemplate('{ "name": "a-package", "version": "1.0.0" }'));
});

test('map webview: the bundle is built for the browser with its style sheet beside it', () => {
  const bundle = join(repoRoot, 'dist', 'map', 'mapView.js');
  if (!existsSync(bundle)) return assert.fail('dist/map/mapView.js is missing: run `npm run build`');
  const text = readFileSync(bundle, 'utf8');
  assert.doesNotMatch(text, /\brequire\(["']/, 'no require: everything is inside');
  assert.match(text, /acquireVsCodeApi/);
  assert.ok(existsSync(join(repoRoot, 'dist', 'map', 'mapView.css')), 'dist/map/mapView.css');
});
