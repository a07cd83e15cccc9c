/**
 * `privatelink-lint … | head`: a reader that closes the pipe early ends the CLI quietly with the exit status it has,
 * not with a stack trace for EPIPE; any other stream error still surfaces.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import { endQuietlyWhenReaderCloses } from '../../server/src/cli/closedOutput';
import { distCli, requireBuilt, testSource } from '../support/paths';

describe('a reader that closes the output early', () => {
  test('EPIPE or a destroyed stream ends the process with the exit status set so far (0 when none)', () => {
    const stream = new EventEmitter();
    endQuietlyWhenReaderCloses(stream as unknown as NodeJS.WriteStream);
    const exits: (number | string | null | undefined)[] = [];
    const realExit = process.exit;
    const realCode = process.exitCode;
    process.exit = ((code?: number) => void exits.push(code)) as typeof process.exit;
    try {
      process.exitCode = 1;
      stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      process.exitCode = undefined;
      stream.emit('error', Object.assign(new Error('destroyed'), { code: 'ERR_STREAM_DESTROYED' }));
    } finally {
      process.exit = realExit;
      process.exitCode = realCode;
    }
    assert.deepEqual(exits, [1, 0]);
  });

  test('any other stream error is not swallowed', () => {
    const stream = new EventEmitter();
    endQuietlyWhenReaderCloses(stream as unknown as NodeJS.WriteStream);
    assert.throws(() => stream.emit('error', Object.assign(new Error('no space left'), { code: 'ENOSPC' })), /no space left/);
  });

  test('the CLI whose stdout is closed at once exits with its status (1: an error-level finding) and prints no stack', async () => {
    const child = spawn(process.execPath, [requireBuilt(distCli), '--format', 'json', testSource('cli', 'fixtures', 'errors')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.deepEqual({ status, stderr }, { status: 1, stderr: '' });
  });
});
