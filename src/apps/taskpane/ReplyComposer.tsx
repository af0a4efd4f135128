import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CalendarDate } from '../../core/calendar/legalDeadline.ts';
import type { PrivacyCase } from '../../core/cases/privacyCase.ts';
import type { OrganisationProfile } from '../../core/organisation/organisationProfile.ts';
import { chooseReplyLanguage } from '../../core/replies/chooseReplyLanguage.ts';
import type { RenderedReply } from '../../core/replies/renderReply.ts';
import { REPLY_LANGUAGES } from '../../core/replies/replyLanguagePack.ts';
import type { ReplyLanguage } from '../../core/replies/replyLanguagePack.ts';
import { suggestReplyTemplate } from '../../core/replies/suggestReplyTemplate.ts';
import { isReplyTemplateId } from '../../core/replies/replyTemplateId.ts';
import { listReplyInputs } from '../../core/replies/listReplyInputs.ts';
import { listReplyTemplates } from '../../core/replies/listReplyTemplates.ts';
import type { ReplyTemplateSummary } from '../../core/replies/listReplyTemplates.ts';
import type { ReplyTemplateId } from '../../core/replies/replyTemplateId.ts';
import { attemptReplyRender, isCaseExtended } from './attemptReplyRender.ts';
import { ReplyInputFields, toReplyInputs } from './ReplyInputFields.tsx';
import type { ReplyDraftInputs } from './ReplyInputFields.tsx';
import { sanitizeReplyHtml } from './sanitizeReplyHtml.ts';

const useStyles = makeStyles({
  composer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: '320px',
    overflowY: 'auto',
  },
});

const LANGUAGE_NAMES: Readonly<Record<ReplyLanguage, string>> = { nl: 'Dutch', en: 'English' };

export interface ReplyComposerProps {
  privacyCase: PrivacyCase;
  profile: OrganisationProfile;
  today: CalendarDate;
  /** The template a case change asked for (a `prepare_reply` effect); otherwise the core's suggestion. */
  preselectedTemplateId?: ReplyTemplateId;
  busy: boolean;
  onOpenReply: (reply: RenderedReply) => void;
}

/** The reasons given when the case was extended, so the notice repeats what is on record. */
function findExtensionReasons(privacyCase: PrivacyCase): string | undefined {
  return [...privacyCase.auditTrail].reverse().find((event) => event.type === 'extended')?.reason;
}

/**
 * Chooses (preselected from the case's stage, rights and language), previews and opens a templated
 * reply; staff review and send it themselves. The extension notice quotes the date the case was
 * extended to and can only be opened once that extension is on record.
 */
export function ReplyComposer({ privacyCase, profile, today, preselectedTemplateId, busy, onOpenReply }: ReplyComposerProps) {
  const styles = useStyles();
  // The suggestion is read once per mount; the pane remounts the composer after each reply sent.
  const [suggestion] = useState(() => suggestReplyTemplate(privacyCase));
  const [templateId, setTemplateId] = useState<ReplyTemplateId>(preselectedTemplateId ?? suggestion.templateId);
  const [language, setLanguage] = useState<ReplyLanguage>(suggestion.language);
  const [draft, setDraft] = useState<ReplyDraftInputs>(() => {
    const extensionReasons = findExtensionReasons(privacyCase);
    return extensionReasons === undefined ? {} : { extensionReasons };
  });
  const templates = listReplyTemplates({ privacyCase, language });
  const rendering = attemptReplyRender(templateId, { privacyCase, profile, today, language, inputs: toReplyInputs(draft) });
  // The notice quotes the date on record; a second date field here could only contradict it.
  const fields = listReplyInputs(templateId).filter((field) => field.name !== 'newDeadline');

  return (
    <section className={styles.composer} aria-labelledby="reply-heading">
      <Subtitle2 as="h3" id="reply-heading">
        Reply
      </Subtitle2>
      <Field label="Template">
        <Select data-testid="template-picker" value={templateId} onChange={(_event, { value }) => isReplyTemplateId(value) && setTemplateId(value)}>
          {templates.filter((t) => t.isRelevant).map((t) => templateOption(t, privacyCase))}
          <optgroup label="Other rights">{templates.filter((t) => !t.isRelevant).map((t) => templateOption(t, privacyCase))}</optgroup>
        </Select>
      </Field>
      <Field label="Reply language">
        <Select
          data-testid="language-picker"
          value={language}
          onChange={(_event, { value }) => setLanguage(chooseReplyLanguage(privacyCase.language, value as ReplyLanguage))}
        >
          {REPLY_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </Field>
      <ReplyInputFields fields={fields} draft={draft} onChange={setDraft} />
      {rendering.reply ? (
        <>
          <Text weight="semibold" data-testid="reply-subject">{`Subject: ${rendering.reply.subject}`}</Text>
          <div
            className={styles.preview}
            role="region"
            aria-label="Reply preview"
            // Focusable so keyboard users can scroll a long preview.
            tabIndex={0}
            data-testid="reply-preview"
            // The reply renderer escapes every value and the HTML is sanitised again here.
            dangerouslySetInnerHTML={{ __html: sanitizeReplyHtml(rendering.reply.html) }}
          />
        </>
      ) : (
        <MessageBar intent="warning" data-testid="reply-problem">
          <MessageBarBody>{rendering.problem}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={busy || rendering.reply === undefined}
          onClick={() => rendering.reply && onOpenReply(rendering.reply)}
          data-testid="open-reply-button"
        >
          Open reply
        </Button>
      </div>
    </section>
  );
}

function templateOption(template: ReplyTemplateSummary, privacyCase: PrivacyCase) {
  const note = template.id === 'extension' && !isCaseExtended(privacyCase) ? ' (extend the case first)' : template.isSuggested ? ' (suggested)' : '';
  return (
    <option key={template.id} value={template.id}>
      {`${template.title}${note}`}
    </option>
  );
}
