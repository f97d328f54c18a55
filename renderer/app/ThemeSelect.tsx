import { useId } from 'react';
import type { JSX } from 'react';
import type { Theme } from './useTheme';

const OPTIONS: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Match system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The appearance preference; the desktop menu's "Toggle dark mode" changes the same setting. */
export function ThemeSelect({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }): JSX.Element {
  const id = useId();
  return (
    <div className="theme-select">
      <label htmlFor={id}>Appearance</label>
      <select id={id} value={theme} onChange={(event) => onChange(event.target.value as Theme)}>
        {OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
