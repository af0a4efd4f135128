import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import type { ReplyInputs } from '../../core/replies/replyContext.ts';
import type { ReplyInputField } from '../../core/replies/listReplyInputs.ts';
import type { IdentityProof } from '../../core/replies/replyLanguagePack.ts';

/** What staff typed for a reply, before it becomes `ReplyInputs`. */
export type ReplyDraftInputs = Partial<Record<Exclude<keyof ReplyInputs, 'identityProof'>, string>> & {
  identityProof?: IdentityProof[];
};

const LABELS: Readonly<Record<keyof ReplyInputs, string>> = {
  identityProof: 'Ask the requester for',
  extensionReasons: 'Reasons for the extension',
  newDeadline: 'New deadline (default: the date the case was extended to)',
  refusalReasons: 'Reasons for the refusal',
  corrections: 'What was corrected (one per line)',
  exportFormat: 'File formats sent (default: CSV and JSON)',
  purposes: 'Purposes of processing (for this reply, instead of the text in the organisation profile)',
  dataSource: 'Where the data came from (for this reply, instead of the text in the organisation profile)',
  automatedDecisions: 'Automated decisions (for this reply, instead of the text in the organisation profile)',
  staffNote: 'Note from the handler (optional)',
};

const IDENTITY_PROOFS: readonly { proof: IdentityProof; label: string }[] = [
  { proof: 'known_email_address', label: 'A reply from the email address we know' },
  { proof: 'customer_details', label: 'Customer number or an invoice number' },
  { proof: 'id_copy', label: 'A copy of an ID document (photo and BSN blacked out)' },
];

/**
 * Turns what staff typed into the renderer's inputs: blank text counts as not given, so a required
 * field left empty makes the renderer say what is missing.
 *
 * @example
 * toReplyInputs({ corrections: 'Name\n\nEmail' }); // { corrections: ['Name', 'Email'] }
 */
export function toReplyInputs(draft: ReplyDraftInputs): ReplyInputs {
  const inputs: ReplyInputs = {};
  for (const [name, value] of Object.entries(draft) as [keyof ReplyDraftInputs, string | IdentityProof[] | undefined][]) {
    if (name === 'identityProof' && Array.isArray(value) && value.length > 0) inputs.identityProof = value;
    else if (name === 'corrections' && typeof value === 'string') {
      const lines = value.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      if (lines.length > 0) inputs.corrections = lines;
    } else if (typeof value === 'string' && value.trim() !== '' && name !== 'identityProof' && name !== 'corrections') inputs[name] = value.trim();
  }
  return inputs;
}

export interface ReplyInputFieldsProps {
  fields: readonly ReplyInputField[];
  draft: ReplyDraftInputs;
  onChange: (draft: ReplyDraftInputs) => void;
}

/** The fields a template asks for (from the core's `listReplyInputs`), each labelled. */
export function ReplyInputFields({ fields, draft, onChange }: ReplyInputFieldsProps) {
  return fields.map(({ name, isRequired }) => {
    if (name === 'identityProof') {
      const chosen = draft.identityProof ?? [];
      return (
        <fieldset key={name} style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend>{LABELS.identityProof}</legend>
          {IDENTITY_PROOFS.map(({ proof, label }) => (
            <Checkbox
              key={proof}
              label={label}
              checked={chosen.includes(proof)}
              onChange={(_event, { checked }) =>
                onChange({ ...draft, identityProof: checked ? [...chosen, proof] : chosen.filter((p) => p !== proof) })
              }
            />
          ))}
        </fieldset>
      );
    }
    const value = draft[name] ?? '';
    return (
      <Field key={name} label={LABELS[name]} required={isRequired}>
        {name === 'newDeadline' ? (
          <Input type="date" value={value} onChange={(_event, data) => onChange({ ...draft, [name]: data.value })} data-testid={`reply-input-${name}`} />
        ) : (
          <Textarea value={value} onChange={(_event, data) => onChange({ ...draft, [name]: data.value })} data-testid={`reply-input-${name}`} />
        )}
      </Field>
    );
  });
}
