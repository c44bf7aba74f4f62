/** Every key the review knows, for the `?` overlay. Descriptions fit a 40-column half of an 80-column screen. */
export const reviewKeys: { section: string; keys: { key: string; does: string }[] }[] = [
  {
    section: 'Everywhere',
    keys: [
      { key: '↑ ↓  k j', does: 'move' },
      { key: 'PgUp PgDn g G', does: 'page, first, last' },
      { key: 'tab  1-5', does: 'next screen, screen n' },
      { key: '/', does: 'search (enter, esc)' },
      { key: 'esc', does: 'back, clear search' },
      { key: 'u', does: 'undo last decision' },
      { key: '?', does: 'this help' },
      { key: 'q', does: 'quit (all saved)' },
    ],
  },
  {
    section: 'Clusters',
    keys: [
      { key: 'enter', does: 'open: members' },
      { key: 'r', does: 'rename' },
      { key: 'm', does: 'merge: m here, m there' },
      { key: 'n', does: 'mark as noise' },
      { key: 'D', does: 'redraft with the model' },
      { key: 'space', does: '(open) select member' },
      { key: 's', does: '(open) split selected' },
    ],
  },
  {
    section: 'Metrics',
    keys: [
      { key: 'r  e  a', does: 'edit name, def, applies' },
      { key: 'x  o', does: 'reject, restore' },
    ],
  },
  {
    section: 'Principles',
    keys: [
      { key: 'enter', does: 'accept' },
      { key: 'x  o', does: 'reject, restore' },
      { key: 'e', does: 'edit the text' },
      { key: 'K  J', does: 'move up, down' },
    ],
  },
  {
    section: 'Preference data',
    keys: [
      { key: 'x', does: 'drop the pair' },
      { key: 's', does: 'edit its scope' },
    ],
  },
];
