import { useId, useState } from 'react';
import type { JSX, KeyboardEvent } from 'react';

type Props = {
  tags: readonly string[];
  readOnly: boolean;
  onChange: (tags: string[]) => void;
};

/** Tags as removable chips; Enter or comma adds what was typed. */
export function TagsField({ tags, readOnly, onChange }: Props): JSX.Element {
  const [pending, setPending] = useState('');
  const inputId = useId();

  const commit = () => {
    const additions = pending
      .split(',')
      .map((tag) => tag.trim().slice(0, 100))
      .filter((tag) => tag !== '' && !tags.includes(tag));
    if (additions.length > 0) onChange([...tags, ...additions].slice(0, 50));
    setPending('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && pending === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="field field-tags">
      <label htmlFor={inputId}>Tags</label>
      <div className="tags-box">
        <ul className="tag-list" aria-label="Tags added">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              {!readOnly && (
                <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        <input
          id={inputId}
          type="text"
          value={pending}
          readOnly={readOnly}
          placeholder={tags.length === 0 ? 'Add a tag' : ''}
          onChange={(event) => setPending(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      </div>
    </div>
  );
}
