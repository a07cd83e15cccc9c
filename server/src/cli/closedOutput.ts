/**
 * `privatelink-lint … | head` closes the pipe before the report is written. Like other command-line tools, the CLI
 * then ends quietly with the status it has, instead of printing a stack trace for the EPIPE error.
 */
export function endQuietlyWhenReaderCloses(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}
