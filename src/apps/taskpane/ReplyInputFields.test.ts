import { toReplyInputs } from './ReplyInputFields.tsx';

describe('toReplyInputs', () => {
  it('treats blank text as not given, so the renderer can name a missing required field', () => {
    expect(toReplyInputs({ refusalReasons: '   ', staffNote: '' })).toEqual({});
  });

  it('trims text and splits corrections into one line each, skipping empty lines', () => {
    expect(toReplyInputs({ extensionReasons: '  Archive search  ', corrections: 'Name\n\n  Email \n' })).toEqual({
      extensionReasons: 'Archive search',
      corrections: ['Name', 'Email'],
    });
  });

  it('keeps the chosen identity proofs and drops an empty choice', () => {
    expect(toReplyInputs({ identityProof: ['customer_details'] })).toEqual({ identityProof: ['customer_details'] });
    expect(toReplyInputs({ identityProof: [] })).toEqual({});
  });

  it('does not change the draft it reads', () => {
    const draft = Object.freeze({ corrections: 'Name', identityProof: Object.freeze(['id_copy']) as unknown as ['id_copy'] });
    expect(() => toReplyInputs(draft)).not.toThrow();
    expect(draft.corrections).toBe('Name');
  });
});
