/**
 * How `npm run cli` starts the CLI, from the repository root: node with the launcher, which starts node from a
 * start-up snapshot of the CLI's bundle (`ensureCliSnapshot`). The `npm` command adds a process of its own before it (some 200–300 ms), which the bench leaves out.
 *
 * @example
 * spawnSync(process.execPath, [...CLI_NODE_ARGUMENTS, 'classify'], { cwd: repoRoot, input })
 */
export const CLI_NODE_ARGUMENTS: readonly string[] = ['src/cli/run.mjs'];
