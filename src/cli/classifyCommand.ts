export async function runClassifyCommand(
  _args: string[],
  _input: NodeJS.ReadableStream,
  _output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  errors.write('classify: not built yet\n');
  return 1;
}
