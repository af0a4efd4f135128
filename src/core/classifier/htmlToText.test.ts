import { emailBodyToText } from './emailBodyToText.ts';
import { htmlToText } from './htmlToText.ts';

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
});

describe('emailBodyToText', () => {
  it('returns plain text unchanged and converts HTML', () => {
    expect(emailBodyToText('a <b>', 'text')).toBe('a <b>');
    expect(emailBodyToText('a <b>x</b>', 'html')).toBe('a x');
  });
});
