export interface OutputWriter {
  /** Writes the text; waits for 'drain' when the stream's buffer is full, throws if the stream failed. */
  write(text: string): Promise<void>;
  /** Waits until everything written so far has been handed to the stream's destination. */
  finish(): Promise<void>;
  /** The first error the stream reported, if any. */
  failure(): Error | undefined;
  /** Stops listening to the stream (which stays open: stdout belongs to the process). */
  release(): void;
}

/**
 * Wraps a writable stream so a fast producer waits for a slow consumer (a pipe into `head`, a disk)
 * instead of buffering all its output in memory, and so a write error (EPIPE) surfaces as an exception.
 *
 * @example
 * const writer = createOutputWriter(process.stdout);
 * await writer.write('{"id":"m1"}\n');
 * await writer.finish();
 * writer.release();
 */
export function createOutputWriter(output: NodeJS.WritableStream): OutputWriter {
  let firstError: Error | undefined;
  const recordError = (error: Error): void => {
    firstError ??= error;
  };
  output.on('error', recordError);

  const throwIfFailed = (): void => {
    if (firstError !== undefined) throw firstError;
  };

  return {
    async write(text) {
      throwIfFailed();
      if (text === '') return;
      if (!output.write(text)) await waitForDrainOrFailure(output);
      throwIfFailed();
    },
    async finish() {
      throwIfFailed();
      await new Promise<void>((resolve) => {
        output.write('', (error) => {
          if (error) recordError(error);
          resolve();
        });
      });
      throwIfFailed();
    },
    failure: () => firstError,
    release: () => {
      output.removeListener('error', recordError);
    },
  };
}

function waitForDrainOrFailure(output: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const settle = (): void => {
      output.removeListener('drain', settle);
      output.removeListener('error', settle);
      output.removeListener('close', settle);
      resolve();
    };
    output.on('drain', settle);
    output.on('error', settle);
    output.on('close', settle);
  });
}
