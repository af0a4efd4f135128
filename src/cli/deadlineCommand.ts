export async function runDeadlineCommand(
  _args: string[],
  _output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
): Promise<number> {
  errors.write('deadline: not built yet\n');
  return 1;
}
