import type { CaseEffect } from '../../core/cases/caseCommand.ts';
import { isReplyTemplateId, type ReplyTemplateId } from '../../core/replies/replyTemplateId.ts';
import { nameHandler, type HandlerList } from '../shared/nameHandler.ts';

/** What the pane does after a saved change, from the effects the core's `transition` returned. */
export interface PaneFollowUp {
  /** `prepare_reply`: the template the reply composer preselects. */
  templateId?: ReplyTemplateId;
  /** `notify_handler`: a notice for staff, e.g. "Sanne de Vries is now handling this case." */
  notice?: string;
}

export interface PlanCaseEffectsOptions {
  /**
   * Outside demo mode the new handler is a real colleague, who does not see this browser's cases:
   * the notice then asks staff to tell them.
   */
  isDemo?: boolean;
}

/**
 * Turns the effects of one transition into what the pane shows next. There is no mail or chat
 * channel to notify a colleague yet, so a new handler is announced on screen only; an effect naming
 * a template this version does not know is left out rather than breaking the composer.
 *
 * @example
 * planCaseEffects([{ type: 'prepare_reply', templateId: 'extension' }], handlers) // { templateId: 'extension' }
 * planCaseEffects([{ type: 'notify_handler', handler: 'sanne' }], handlers, { isDemo: true })
 * // { notice: 'Sanne de Vries is now handling this case.' }
 */
export function planCaseEffects(effects: readonly CaseEffect[], handlers: HandlerList, options: PlanCaseEffectsOptions = {}): PaneFollowUp {
  const tellThem = options.isDemo === true ? '' : ' Let them know yourself: Privacy Desk does not send notifications yet.';
  return effects.reduce<PaneFollowUp>((followUp, effect) => {
    if (effect.type === 'prepare_reply') {
      return isReplyTemplateId(effect.templateId) ? { ...followUp, templateId: effect.templateId } : followUp;
    }
    return { ...followUp, notice: `${nameHandler(handlers, effect.handler)} is now handling this case.${tellThem}` };
  }, {});
}
