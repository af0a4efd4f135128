import { describeCaseStore } from './describeCaseStore.ts';
import { createMemoryCaseStore } from './memoryCaseStore.ts';

describeCaseStore('createMemoryCaseStore', async () => createMemoryCaseStore());
