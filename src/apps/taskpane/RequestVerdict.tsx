import { Badge, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { Classification } from '../../core/classifier/classification.ts';
import type { RightLabel } from '../../core/rights/rightLabel.ts';
import { describeRight } from '../shared/rightDisplayName.ts';

const useStyles = makeStyles({
  verdict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
});

export interface RequestVerdictProps {
  classification: Classification;
  /** Rights staff chose when treating a non-request as a request anyway. */
  rights?: readonly RightLabel[];
}

function describeDoubt({ isModelDecision, isSetAsideByModel }: Classification): string {
  if (isModelDecision) return 'No request phrase was recognised; the words marked below resemble earlier requests. Read the message before relying on this.';
  if (isSetAsideByModel) return 'The words marked below can ask for a right, but the message as a whole reads unlike a request (a newsletter, a note, an admin task). Read it before relying on this.';
  return 'The signals are weak or conflicting: read the message before relying on this.';
}

/** What the trained right models changed in the rights the rules named, so staff know which rights rest on resemblance alone. */
function describeWeighedRights({ rightsAddedByModel = [], rightsSetAsideByModel = [] }: Classification): string[] {
  const notes: string[] = [];
  if (rightsAddedByModel.length > 0) {
    notes.push(`${rightsAddedByModel.map(describeRight).join(', ')}: no phrase for it was recognised, but the message reads like earlier requests for it.`);
  }
  if (rightsSetAsideByModel.length > 0) {
    notes.push(`${rightsSetAsideByModel.map(describeRight).join(', ')} not named: a phrase can ask for it, but the message reads unlike such a request.`);
  }
  return notes;
}

/**
 * Whether the message is a privacy request, which rights it invokes, and how sure the classifier is.
 * An automatic reply is said to be one, plainly, without a confidence figure or a review warning.
 */
export function RequestVerdict({ classification, rights = classification.rights }: RequestVerdictProps) {
  const styles = useStyles();
  const confidence = Math.round(classification.confidence * 100);
  const weighedRights = describeWeighedRights(classification);
  if (classification.isAutoReply && !classification.isPrivacyRequest) {
    return (
      <Text weight="semibold" size={400} data-testid="request-verdict" data-verdict="automatic-reply">
        Automatic reply (out of office or similar): no action is needed.
      </Text>
    );
  }
  return (
    <div className={styles.verdict}>
      <Text weight="semibold" size={400} data-testid="request-verdict" data-verdict={classification.isPrivacyRequest ? 'request' : 'not-a-request'}>
        {classification.isPrivacyRequest ? 'Privacy request' : 'Not a privacy request'}
        {` (confidence ${confidence}%)`}
      </Text>
      {rights.length > 0 && (
        <ul className={styles.badges} aria-label="Rights invoked">
          {rights.map((right) => (
            <li key={right}>
              <Badge appearance="filled" color="brand" data-testid="right-badge" data-right={right}>
                {describeRight(right)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      {classification.isPrivacyRequest && weighedRights.length > 0 && (
        <MessageBar intent="info" data-testid="weighed-rights-note">
          <MessageBarBody>{weighedRights.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      {classification.needsReview && (
        <MessageBar intent="warning" data-testid="review-warning">
          <MessageBarBody>{describeDoubt(classification)}</MessageBarBody>
        </MessageBar>
      )}
      {classification.truncated && (
        <MessageBar intent="info">
          <MessageBarBody>{`Only the first ${classification.examinedChars} characters were examined; read the rest yourself.`}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
