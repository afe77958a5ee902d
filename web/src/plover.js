// PLOVER facts the UI needs to colour and group events: the quad class of
// each type (the same table as plover/types.tsv) and display names.

export const TYPES = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export const QUADS = [
  { key: 'verbal_cooperation', label: 'Verbal cooperation', n: 1 },
  { key: 'material_cooperation', label: 'Material cooperation', n: 2 },
  { key: 'verbal_conflict', label: 'Verbal conflict', n: 3 },
  { key: 'material_conflict', label: 'Material conflict', n: 4 },
];

export const KINDS = ['arms_sale', 'tariff', 'tariff_relief', 'defense_spending', 'investment_block', 'sanctions',
  'meeting', 'investment', 'trade_deal', 'statement'];

export const LEDGERS = [
  ['arms_sale', 'Arms sales'], ['tariff', 'Tariffs'], ['tariff_relief', 'Tariff reliefs'],
  ['defense_spending', 'Defense spending'], ['investment_block', 'Blocked investments'], ['sanctions', 'Sanctions'],
  ['meeting', 'Meetings'], ['investment', 'Investments'], ['trade_deal', 'Trade deals'],
];

export const STATUSES = ['occurred', 'announced', 'planned', 'threatened', 'proposed', 'denied', 'hypothetical'];

export function quadOf(type) {
  return TYPES[type] || 0;
}

export function kindLabel(k) {
  return k.replace(/_/g, ' ');
}
