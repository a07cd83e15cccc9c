/** Server logging through the LSP connection (never stdout: in `--stdio` mode stdout is the protocol). */
import type { Connection } from 'vscode-languageserver/node';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  /** Logs a message only the first time it is seen (until `reset`), e.g. a broken config file. */
  once(key: string, message: string): void;
  reset(): void;
}

/**
 * `onClosed` is called when the connection is found closed while logging: logging never throws, so that an error
 * handler that logs cannot itself fail.
 */
export function createLogger(connection: Connection, onClosed: () => void = () => undefined): Logger {
  const seen = new Set<string>();
  const send = (write: () => void): void => {
    try {
      write();
    } catch {
      onClosed();
    }
  };
  const logger: Logger = {
    info: (message) => send(() => connection.console.log(message)),
    warn: (message) => send(() => connection.console.warn(message)),
    error: (message, error) => send(() => connection.console.error(error === undefined ? message : `${message}: ${describeError(error)}`)),
    once(key, message) {
      if (seen.has(key)) return;
      seen.add(key);
      logger.warn(message);
    },
    reset: () => seen.clear(),
  };
  return logger;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Wraps a request or notification handler so an exception is logged and answered with `fallback` rather than
 * taking the server down or leaving the client waiting.
 */
export function guard<P extends unknown[], R>(
  logger: Logger,
  name: string,
  fallback: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      logger.error(`${name} failed`, error);
      return fallback;
    }
  };
}
