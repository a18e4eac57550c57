// The people, places and outlets of the findings benchmark, as data: who writes and edits the
// agency's story, who took its picture, where it was filed, and the outlets that republish it.
// Names follow the agencies' own credits (Korean, Indonesian, Spanish, French, German names,
// several with accents, as real credit lines carry them).

/** The agencies whose conventions the reference pages follow. */
export type Agency = 'reuters' | 'ap' | 'afp';
export const AGENCY_IDS: readonly Agency[] = ['reuters', 'ap', 'afp'];

export const REPORTERS: readonly string[] = [
  'Robin Emmott', 'Hyonhee Shin', 'Sabine Siebold', 'Andrew Heavens', 'Kim Tong-hyung', 'Mari Yamaguchi',
  'Dessy Sagita', 'José Martínez', 'Renée Dubois', 'Lucía Benítez', 'François Murphy', 'Jörg Müller',
  'Tomás Ruiz', 'Emily Schmall', 'Joyce Lee', 'Ahmad Ghaddar', 'Céline Lemaire', 'Nilüfer Demir',
  'Sarah Marsh', 'Daniel Trotta', 'Idrees Ali', 'Ana Núñez', 'Matthias Blamont', 'Raúl Cortés',
];

export const EDITORS: readonly string[] = [
  'Andrew Heavens', 'Toby Chopra', 'Ron Popeski', 'Mark Heinrich', 'Kim Coghill', 'Alison Williams',
  'Michael Perry', 'Gareth Jones', 'Daniel Wallis', 'Hugh Lawson',
];

export const PHOTOGRAPHERS: readonly string[] = [
  'Kim Hong-Ji', 'Yves Herman', 'Lee Jin-man', 'Sonny Tumbelaka', 'Joaquín Sarmiento', 'Héctor Retamal',
  'Gonzalo Fuentes', 'Nacho Doce', 'Amr Abdallah Dalsh', 'Ahn Young-joon', 'Jung Yeon-je', 'Eloísa Lopez',
  'Kevin Lamarque', 'Thilo Schmülgen', 'Loïc Venance',
];

/** Where a story was filed, written the way each agency writes its dateline. */
export interface Place {
  city: string; // "SEOUL"
  region: string; // "South Korea", for AP ("SEOUL, South Korea (AP) —") and AFP ("Seoul (South Korea) (AFP) -")
}

export const PLACES: readonly Place[] = [
  { city: 'Seoul', region: 'South Korea' }, { city: 'Brussels', region: 'Belgium' }, { city: 'Jakarta', region: 'Indonesia' },
  { city: 'Madrid', region: 'Spain' }, { city: 'Nairobi', region: 'Kenya' }, { city: 'Lima', region: 'Peru' },
  { city: 'Houston', region: 'Texas' }, { city: 'Manila', region: 'Philippines' }, { city: 'Berlin', region: 'Germany' },
  { city: 'Cairo', region: 'Egypt' }, { city: 'Ottawa', region: 'Canada' }, { city: 'Sydney', region: 'Australia' },
];

/** Who hands out a picture the agency cannot check, and what the agency writes with it. */
export const HANDOUT_SOURCES: readonly string[] = ['KCNA', 'Ministry of Defence', 'Social media', 'Presidential Press Office', 'Police'];

/** Picture captions: {place} and {date} filled in; handout captions say where the picture came from. */
export const STAFF_CAPTIONS: readonly string[] = [
  'People walk past a closed shop in {place}, {date}.',
  'A general view of the city centre in {place}, {date}.',
  'Officials attend a news conference in {place}, {date}.',
  'Demonstrators gather outside the parliament building in {place}, {date}.',
  'Rescue workers search the site in {place}, {date}.',
];
export const HANDOUT_CAPTIONS: readonly string[] = [
  'Officials inspect the site in {place} in this handout picture released on {date}.',
  'A view of the damaged building in {place}, in this still image taken from video released on {date}.',
  'Workers stand near the scene in {place} in this undated handout photo released on {date}.',
];

/** Names an outlet swaps in when it retypes a name: real surnames, so the swap reads as a typo or a mix-up. */
export const OTHER_SURNAMES: readonly string[] = [
  'Morales', 'Fischer', 'Okafor', 'Lindqvist', 'Haddad', 'Nakamura', 'Kowalski', 'Brennan', 'Ferreira', 'Castillo',
];

/** Outlets that republish wire stories; the host is the one their pages claim. */
export interface Outlet {
  name: string;
  host: string;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'Briefline', host: 'briefline.news' }, { name: 'Harbor City Sentinel', host: 'harborcitysentinel.com' },
  { name: 'Northgate Herald', host: 'northgateherald.co.uk' }, { name: 'Meridian Post', host: 'meridianpost.com' },
  { name: 'Prairie Gazette', host: 'prairiegazette.com' }, { name: 'Lakeshore Courier', host: 'lakeshorecourier.com' },
  { name: 'Tidewell Business Journal', host: 'tidewellbiz.com' }, { name: 'Westmarch Daily Observer', host: 'westmarchobserver.com' },
  { name: 'Carraway Valley Times', host: 'carrawaytimes.com' }, { name: 'Portwell Ledger', host: 'portwellledger.com' },
];

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
