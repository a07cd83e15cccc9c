/**
 * The life of a request, as the Language Server Protocol sets it: before `initialize` every request is refused with
 * ServerNotInitialized, after `shutdown` with InvalidRequest, and a request the client cancelled is answered with
 * RequestCancelled (vscode-languageserver passes the cancellation on but answers none of these by itself). It also
 * counts the requests being answered, so the analysis queue lets them finish first.
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  Message,
  ResponseError,
  type CancellationToken,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/**
 * How long a request being answered holds the analysis queue back at most: a handler waiting for a client that never
 * answers (a `window/showDocument`, say) must not stop the analyses.
 */
const MAX_PRIORITY_MS = 1000;

export class RequestGate {
  private phase: 'starting' | 'running' | 'shutDown' = 'starting';
  private answering = 0;

  /** `onAnswered` is called each time a request has been answered (the analysis queue resumes then). */
  constructor(private readonly onAnswered: () => void = () => undefined) {}

  initialized(): void {
    if (this.phase === 'starting') this.phase = 'running';
  }

  shutDown(): void {
    this.phase = 'shutDown';
  }

  /** True while a request handler is waiting for something (settings, the client), for a second at most. */
  get busy(): boolean {
    return this.answering > 0;
  }

  /** The error to answer any request with at this point of the server's life, if any. */
  refusal(method: string): ResponseError<void> | undefined {
    if (this.phase === 'starting') return new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server is not initialized`);
    if (this.phase === 'shutDown') return new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shut down`);
    return undefined;
  }

  /**
   * Wraps a request handler: refused outside the server's life, RequestCancelled when the client cancelled it. A
   * handler that waits for an analysis passes the wait through `stepAside`, which lets the analyses run meanwhile.
   */
  handle<P, R>(
    method: string,
    handler: (params: P, token: CancellationToken, stepAside: StepAside) => R | Promise<R>,
  ): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
    return async (params, token) => {
      const refused = this.refusal(method);
      if (refused) return refused;
      if (token.isCancellationRequested) return cancelled(method);
      this.answering++;
      /** Counted in `answering` (not released, not stepped aside). */
      let holding = true;
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        if (holding) this.answering--;
        holding = false;
        this.onAnswered();
      };
      const timer = setTimeout(release, MAX_PRIORITY_MS);
      const stepAside: StepAside = async (work) => {
        if (!holding) return work;
        holding = false;
        this.answering--;
        this.onAnswered();
        try {
          return await work;
        } finally {
          if (!released) {
            holding = true;
            this.answering++;
          }
        }
      };
      try {
        const result = await handler(params, token, stepAside);
        return token.isCancellationRequested ? cancelled(method) : result;
      } finally {
        clearTimeout(timer);
        release();
      }
    };
  }
}

/** Awaits `work` without holding the analysis queue back (see {@link RequestGate.handle}). */
export type StepAside = <T>(work: Promise<T>) => Promise<T>;

function cancelled(method: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${method}: cancelled`);
}

/**
 * For the connection's `cancelUndispatched`: a request cancelled while it still waits in the connection's queue is
 * answered at once, without running its handler.
 */
export function answerCancelledUndispatched(message: Message): ResponseMessage | undefined {
  if (!Message.isRequest(message)) return undefined;
  return { jsonrpc: message.jsonrpc, id: message.id, error: cancelled(message.method).toJson() };
}
