import { test, expect } from './fixtures';
import { editorOf, saveStateOf } from './helpers';

const text = (value: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 });

const attribution = {
  children: [text('the plan was final')],
  direction: null,
  format: '',
  indent: 0,
  type: 'attribution',
  version: 1,
  sourceIds: ['src-minister', 'src-tass'],
  kind: 'quote',
};

function documentWith(node: object) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [text('The minister said '), node, text('.')],
        },
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text('Second paragraph')] },
      ],
    },
  };
}

type Json = { type?: string; children?: Json[]; [key: string]: unknown };
function findAll(node: Json, type: string): Json[] {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, type))];
}

test('a draft holding attributions opens, shows them, and saves them back exactly', async ({ app: page, host }) => {
  const draft = await host.call('drafts.create', {
    meta: { headline: 'Minister defends plan' },
    content: documentWith(attribution),
    sources: [
      { id: 'src-minister', name: 'The minister', kind: 'person' },
      { id: 'src-tass', name: 'TASS', kind: 'wire-agency', stateAffiliated: true },
    ],
  });
  await page.goto(`${host.url}#draft=${draft.id}`);

  const mark = editorOf(page).locator('span.doc-attribution');
  await expect(mark).toHaveText('the plan was final');
  await expect(mark).toHaveAttribute('data-kind', 'quote');

  await editorOf(page).locator('p').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' was edited.');
  await expect(saveStateOf(page)).toHaveText('Saved');

  const stored = await host.call('drafts.open', { id: draft.id });
  expect(stored.revision).toBeGreaterThan(draft.revision);
  expect(JSON.stringify(stored.content)).toContain('Second paragraph was edited.');
  expect(findAll(stored.content.root, 'attribution')).toEqual([attribution]);
});

test('a draft whose attribution is malformed is refused with a message, not silently altered', async ({ app: page, host }) => {
  const draft = await host.call('drafts.create', {
    meta: { headline: 'Broken attribution' },
    content: documentWith({ ...attribution, kind: 'rumour' }),
  });
  await page.goto(`${host.url}#draft=${draft.id}`);
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be shown' })).toContainText('attribution');
  await expect(editorOf(page)).toHaveCount(0);
  expect((await host.call('drafts.open', { id: draft.id })).revision).toBe(draft.revision);
});
