/**
 * News agencies whose name alone, in brackets, credits a story: "(Reuters)".
 * Also used to give a proposed source the kind "wire-agency".
 */
export const WIRE_AGENCIES: readonly string[] = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'dpa',
  'ANSA',
  'EFE',
  'Kyodo',
  'Yonhap',
  'PA',
  'PA Media',
  'Press Association',
  'PTI',
  'ANI',
  'UPI',
  'TASS',
  'Xinhua',
  'RIA Novosti',
  'Anadolu',
  'Anadolu Agency',
  'ANA-MPA',
  'CNA',
  'AAP',
  'Canadian Press',
];

export function isWireAgency(name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return WIRE_AGENCIES.some((agency) => agency.toLowerCase() === wanted);
}

/** A regular-expression alternation of the agency names, longest first so "AP" never shadows "Associated Press". */
export function wireAgencyPattern(): string {
  return [...WIRE_AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|');
}
