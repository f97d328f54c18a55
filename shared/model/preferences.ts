import { z } from 'zod';

export const DEFAULT_STATE_AFFILIATED_OUTLETS = [
  'RIA Novosti',
  'TASS',
  'RT',
  'Sputnik',
  'Xinhua',
  'CGTN',
  'Press TV',
];

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const PreferencesSchema = z.object({
  theme: ThemeSchema.default('system'),
  /** Debounce between the last keystroke and the autosave, in milliseconds. */
  autosaveDelayMs: z.number().int().min(200).max(60_000).default(800),
  /** Minimum minutes between two automatic history snapshots of one draft. */
  snapshotIntervalMinutes: z.number().int().min(1).max(24 * 60).default(5),
  /** How long history snapshots are kept, in days. */
  historyRetentionDays: z.number().int().min(1).max(3650).default(90),
  /** The editor's name, recorded with check overrides. */
  editorName: z.string().max(200).default(''),
  stateAffiliatedOutlets: z.array(z.string().trim().min(1).max(200)).max(500).default(DEFAULT_STATE_AFFILIATED_OUTLETS),
  export: z
    .object({
      siteUrl: z.string().max(2048).default(''),
      publisherName: z.string().max(300).default(''),
      publisherLogoUrl: z.string().max(2048).default(''),
    })
    .default({ siteUrl: '', publisherName: '', publisherLogoUrl: '' }),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const PreferencesPatchSchema = z
  .object({
    theme: ThemeSchema,
    autosaveDelayMs: PreferencesSchema.shape.autosaveDelayMs.unwrap(),
    snapshotIntervalMinutes: PreferencesSchema.shape.snapshotIntervalMinutes.unwrap(),
    historyRetentionDays: PreferencesSchema.shape.historyRetentionDays.unwrap(),
    editorName: z.string().max(200),
    stateAffiliatedOutlets: z.array(z.string().trim().min(1).max(200)).max(500),
    export: z
      .object({
        siteUrl: z.string().max(2048),
        publisherName: z.string().max(300),
        publisherLogoUrl: z.string().max(2048),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export function defaultPreferences(): Preferences {
  return PreferencesSchema.parse({});
}
