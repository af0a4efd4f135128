/**
 * How `npm run cli` starts the CLI, from the repository root: node with tsx's loader. The `tsx` command starts a second node
 * process of its own, some 120 ms more before the first email.
 *
 * @example
 * spawnSync(process.execPath, [...CLI_NODE_ARGUMENTS, 'classify'], { cwd: repoRoot, input })
 */
export const CLI_NODE_ARGUMENTS: readonly string[] = ['--import', 'tsx', 'src/cli/main.ts'];
