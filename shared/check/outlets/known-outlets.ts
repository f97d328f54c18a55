import type { SourceKind } from '../../model/source';

export interface KnownOutlet {
  /** The name as house style writes it. */
  name: string;
  /** Other ways copy writes it; matched case-insensitively unless all capitals. */
  aliases: string[];
  kind: Extract<SourceKind, 'outlet' | 'wire-agency'>;
  /** State-affiliated by the definition X and Wikipedia use (editorial control by a government). */
  stateAffiliated: boolean;
  /** How to describe it on first reference, as an appositive: "the Russian state news agency". */
  description: string;
}

/**
 * Outlets copy most often cites. The newsroom's own state-affiliated list and
 * its registered sources extend this at check time (see outlet-catalogue.ts).
 */
export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { name: 'Reuters', aliases: ['Thomson Reuters'], kind: 'wire-agency', stateAffiliated: false, description: 'the news agency' },
  { name: 'The Associated Press', aliases: ['Associated Press', 'AP'], kind: 'wire-agency', stateAffiliated: false, description: 'the news agency' },
  { name: 'Agence France-Presse', aliases: ['Agence France Presse', 'AFP'], kind: 'wire-agency', stateAffiliated: false, description: 'the French news agency' },
  { name: 'BBC', aliases: ['BBC News', 'British Broadcasting Corporation'], kind: 'outlet', stateAffiliated: false, description: 'the British public broadcaster' },
  { name: 'CNN', aliases: [], kind: 'outlet', stateAffiliated: false, description: 'the US broadcaster' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT'], kind: 'outlet', stateAffiliated: false, description: 'the US newspaper' },
  { name: 'The Guardian', aliases: ['Guardian'], kind: 'outlet', stateAffiliated: false, description: 'the British newspaper' },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], kind: 'outlet', stateAffiliated: false, description: 'the financial news service' },
  { name: 'The Washington Post', aliases: ['Washington Post'], kind: 'outlet', stateAffiliated: false, description: 'the US newspaper' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], kind: 'outlet', stateAffiliated: false, description: 'the US newspaper' },
  { name: 'Financial Times', aliases: ['The Financial Times', 'FT'], kind: 'outlet', stateAffiliated: false, description: 'the British newspaper' },
  { name: 'The Economist', aliases: [], kind: 'outlet', stateAffiliated: false, description: 'the British weekly' },
  { name: 'Politico', aliases: ['POLITICO'], kind: 'outlet', stateAffiliated: false, description: 'the political news site' },
  { name: 'NPR', aliases: ['National Public Radio'], kind: 'outlet', stateAffiliated: false, description: 'the US public radio network' },
  { name: 'Sky News', aliases: [], kind: 'outlet', stateAffiliated: false, description: 'the British broadcaster' },
  { name: 'Al Jazeera', aliases: [], kind: 'outlet', stateAffiliated: false, description: 'the Qatar-based broadcaster' },
  { name: 'Deutsche Welle', aliases: ['DW'], kind: 'outlet', stateAffiliated: false, description: "Germany's international broadcaster" },
  { name: 'Le Monde', aliases: [], kind: 'outlet', stateAffiliated: false, description: 'the French newspaper' },
  { name: 'Der Spiegel', aliases: ['Spiegel'], kind: 'outlet', stateAffiliated: false, description: 'the German news magazine' },
  { name: 'Euronews', aliases: [], kind: 'outlet', stateAffiliated: false, description: 'the European broadcaster' },
  { name: 'Interfax', aliases: [], kind: 'wire-agency', stateAffiliated: false, description: 'the Russian news agency' },
  { name: 'Deutsche Presse-Agentur', aliases: ['dpa', 'DPA'], kind: 'wire-agency', stateAffiliated: false, description: 'the German news agency' },
  { name: 'EFE', aliases: [], kind: 'wire-agency', stateAffiliated: false, description: 'the Spanish news agency' },
  { name: 'ANSA', aliases: [], kind: 'wire-agency', stateAffiliated: false, description: 'the Italian news agency' },
  { name: 'Kyodo', aliases: ['Kyodo News'], kind: 'wire-agency', stateAffiliated: false, description: 'the Japanese news agency' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], kind: 'wire-agency', stateAffiliated: false, description: 'the South Korean news agency' },
  { name: 'Kathimerini', aliases: ['Ekathimerini'], kind: 'outlet', stateAffiliated: false, description: 'the Greek newspaper' },
  { name: 'Capital', aliases: ['Capital.gr'], kind: 'outlet', stateAffiliated: false, description: 'the Greek business news site' },
  { name: 'RIA Novosti', aliases: ['RIA'], kind: 'wire-agency', stateAffiliated: true, description: 'the Russian state news agency' },
  { name: 'TASS', aliases: ['ITAR-TASS'], kind: 'wire-agency', stateAffiliated: true, description: 'the Russian state news agency' },
  { name: 'RT', aliases: ['Russia Today'], kind: 'outlet', stateAffiliated: true, description: 'the Russian state-controlled broadcaster' },
  { name: 'Sputnik', aliases: [], kind: 'outlet', stateAffiliated: true, description: 'the Russian state-controlled news outlet' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], kind: 'wire-agency', stateAffiliated: true, description: "China's state news agency" },
  { name: 'CGTN', aliases: ['China Global Television Network'], kind: 'outlet', stateAffiliated: true, description: 'the Chinese state broadcaster' },
  { name: 'Global Times', aliases: ['The Global Times'], kind: 'outlet', stateAffiliated: true, description: 'the Chinese state-run newspaper' },
  { name: 'Press TV', aliases: [], kind: 'outlet', stateAffiliated: true, description: "Iran's state broadcaster" },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], kind: 'wire-agency', stateAffiliated: true, description: "Turkey's state-run news agency" },
];
