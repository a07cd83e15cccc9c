/**
 * Entry point of the language server (bundled to dist/server.js). VS Code's client starts it over IPC
 * (`--node-ipc`); other editors run `node dist/server.js --stdio`. Without a transport flag, stdio is assumed.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { answerCancelledUndispatched } from './lsp/requests';
import { startServer } from './lsp/startServer';
import { configureHeap } from './lsp/heap';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((arg) => TRANSPORT_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)))) {
  process.argv.push('--stdio');
}

// Before anything is allocated: the young generation's size is read when the heap grows.
const collectGarbage = configureHeap();
startServer(createConnection(ProposedFeatures.all, { cancelUndispatched: answerCancelledUndispatched }), { collectGarbage });
