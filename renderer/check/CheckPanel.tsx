import { useEffect, useState, useSyncExternalStore } from 'react';
import type { JSX, RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Finding } from '../../shared/check/finding';
import { SEVERITIES } from '../../shared/check/rule-ids';
import type { Severity } from '../../shared/check/rule-ids';
import { api } from '../api';
import type { SourcesStore } from '../sources/sourcesStore';
import { RefusalNotice } from '../workflow/RefusalNotice';
import { applyFix } from './applyFix';
import { selectArticleRange } from './articleRanges';
import type { CheckStore } from './checkStore';
import { FindingItem } from './FindingItem';
import { FindingHighlighter } from './highlightFindings';
import './check.css';

type Props = {
  store: CheckStore;
  sources: SourcesStore;
  editorRef: RefObject<LexicalEditor | null>;
  readOnly: boolean;
  onSetCredit: (credit: string) => void;
  /** Re-check when the metadata changes (the credit line is part of the check). */
  metaKey: string;
  onExport: () => void;
};

const GROUP_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** The live pre-publish check: findings by severity, highlighted in the text, with fixes and overrides. */
export function CheckPanel({ store, sources, editorRef, readOnly, onSetCredit, metaKey, onExport }: Props): JSX.Element {
  const { result, failure, refusal } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  // The newsroom's state-media list is a preference the check reads.
  useEffect(() => {
    let live = true;
    api['prefs.get']({})
      .then((preferences) => {
        if (live) store.setSettings({ stateAffiliatedOutlets: preferences.stateAffiliatedOutlets });
      })
      .catch(() => store.schedule());
    return () => {
      live = false;
    };
  }, [store]);

  // Every edit asks for a check; the store debounces and waits for an idle moment.
  useEffect(() => {
    const editor = editorRef.current;
    const unregister = editor?.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) store.schedule();
    });
    const unsubscribe = sources.subscribe(store.schedule);
    return () => {
      unregister?.();
      unsubscribe();
    };
  }, [store, sources, editorRef]);

  useEffect(() => store.schedule(), [store, metaKey]);

  const [highlighter] = useState(() => new FindingHighlighter());
  useEffect(() => {
    const editor = editorRef.current;
    if (editor && result) highlighter.show(editor, result);
  }, [highlighter, result, editorRef]);
  useEffect(() => () => highlighter.dispose(), [highlighter]);

  const select = (finding: Finding) => {
    const editor = editorRef.current;
    if (editor && result && finding.range) selectArticleRange(editor, result.document, finding.range);
  };
  const fix = (finding: Finding, input: string) => {
    const editor = editorRef.current;
    if (!editor || !result || !finding.fix) return;
    if (applyFix(finding.fix, { editor, document: result.document, sources, setCredit: onSetCredit }, input)) store.refresh();
  };
  const override = async (finding: Finding, reason: string) => {
    // The name is read at the moment of the decision, so a changed preference applies at once.
    const name = await api['prefs.get']({}).then(
      (preferences) => preferences.editorName.trim(),
      () => '',
    );
    store.override(finding, reason, name || 'Editor', new Date());
  };

  const findings = result?.findings ?? [];
  const open = (severity: Severity) => findings.filter((finding) => finding.severity === severity && !finding.overridden);
  const overridden = findings.filter((finding) => finding.overridden);
  const item = (finding: Finding, index: number) => (
    <FindingItem
      key={`${finding.ruleId}-${finding.range?.start ?? finding.sourceId ?? ''}-${index}`}
      finding={finding}
      passage={store.passageOf(finding)}
      readOnly={readOnly}
      onSelect={() => select(finding)}
      onFix={(input) => fix(finding, input)}
      onOverride={(reason) => void override(finding, reason)}
      onRemoveOverride={() => store.removeOverride(finding)}
    />
  );

  return (
    <section className="panel check-panel" aria-labelledby="check-panel-title">
      <div className="check-header">
        <h2 id="check-panel-title" className="panel-title">
          Check
        </h2>
        <button type="button" className="button small" onClick={onExport}>
          Export HTML…
        </button>
      </div>
      {refusal && <RefusalNotice action={refusal.action} findings={refusal.findings} message={refusal.message} onDismiss={() => store.dismissRefusal()} />}
      <ul className="check-legend" aria-label="Legend">
        {SEVERITIES.map((severity) => (
          <li key={severity} className={`check-legend-${severity}`}>
            <span className="check-swatch" aria-hidden="true" /> {GROUP_TITLES[severity]} <b>{result === null ? '–' : open(severity).length}</b>
          </li>
        ))}
      </ul>
      {failure !== null && (
        <p className="check-failure" role="alert">
          {failure}
          {result !== null && ' The findings below are from the last check that ran.'}
        </p>
      )}
      {failure !== null && result === null ? null : result === null && !store.live ? (
        <p className="check-empty">Live check off: the draft is checked when it is moved to ready or exported.</p>
      ) : result === null ? (
        <p className="check-empty">Checking…</p>
      ) : findings.length === 0 ? (
        <p className="check-empty">No findings: the attribution check is clean.</p>
      ) : null}
      {SEVERITIES.map((severity) => {
        const group = open(severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className="check-group">
            <h3 className="check-group-title">
              {GROUP_TITLES[severity]} ({group.length})
            </h3>
            <ul className="check-list">{group.map(item)}</ul>
          </div>
        );
      })}
      {overridden.length > 0 && (
        <div className="check-group">
          <h3 className="check-group-title">Overridden ({overridden.length})</h3>
          <ul className="check-list">{overridden.map(item)}</ul>
        </div>
      )}
    </section>
  );
}
