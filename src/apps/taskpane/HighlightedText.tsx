import { makeStyles, tokens } from '@fluentui/react-components';
import type { Evidence } from '../../core/classifier/classification.ts';
import { nameRight } from '../shared/rightDisplayName.ts';
import { splitByEvidence } from './splitByEvidence.ts';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `2px solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
});

export interface HighlightedTextProps {
  text: string;
  evidence: readonly Evidence[];
  testId: string;
  /** Block text (the body) keeps line breaks; inline text (the subject) flows in its heading. */
  as?: 'div' | 'span';
}

/**
 * Email text with the deciding words marked. Every run is a React text node, so markup in an email
 * shows as text and never runs.
 */
export function HighlightedText({ text, evidence, testId, as: Element = 'div' }: HighlightedTextProps) {
  const styles = useStyles();
  return (
    <Element className={styles.text} data-testid={testId}>
      {splitByEvidence(text, evidence).map((segment) =>
        segment.rights.length === 0 ? (
          segment.text
        ) : (
          <mark
            key={segment.start}
            className={styles.mark}
            data-testid="evidence-mark"
            data-rights={segment.rights.join(' ')}
            title={`Deciding words for: ${segment.rights.map(nameRight).join(', ')}`}
          >
            {segment.text}
          </mark>
        ),
      )}
    </Element>
  );
}
