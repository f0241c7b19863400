/**
 * German regulated professions our offers use: the occupation may be practised
 * only with a licence (Approbation, Berufserlaubnis, Erlaubnis zum Führen der
 * Berufsbezeichnung, staatliche Anerkennung), whatever the person's
 * citizenship — EU citizens too go through recognition (Directive 2005/36/EC).
 * Matched by ESCO occupation URI, or by ISCO-08 unit group where the whole
 * group is regulated. ESCO's own "regulated profession" note covers only a
 * few occupations at EU level, so this table is curated: each entry names its
 * legal basis, where it was checked, and the authority to ask in Saxony.
 * Sources and what was left out on purpose: README.md in this folder.
 */
export interface RegulatedProfession {
  /** Short name, e.g. "Nurse (Pflegefachfrau/Pflegefachmann)". */
  profession: string;
  /** ISCO-08 unit groups (4 digits) regulated as a whole. */
  iscoGroups: readonly string[];
  /** ESCO occupation URIs regulated where their ISCO group as a whole is not. */
  escoUris: readonly string[];
  /** The licence and its legal basis. */
  licence: string;
  /** Who decides in Saxony. */
  authority: string;
  /** Where the entry was checked. */
  source: string;
}

const ESCO = 'http://data.europa.eu/esco/occupation/';
const LDS = 'Landesdirektion Sachsen (Referat Gesundheitsberufe / Approbationsbehörde), lds.sachsen.de';
const LASUB = 'Landesamt für Schule und Bildung Sachsen (LaSuB), lasub.smk.sachsen.de';
const FINDER = 'anerkennung-in-deutschland.de (Anerkennungs-Finder, Saxony)';

export const REGULATED_PROFESSIONS: readonly RegulatedProfession[] = [
  {
    profession: 'Medical doctor (Arzt/Ärztin)',
    iscoGroups: ['2211', '2212'],
    escoUris: [],
    licence: 'Approbation or a temporary Berufserlaubnis (§§ 2, 3, 10 Bundesärzteordnung)',
    authority: LDS,
    source: `${FINDER}: Arzt/Ärztin; lds.sachsen.de Approbation FAQ`,
  },
  {
    profession: 'Dentist (Zahnarzt/Zahnärztin)',
    iscoGroups: ['2261'],
    escoUris: [],
    licence: 'Approbation or a temporary Berufserlaubnis (§§ 1, 2, 13 Zahnheilkundegesetz)',
    authority: LDS,
    source: `${FINDER}: Zahnarzt/Zahnärztin`,
  },
  {
    profession: 'Pharmacist (Apotheker/Apothekerin)',
    iscoGroups: [],
    escoUris: [
      `${ESCO}7c132147-428b-4ea3-87e1-70f7abb691ce`,
      `${ESCO}5fd099da-218a-460e-bd5b-b42f1b76c67c`,
      `${ESCO}8db28ebf-8818-4639-aa49-30324901836e`,
    ],
    licence: 'Approbation or a temporary Erlaubnis (§§ 2, 4, 11 Bundes-Apothekerordnung)',
    authority: LDS,
    source: `${FINDER}: Apotheker/Apothekerin`,
  },
  {
    profession: 'Veterinarian (Tierarzt/Tierärztin)',
    iscoGroups: [],
    escoUris: [`${ESCO}08984bec-31d8-4bb0-aa2f-d557761ff029`, `${ESCO}4ce42c3c-8a46-40b6-9274-1f5cee3c5cba`],
    licence: 'Approbation or a temporary Erlaubnis (§§ 2, 4, 11 Bundes-Tierärzteordnung)',
    authority: LDS,
    source: `${FINDER}: Tierarzt/Tierärztin`,
  },
  {
    profession: 'Nurse (Pflegefachfrau/Pflegefachmann)',
    iscoGroups: ['2221', '3221'],
    escoUris: [],
    licence: 'Erlaubnis zum Führen der Berufsbezeichnung (§§ 1, 2, 40–43 Pflegeberufegesetz)',
    authority: LDS,
    source: `${FINDER}: Pflegefachfrau/Pflegefachmann; BERUFENET reglementierte Berufe`,
  },
  {
    profession: 'Midwife (Hebamme)',
    iscoGroups: ['2222', '3222'],
    escoUris: [],
    licence: 'Erlaubnis zum Führen der Berufsbezeichnung (§§ 5, 6, 54 Hebammengesetz)',
    authority: LDS,
    source: `${FINDER}: Hebamme`,
  },
  {
    profession: 'Physiotherapist (Physiotherapeut/Physiotherapeutin)',
    iscoGroups: ['2264'],
    escoUris: [],
    licence: 'Erlaubnis zum Führen der Berufsbezeichnung (§§ 1, 2 Masseur- und Physiotherapeutengesetz)',
    authority: LDS,
    source: `${FINDER}: Physiotherapeut/Physiotherapeutin`,
  },
  {
    profession: 'Psychotherapist (Psychotherapeut/Psychotherapeutin)',
    iscoGroups: [],
    escoUris: [`${ESCO}af69484e-b43f-4685-b22d-f3418df45c4d`],
    licence: 'Approbation (§§ 1, 2, 3 Psychotherapeutengesetz)',
    authority: LDS,
    source: `${FINDER}: Psychotherapeut/Psychotherapeutin`,
  },
  {
    profession: 'Teacher at a public school (Lehrkraft)',
    iscoGroups: ['2330', '2341'],
    escoUris: [`${ESCO}81f8d141-3f67-4fb0-a349-db0147ef7b3a`],
    licence: 'Recognition of the teaching qualification (Sächsisches Berufsqualifikationsfeststellungsgesetz; Lehrkräfte)',
    authority: LASUB,
    source: `${FINDER}: Lehrer/Lehrerin (Sachsen); KMK anerkennung Lehrkräfte`,
  },
  {
    profession: 'Educator (staatlich anerkannte Erzieherin/staatlich anerkannter Erzieher)',
    iscoGroups: ['2342'],
    escoUris: [],
    licence: 'State recognition as Erzieher/Erzieherin (Sächsisches Berufsqualifikationsfeststellungsgesetz; SächsKitaG staff rules)',
    authority: LASUB,
    source: `${FINDER}: Erzieher/Erzieherin (Sachsen); BERUFENET reglementierte Berufe`,
  },
  {
    profession: 'Lawyer (Rechtsanwalt/Rechtsanwältin)',
    iscoGroups: [],
    escoUris: [`${ESCO}974d4eab-fbee-4c52-b16e-73bdd8c25b53`],
    licence: 'Admission to the bar (§§ 4, 12 Bundesrechtsanwaltsordnung; EU lawyers: EuRAG)',
    authority: 'Rechtsanwaltskammer Sachsen, rak-sachsen.de',
    source: `${FINDER}: Rechtsanwalt/Rechtsanwältin`,
  },
];

/** The regulated profession of an occupation (by ESCO URI first, then ISCO unit group), null if not regulated. */
export function regulatedProfessionOf(occupationUri: string | null, iscoCode: string | null): RegulatedProfession | null {
  if (occupationUri) {
    const byUri = REGULATED_PROFESSIONS.find((p) => p.escoUris.includes(occupationUri));
    if (byUri) return byUri;
  }
  const group = iscoCode?.trim().slice(0, 4);
  if (!group) return null;
  return REGULATED_PROFESSIONS.find((p) => p.iscoGroups.includes(group)) ?? null;
}
