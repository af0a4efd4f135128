// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import type { Classification } from '../../core/classifier/classification.ts';
import { renderWithProviders } from '../shared/renderWithProviders.test-support.tsx';
import { RequestVerdict } from './RequestVerdict.tsx';

afterEach(cleanup);

const classification = (overrides: Partial<Classification>): Classification => ({
  isPrivacyRequest: true,
  rights: ['access'],
  language: 'en',
  confidence: 0.9,
  needsReview: false,
  evidence: [],
  truncated: false,
  examinedChars: 120,
  ...overrides,
});

describe('RequestVerdict', () => {
  it('names the request and its rights without a warning when the rules are sure', () => {
    renderWithProviders(<RequestVerdict classification={classification({})} />);
    expect(screen.getByTestId('request-verdict').getAttribute('data-verdict')).toBe('request');
    expect(screen.getAllByTestId('right-badge').map((badge) => badge.getAttribute('data-right'))).toEqual(['access']);
    expect(screen.queryByTestId('review-warning')).toBeNull();
  });

  it('says when the trained model, not a recognised phrase, found the request', () => {
    renderWithProviders(<RequestVerdict classification={classification({ needsReview: true, isModelDecision: true, confidence: 0.99 })} />);
    expect(screen.getByTestId('review-warning').textContent).toMatch(/No request phrase was recognised/);
  });

  it('says which rights the trained right models added or left out, and nothing when they changed none', () => {
    renderWithProviders(
      <RequestVerdict classification={classification({ rights: ['erasure', 'objection'], rightsAddedByModel: ['objection'], rightsSetAsideByModel: ['access'] })} />,
    );
    const note = screen.getByTestId('weighed-rights-note').textContent ?? '';
    expect(note).toMatch(/^Objection \(Art\. 21.*\): no phrase for it was recognised/);
    expect(note).toMatch(/Access \(Art\. 15.*\) not named/);
    cleanup();
    renderWithProviders(<RequestVerdict classification={classification({})} />);
    expect(screen.queryByTestId('weighed-rights-note')).toBeNull();
  });

  it('says when the trained model set aside a request the rules found', () => {
    renderWithProviders(
      <RequestVerdict classification={classification({ isPrivacyRequest: false, rights: [], needsReview: true, isSetAsideByModel: true, confidence: 0.7 })} />,
    );
    expect(screen.getByTestId('request-verdict').getAttribute('data-verdict')).toBe('not-a-request');
    expect(screen.getByTestId('review-warning').textContent).toMatch(/reads unlike a request/);
  });

  it('warns about weak or conflicting phrases when the rules decided', () => {
    renderWithProviders(<RequestVerdict classification={classification({ needsReview: true })} />);
    expect(screen.getByTestId('review-warning').textContent).toMatch(/weak or conflicting/);
  });

  it('says plainly that an automatic reply needs no action', () => {
    renderWithProviders(<RequestVerdict classification={classification({ isPrivacyRequest: false, rights: [], isAutoReply: true })} />);
    expect(screen.getByTestId('request-verdict').getAttribute('data-verdict')).toBe('automatic-reply');
    expect(screen.queryByTestId('right-badge')).toBeNull();
  });
});
