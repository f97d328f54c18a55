import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SerializedNodeShape } from '../../../shared/model/lexical-json';
import { DEFAULT_TRANSFORMERS } from '../../../shared/export/index';
import { renderDocument } from '../../../shared/export/render-document';
import { NODE_FIXTURES_DIR, expectGolden, nodeFixtureDraft, nodeFixtureNames } from './fixture-support';

function typesIn(node: SerializedNodeShape): Set<string> {
  const types = new Set([node.type]);
  for (const child of node.children ?? []) for (const type of typesIn(child)) types.add(type);
  return types;
}

describe('export golden files, one per node type', () => {
  it('has a fixture for every registered transformer', () => {
    const covered = new Set(nodeFixtureNames().flatMap((name) => [...typesIn(nodeFixtureDraft(name).content.root)]));
    for (const transformer of DEFAULT_TRANSFORMERS) expect(covered, transformer.type).toContain(transformer.type);
  });

  for (const name of nodeFixtureNames()) {
    it(`renders the ${name} fixture as committed`, () => {
      const draft = nodeFixtureDraft(name);
      // The fixture is named after the node type it demonstrates; it must contain one.
      if (name !== 'root') expect(typesIn(draft.content.root)).toContain(name);
      const body = renderDocument(draft.content.root, { sources: draft.sources, siteHost: 'nordicdaily.example.com' });
      const warnings = body.warnings.map((warning) => `<!-- warning: ${warning} -->\n`).join('');
      expectGolden(`${body.html}\n${warnings}`, path.join(NODE_FIXTURES_DIR, `${name}.expected.html`));
    });
  }
});
