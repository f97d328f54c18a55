/**
 * Reads a PolNeAR split (text/NAME.txt + attributions/NAME_ANNOTATOR.ann, brat
 * standoff with code-point offsets) into texts with UTF-16 gold spans, the way
 * the team's scorer reads it: one annotator per article (the first by name),
 * and a span with several fragments taken from its first start to its last end.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Span } from '../shared/attribution/types';

export interface GoldAttribution {
  cue: Span | null;
  source: Span | null;
  content: Span | null;
}

export interface GoldDocument {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

export function readSplit(dir: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  for (const [name, files] of annotationFilesByArticle(dir)) {
    const text = readArticleText(dir, name);
    if (text !== null) documents.push({ name, text, attributions: readAnnotation(dir, files[0]!, text) });
  }
  return documents;
}

/** An article that several annotators labelled, with each one's attributions (annotators in file-name order). */
export interface MultiplyAnnotatedDocument {
  name: string;
  text: string;
  annotations: GoldAttribution[][];
}

/** The articles of a split with two or more annotation files, for measuring how far annotators agree. */
export function readMultiplyAnnotated(dir: string): MultiplyAnnotatedDocument[] {
  const documents: MultiplyAnnotatedDocument[] = [];
  for (const [name, files] of annotationFilesByArticle(dir)) {
    const text = files.length < 2 ? null : readArticleText(dir, name);
    if (text !== null) documents.push({ name, text, annotations: files.map((file) => readAnnotation(dir, file, text)) });
  }
  return documents;
}

/** Each article's annotation files (NAME_ANNOTATOR.ann), articles and annotators in file-name order. */
function annotationFilesByArticle(dir: string): Map<string, string[]> {
  const filesByName = new Map<string, string[]>();
  for (const file of fs.readdirSync(path.join(dir, 'attributions')).sort()) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    filesByName.set(name, [...(filesByName.get(name) ?? []), file]);
  }
  return filesByName;
}

function readArticleText(dir: string, name: string): string | null {
  const textFile = path.join(dir, 'text', `${name}.txt`);
  return fs.existsSync(textFile) ? fs.readFileSync(textFile, 'utf8') : null;
}

function readAnnotation(dir: string, file: string, text: string): GoldAttribution[] {
  return parseBrat(fs.readFileSync(path.join(dir, 'attributions', file), 'utf8'), text);
}

function codePointToUtf16(text: string): (codePoint: number) => number {
  const map = [0];
  let offset = 0;
  for (const character of text) map.push((offset += character.length));
  return (codePoint) => map[Math.min(codePoint, map.length - 1)]!;
}

function parseBrat(annotation: string, text: string): GoldAttribution[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, Span>();
  const relations: Record<string, string>[] = [];
  for (const line of annotation.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const ranges = body.slice(body.indexOf(' ') + 1).split(';').map((range) => range.trim().split(' ').map(Number));
      const starts = ranges.map((r) => toUtf16(r[0]!));
      const ends = ranges.map((r) => toUtf16(r[1]!));
      spans.set(id, { start: Math.min(...starts), end: Math.max(...ends) });
    } else if (id.startsWith('E')) {
      const roles: Record<string, string> = {};
      for (const part of body.split(' ')) {
        const [role, ref] = part.split(':');
        if (role && ref) roles[role.replace(/\d+$/, '').toLowerCase()] = ref;
      }
      relations.push(roles);
    }
  }
  const get = (ref: string | undefined): Span | null => (ref ? spans.get(ref) ?? null : null);
  return relations.map((r) => ({ cue: get(r.cue), source: get(r.source), content: get(r.content) }));
}
