import { describeCaseStore } from './caseStoreBehaviour.test-support.ts';
import { createMemoryCaseStore } from './memoryCaseStore.ts';

describeCaseStore('createMemoryCaseStore', async () => createMemoryCaseStore());
