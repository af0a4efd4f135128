// Saves screenshots of the task pane and the Teams tab for the README: `npm run build` first, then
// `node tests/e2e/screenshots.mjs`. Not part of CI; writes assets/screenshots/*.png.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, startHarness } from './harness.mjs';

const OUT = join(REPO_ROOT, 'assets/screenshots');
const SAMPLE_REQUESTS = ['<8b3d41aa-everything-then-delete@mail.example>', '<f2e7a0c5-verkeerde-factuur@mail.example>', '<c1a7e2f0-inzage-0001@mail.example>'];

await mkdir(OUT, { recursive: true });
const harness = await startHarness();
try {
  const pane = await harness.open('taskpane.html');
  await pane.setViewportSize({ width: 480, height: 1100 });
  // Open a case for each sample the classifier recognises, so the tab has something to show.
  for (const message of SAMPLE_REQUESTS) {
    await pane.getByTestId('message-picker').selectOption(message);
    await pane.getByTestId('request-verdict').waitFor();
    if ((await pane.getByTestId('create-case-button').count()) === 0) continue;
    await pane.getByTestId('create-case-button').click();
    await pane.getByTestId('case-reference').waitFor();
  }
  await pane.getByTestId('message-picker').selectOption(SAMPLE_REQUESTS.at(-1));
  await pane.getByTestId('case-reference').waitFor();
  await pane.screenshot({ path: join(OUT, 'taskpane-case.png'), animations: 'disabled' });
  await pane.getByTestId('message-picker').selectOption('<a9d2c7e4-loeschung@mail.example>');
  await pane.getByTestId('request-verdict').waitFor();
  await pane.screenshot({ path: join(OUT, 'taskpane-request.png'), animations: 'disabled' });

  const tab = await harness.open('tab.html');
  await tab.getByTestId('case-row').first().waitFor();
  await tab.screenshot({ path: join(OUT, 'tab-register.png'), animations: 'disabled' });
  await tab.getByTestId('case-row').first().getByRole('button').click();
  await tab.getByTestId('case-detail').waitFor();
  await tab.screenshot({ path: join(OUT, 'tab-case-detail.png'), animations: 'disabled' });
  console.log(`Screenshots saved in ${OUT}`);
} finally {
  await harness.stop();
}
