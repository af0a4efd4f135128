import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

export interface FollowUpNoticeProps {
  reference: string;
  canAttach: boolean;
  onAttach: () => void;
}

/** Says the message follows up on an existing case, and offers to attach it to that case. */
export function FollowUpNotice({ reference, canAttach, onAttach }: FollowUpNoticeProps) {
  return (
    <MessageBar intent="info" data-testid="follow-up-notice">
      <MessageBarBody>{`This message follows up on ${reference} in the same conversation.`}</MessageBarBody>
      <MessageBarActions>
        <Button disabled={!canAttach} data-testid="attach-message-button" onClick={onAttach}>
          Attach to case
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
