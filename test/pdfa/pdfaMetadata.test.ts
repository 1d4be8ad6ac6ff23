import { describe, expect, it } from 'vitest';
import { documentDescriptions, pdfaDescriptions } from '../../src/render/pdf/pdfaMetadata.js';

describe('pdfaDescriptions', () => {
  const info = { title: 'R&D <简报> "第1期"', author: "O'Brien & Co", subject: '', creator: 'bulletin 0.1.0', creationDate: new Date(Date.UTC(2014, 9, 17)) };
  const archive = { issue: '2014年第4期', date: '2014-10-17', sponsors: ['A&B', '<C>'] };
  const xml = pdfaDescriptions(info, archive);

  it('escapes what the issue says, so that the packet stays well-formed XML', () => {
    expect(xml).toContain('R&#38;D &#60;简报&#62; &#34;第1期&#34;');
    expect(xml).toContain('O&#39;Brien &#38; Co');
    expect(xml).toContain('<rdf:li>A&#38;B</rdf:li><rdf:li>&#60;C&#62;</rdf:li>');
    // Nothing of the input is left raw: every < opens one of our elements.
    expect(xml.replace(/<\/?(rdf|dc|xmp|pdf|pdfaid):[A-Za-z]+( [^>]*)?>/g, '')).not.toMatch(/[<>]/);
  });

  it('leaves out an empty subject, as the Info dictionary does, and dates the file with the issue', () => {
    expect(xml).not.toContain('dc:description');
    expect(xml).toContain('<xmp:CreateDate>2014-10-17T00:00:00Z</xmp:CreateDate><xmp:ModifyDate>2014-10-17T00:00:00Z</xmp:ModifyDate>');
    expect(xml).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance>');
  });
});

describe('documentDescriptions (a PDF that is not PDF/A)', () => {
  const info = { title: 'R&D <简报>', author: "O'Brien & Co", subject: '', creator: 'bulletin 0.1.0', creationDate: new Date(Date.UTC(2014, 9, 17)) };
  const xml = documentDescriptions(info);

  it('says what pdfkit said, escaped and without indentation', () => {
    expect(xml).toContain('<rdf:li xml:lang="x-default">R&#38;D &#60;简报&#62;</rdf:li>');
    expect(xml).toContain('<dc:creator><rdf:Seq><rdf:li>O&#39;Brien &#38; Co</rdf:li></rdf:Seq></dc:creator>');
    expect(xml).toContain('<xmp:CreateDate>2014-10-17T00:00:00Z</xmp:CreateDate><xmp:CreatorTool>bulletin 0.1.0</xmp:CreatorTool>');
    expect(xml).toContain('<pdf:Producer>bulletin 0.1.0</pdf:Producer>');
    expect(xml).not.toContain('dc:description');
    expect(xml).not.toContain('pdfaid');
    expect(xml).not.toMatch(/>[ \t]+</);
    expect(xml.replace(/<\/?(rdf|dc|xmp|pdf):[A-Za-z]+( [^>]*)?>/g, '')).not.toMatch(/[<>]/);
  });
});
