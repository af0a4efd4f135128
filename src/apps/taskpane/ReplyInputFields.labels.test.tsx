// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { renderWithProviders } from '../shared/renderWithProviders.test-support.tsx';
import { ReplyInputFields } from './ReplyInputFields.tsx';

afterEach(cleanup);

describe('ReplyInputFields labels', () => {
  it('says an access override replaces the organisation profile\'s text for this reply only', () => {
    const fields = [
      { name: 'purposes', isRequired: false },
      { name: 'dataSource', isRequired: false },
      { name: 'automatedDecisions', isRequired: false },
    ] as const;
    renderWithProviders(<ReplyInputFields fields={fields} draft={{}} onChange={vi.fn()} />);
    const labels = [...document.querySelectorAll('label')].map((label) => label.textContent ?? '');
    expect(labels).toHaveLength(3);
    expect(labels.every((label) => label.includes('instead of the text in the organisation profile'))).toBe(true);
    expect(screen.queryByText(/default text/)).toBeNull();
  });
});
