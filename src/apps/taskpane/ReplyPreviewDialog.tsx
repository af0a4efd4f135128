import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import type { OpenedDemoReply } from '../../adapters/local/demoMailbox.ts';
import { sanitizeReplyHtml } from './sanitizeReplyHtml.ts';

export interface ReplyPreviewDialogProps {
  /** The reply to show; undefined closes the dialog. */
  reply: OpenedDemoReply | undefined;
  onClose: () => void;
}

/**
 * Demo mode: shows the reply as Outlook's reply form would open it, since there is no Outlook.
 * The dialog stays mounted and closes through `open`, so Fluent can restore the page behind it
 * (focus and aria-hidden) instead of being torn down while open.
 */
export function ReplyPreviewDialog({ reply, onClose }: ReplyPreviewDialogProps) {
  return (
    <Dialog open={reply !== undefined} onOpenChange={(_event, { open }) => !open && onClose()}>
      <DialogSurface data-testid="reply-preview-dialog" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Reply opened (demo)</DialogTitle>
          <DialogContent>
            <Text block weight="semibold">{`Subject: ${reply?.draft.subject ?? ''}`}</Text>
            <Text block size={200}>{`In reply to ${reply?.inReplyTo ?? ''}. In Outlook, this opens as a reply for you to review and send.`}</Text>
            <div data-testid="reply-preview-dialog-body" dangerouslySetInnerHTML={{ __html: sanitizeReplyHtml(reply?.draft.htmlBody ?? '') }} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose} data-testid="reply-preview-close">
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
