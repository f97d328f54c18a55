import { useId } from 'react';
import type { JSX } from 'react';
import type { DraftMeta } from '../../shared/model/draft';
import { cleanSlugInput, nextSlug, slugify } from './slugify';
import { TagsField } from './TagsField';

type Props = {
  meta: DraftMeta;
  readOnly: boolean;
  onChange: (meta: DraftMeta) => void;
};

type TextKey = 'byline' | 'section' | 'dateline' | 'credit';

/** Headline, standfirst and the story's details, above the body. */
export function MetadataPanel({ meta, readOnly, onChange }: Props): JSX.Element {
  const id = useId();
  const set = (patch: Partial<DraftMeta>) => onChange({ ...meta, ...patch });

  const text = (key: TextKey, label: string, placeholder: string, max: number) => (
    <div className={`field field-${key}`}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={meta[key]}
        maxLength={max}
        readOnly={readOnly}
        placeholder={placeholder}
        onChange={(event) => set({ [key]: event.target.value })}
      />
    </div>
  );

  return (
    <section className="meta" aria-label="Story details">
      <label htmlFor={`${id}-headline`} className="visually-hidden">
        Headline
      </label>
      <textarea
        id={`${id}-headline`}
        className="meta-headline"
        rows={1}
        // A new, untitled draft starts at its headline.
        autoFocus={meta.headline === '' && !readOnly}
        maxLength={500}
        value={meta.headline}
        readOnly={readOnly}
        placeholder="Headline"
        onKeyDown={(event) => {
          // A headline is one line: Enter moves on to the standfirst.
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            document.getElementById(`${id}-standfirst`)?.focus();
          }
        }}
        onChange={(event) => {
          const headline = event.target.value.replace(/\s*\n\s*/g, ' ');
          set({ headline, slug: nextSlug(meta.headline, headline, meta.slug) });
        }}
      />
      <label htmlFor={`${id}-standfirst`} className="visually-hidden">
        Standfirst
      </label>
      <textarea
        id={`${id}-standfirst`}
        className="meta-standfirst"
        rows={1}
        maxLength={2000}
        value={meta.standfirst}
        readOnly={readOnly}
        placeholder="Standfirst: the one or two sentences under the headline"
        onChange={(event) => set({ standfirst: event.target.value })}
      />

      <div className="meta-grid">
        {text('byline', 'Byline', 'Reporter name', 500)}
        {text('section', 'Section', 'World, Politics…', 200)}
        {text('dateline', 'Dateline', 'PARIS', 200)}
        <TagsField tags={meta.tags} readOnly={readOnly} onChange={(tags) => set({ tags })} />
        <div className="field field-slug">
          <label htmlFor={`${id}-slug`}>Slug</label>
          <div className="slug-box">
            <input
              id={`${id}-slug`}
              type="text"
              value={meta.slug}
              maxLength={200}
              readOnly={readOnly}
              spellCheck={false}
              placeholder="generated-from-the-headline"
              onChange={(event) => set({ slug: cleanSlugInput(event.target.value) })}
              onBlur={() => meta.slug.endsWith('-') && set({ slug: meta.slug.replace(/-+$/, '') })}
            />
            {!readOnly && meta.slug !== slugify(meta.headline) && meta.headline.trim() !== '' && (
              <button type="button" className="button small quiet" onClick={() => set({ slug: slugify(meta.headline) })}>
                From headline
              </button>
            )}
          </div>
        </div>
        {text('credit', 'Syndication credit', 'Source: outlet name', 300)}
        <div className="field field-based-on">
          <input
            id={`${id}-based-on`}
            type="checkbox"
            checked={meta.basedOnOtherOutlet}
            disabled={readOnly}
            onChange={(event) => set({ basedOnOtherOutlet: event.target.checked })}
          />
          <label htmlFor={`${id}-based-on`}>Based on another outlet’s story</label>
        </div>
      </div>
    </section>
  );
}
