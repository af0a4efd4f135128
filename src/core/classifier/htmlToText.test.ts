import { classifyEmail } from './classifyEmail.ts';
import { emailBodyToText } from './emailBodyToText.ts';
import { htmlToText, readHtmlText } from './htmlToText.ts';

describe('htmlToText', () => {
  it('decodes named and numeric entities, and keeps unknown ones as written', () => {
    expect(htmlToText('caf&eacute; &#233;&#x00E9; &amp; &foo; &#xD800;')).toBe('café éé & &foo; \ufffd');
  });

  it('puts <br> and <div> on new lines and <p> in paragraphs', () => {
    expect(htmlToText('<p>Hallo,</p><p>verwijder<br>mijn <b>gegevens</b></p><div>Groet</div>')).toBe(
      'Hallo,\n\nverwijder\nmijn gegevens\n\nGroet',
    );
  });

  it('drops <head>, <style>, <script> and comments, even in capitals', () => {
    const html = '<HTML><HEAD><TITLE>x</TITLE></HEAD><STYLE>p{color:red}</STYLE><!-- note --><script>alert(1)</script>Body';
    expect(htmlToText(html)).toBe('Body');
  });

  it('marks lines inside <blockquote> with "> " like a plain-text quote', () => {
    expect(htmlToText('Thanks<blockquote>On Monday Jan wrote:<br>delete my data</blockquote>')).toBe(
      'Thanks\n\n> On Monday Jan wrote:\n> delete my data',
    );
  });

  it('collapses source whitespace and &nbsp; into single spaces', () => {
    expect(htmlToText('<p>a \n\t b&nbsp;&nbsp;c</p>')).toBe('a b c');
  });

  it('reads a line that holds only &nbsp; as the blank line a reader sees between two paragraphs', () => {
    expect(htmlToText('<div>Guten Tag,</div><div>&nbsp;</div><div>bitte streichen Sie mich.</div><div>Tobias</div>')).toBe(
      'Guten Tag,\n\nbitte streichen Sie mich.\nTobias',
    );
    expect(htmlToText('Beste Ilse,<br>&nbsp;&nbsp;<br>mijn adres is gewijzigd')).toBe('Beste Ilse,\n\nmijn adres is gewijzigd');
    expect(htmlToText('<table><tr><td>Offer</td></tr><tr><td>&nbsp;</td></tr><tr><td>Terms</td></tr></table>')).toBe('Offer\n\nTerms');
  });

  it('keeps &nbsp; that opens a line of text, or an empty <div>, on one line break', () => {
    expect(htmlToText('<div>Hello</div><div>&nbsp;Please erase my file</div>')).toBe('Hello\nPlease erase my file');
    expect(htmlToText('<div>Hello</div><div></div><div>Please erase my file</div>')).toBe('Hello\nPlease erase my file');
  });

  it('keeps text after an unterminated tag or comment garbage without hanging', () => {
    expect(htmlToText('a < b and <<<< c')).toBe('a < b and <<<< c');
    expect(htmlToText('text <!-- never closed')).toBe('text');
    expect(htmlToText('<style>never closed')).toBe('');
  });
});

describe('htmlToText with a length cap', () => {
  it('stops early and returns a prefix of the full conversion', () => {
    const html = '<p>Hallo &amp; welkom</p>'.repeat(1_000);
    const full = htmlToText(html);
    const capped = htmlToText(html, 100);
    expect(capped.length).toBeGreaterThan(100);
    expect(capped.length).toBeLessThan(full.length);
    expect(full.startsWith(capped)).toBe(true);
  });

  it('stops reading nested tags once the markup far outweighs the text wanted, and says the source was not read whole', () => {
    const html = `${'<div><span><b>'.repeat(10_000)}verwijder mijn gegevens`;
    const read = readHtmlText(html, 100);
    expect(read.isWholeSource).toBe(false);
    expect(read.text).toBe('');
    expect(readHtmlText(html).text).toBe('verwijder mijn gegevens');
  });

  it('reads a source with hidden blocks and comments far longer than the cap whole (edge: skipped content does not count)', () => {
    const html = `<style>${'p{}'.repeat(5_000)}</style><!--${'x'.repeat(5_000)}--><p>verwijder mijn gegevens</p>`;
    expect(readHtmlText(html, 100)).toEqual({ text: 'verwijder mijn gegevens', isWholeSource: true });
  });
});

describe('classifyEmail on HTML built of tags', () => {
  it('reports a body it stopped reading for its markup as truncated, though the text read is under the cap', () => {
    const email = { subject: 'Vraag', body: `${'<div><i>'.repeat(2_000)}verwijder mijn gegevens`, bodyType: 'html' as const };
    const capped = classifyEmail(email, { maxBodyChars: 1_000 });
    expect(capped.truncated).toBe(true);
    expect(capped.examinedChars).toBeLessThan(1_000);
    expect(classifyEmail(email).truncated).toBe(false);
  });
});

describe('emailBodyToText', () => {
  it('returns plain text unchanged and converts HTML', () => {
    expect(emailBodyToText('a <b>', 'text')).toBe('a <b>');
    expect(emailBodyToText('a <b>x</b>', 'html')).toBe('a x');
  });
});
