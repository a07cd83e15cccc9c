/**
 * What the user is told when the language server stops unexpectedly. vscode-languageclient restarts a crashed
 * server by itself (its default handler: up to 4 restarts in 3 minutes, then it gives up with an error message);
 * this wrapper keeps those decisions and says once per session, in one information message, that the server was
 * restarted. Later restarts are only logged to the output channel. Kept free of runtime `vscode` imports so that
 * tests can run it under plain Node.
 */
import type { CloseAction, CloseHandlerResult, ErrorHandler } from 'vscode-languageclient/node';

export const RESTART_NOTICE =
  'Private Link Guidance restarted its language server, which had stopped unexpectedly. Details are in the "Azure Private Link Guidance" output.';

/**
 * @param base the client's default handler (`client.createDefaultErrorHandler()`)
 * @param notify shows an information message (`vscode.window.showInformationMessage`)
 * @param restart the value of `CloseAction.Restart`
 */
export function withRestartNotice(base: ErrorHandler, notify: (message: string) => void, restart: CloseAction): ErrorHandler {
  let told = false;
  return {
    error: (error, message, count) => base.error(error, message, count),
    async closed(): Promise<CloseHandlerResult> {
      const result = await base.closed();
      // Not restarting (too many crashes): the library shows its own error message, which says why.
      if (result.action !== restart) return result;
      if (!told) {
        told = true;
        notify(RESTART_NOTICE);
      }
      // Handled: the library logs the restart to the output channel and shows no notification of its own.
      return { ...result, handled: true };
    },
  };
}
