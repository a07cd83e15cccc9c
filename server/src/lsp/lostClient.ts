/**
 * When the client is gone (its end of the connection closed), nothing the server says can reach anyone: it ends,
 * with the exit code the LSP specification gives for an exit (0 after a shutdown request, 1 otherwise), and never by
 * crashing on its own attempt to log that a write failed.
 */
import { ConnectionError, ConnectionErrors } from 'vscode-languageserver/node';

export class LostClient {
  private shutdownReceived = false;

  shutdown(): void {
    this.shutdownReceived = true;
  }

  end(): never {
    process.exit(this.shutdownReceived ? 0 : 1);
  }

  /** Ends the process when writing to the client's output fails (stdio: EPIPE on stdout). */
  watch(output: NodeJS.WritableStream): void {
    output.on('error', (error: unknown) => {
      if (isClosedConnection(error)) this.end();
    });
  }
}

/** The error a write to a closed connection or pipe raises. */
export function isClosedConnection(error: unknown): boolean {
  if (error instanceof ConnectionError) return error.code === ConnectionErrors.Closed || error.code === ConnectionErrors.Disposed;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_IPC_CHANNEL_CLOSED';
}
