import trained from './requestModel.json';
import type { RequestModel } from './requestModel.ts';

/** The model `privacy-desk train` wrote from the project corpus; `classifyEmail` uses it by default. */
export const SHIPPED_REQUEST_MODEL = trained as RequestModel;
