// Parses Mermaid documents with the `mermaid` package itself, under a jsdom window (its parser wants a DOM to load).
// Reads [{ name, text }] as JSON on stdin and writes [{ name, error }] (error null when the document parses).
// ESM on purpose: mermaid ships as ES modules only, and the compiled tests are CommonJS; they start this as a process.
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const { name, text } of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ name, error: parsed ? null : 'not recognised as a diagram' });
  } catch (error) {
    results.push({ name, error: String(error?.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(results));
