import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportFileResult } from '../../../electron/import/import-files';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

function textOf(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(textOf).join(node.type === 'list' ? '\n' : '');
}

async function importFixture(name: string): Promise<{ result: ImportFileResult; body: string[]; json: string }> {
  const [result] = await importFiles([{ name, bytes: fixture(name) }], { detect: () => [] });
  const children = result?.draftInput?.content.root.children ?? [];
  return { result: result!, body: children.map(textOf), json: JSON.stringify(result?.draftInput) };
}

/** Page chrome of the fixtures: none of it may reach the draft. */
const PAGE_CHROME = [
  'About us', 'Advertise', 'Stay Connected', 'Most Popular', 'Most read', 'Port workers call', 'Subscribe', 'newsletter',
  'RELATED ARTICLES', 'Related content', 'Tanker rates climb', 'Hellinikon project', 'LEAVE A REPLY', 'Please enter your',
  'Post Comment', 'Comments are closed', 'Save my name', 'All rights reserved', 'cookies', 'Accept', 'Exit mobile version',
  'Main navigation', 'Skip to main content', 'Share this article', 'Facebook', 'Twitter', 'TAGS', 'privatisation</', 'Photo: archive',
  'Injected by script', 'Read also',
];
const EXECUTABLE = [/<script/i, /onerror/i, /onclick/i, /onload/i, /javascript:/i, /alert\(/];

describe('a WordPress (Newspaper theme) article page', async () => {
  const { result, body, json } = await importFixture('wordpress-article.html');

  it('imports the article with its metadata', () => {
    expect(result.ok).toBe(true);
    expect(result.draftInput?.meta).toMatchObject({
      headline: 'Greek shipowners order record number of LNG carriers',
      byline: 'Nikos Andreou',
      credit: 'Capital',
      basedOnOtherOutlet: true,
    });
    expect(result.publicationDate).toBe('2022-04-13');
  });

  it('keeps exactly the article body, in order, with its structure', () => {
    expect(body).toEqual([
      'Greek shipowners ordered a record 28 liquefied natural gas carriers in the first quarter of the year, as European buyers scrambled to replace Russian pipeline gas, shipbrokers said on Wednesday.',
      'The orders, worth about 6.4 billion dollars, went mostly to South Korean yards, which are now fully booked until 2026, according to Reuters.',
      'Prices at a peak',
      'The price of a new carrier has risen to around 230 million dollars, the highest in a decade, the brokers said. Owners named in the orders include:',
      'Capital Gas, with eight vessels\nDynagas, with six vessels\nMinerva Marine, with four vessels',
      '“We have not seen an ordering spree like this since 2014,” said one London-based broker.',
      'Analysts warned that the wave of orders could leave the market oversupplied once the new vessels are delivered later in the decade.',
      'A link that runs code should lose its link but keep its words.',
    ]);
    expect(result.draftInput?.content.root.children?.map((node) => node.type)).toEqual([
      'paragraph', 'paragraph', 'heading', 'paragraph', 'list', 'quote', 'paragraph', 'paragraph',
    ]);
  });

  it('keeps a safe link and drops the unsafe one', () => {
    expect(json).toContain('"url":"https://www.reuters.com/business/energy/"');
    for (const pattern of EXECUTABLE) expect(json).not.toMatch(pattern);
  });

  it('leaves all page chrome out', () => {
    for (const chrome of PAGE_CHROME) expect(json).not.toContain(chrome);
  });

  it('reports the teaser and the credit it took out of the article', () => {
    expect(result.removed.map((line) => [line.ruleId, line.text])).toEqual([
      ['related-articles', 'Read also: Piraeus container traffic falls for third month'],
      ['trailing-credit', 'Source: Capital'],
    ]);
  });
});

describe('a Drupal 10 article page', async () => {
  const { result, body, json } = await importFixture('drupal-article.html');

  it('imports the article with headline, standfirst, byline, dateline and wire credit', () => {
    expect(result.ok).toBe(true);
    expect(result.draftInput?.meta).toMatchObject({
      headline: 'Greece to sell stake in Athens airport',
      standfirst: 'The privatisation fund will offer 30% of the airport in an initial public offering before the summer',
      byline: 'Maria Papadopoulou',
      dateline: 'ATHENS',
      credit: 'Reuters',
      basedOnOtherOutlet: true,
    });
    expect(result.publicationDate).toBe('2022-04-13');
  });

  it('keeps exactly the article body', () => {
    expect(body[0]).toBe(
      "Greece's privatisation fund will sell 30% of Athens International Airport in an initial public offering before the summer, two people familiar with the plan told Reuters on Wednesday.",
    );
    expect(body).toContain('Tourism rebound');
    expect(body).toContain('Athens International Airport: 15.3 million passengers\nThessaloniki: 4.1 million passengers');
    expect(body.at(-1)).toBe('Bankers said the listing would be the largest on the Athens bourse in more than a decade.');
    expect(body).toHaveLength(7);
  });

  it('leaves all page chrome and the embedded player out', () => {
    for (const chrome of PAGE_CHROME) expect(json).not.toContain(chrome);
    for (const pattern of EXECUTABLE) expect(json).not.toMatch(pattern);
    expect(json).not.toContain('youtube');
  });
});
