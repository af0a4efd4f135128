/**
 * How `npm run cli` starts the CLI, from the repository root: node with the launcher, which runs the CLI's bundle
 * (`ensureCliBundle`). The `npm` command adds a process of its own before it (some 200–300 ms), which the bench leaves out.
 *
 * @example
 * spawnSync(process.execPath, [...CLI_NODE_ARGUMENTS, 'classify'], { cwd: repoRoot, input })
 */
export const CLI_NODE_ARGUMENTS: readonly string[] = ['src/cli/run.mjs'];
