import { describe, expect, it } from 'vitest';
import { decodeView, DEFAULT_VIEW, encodeView, type SharedView } from '../../web/src/lib/state/url-state.ts';

describe('the view as a link', () => {
  it('writes the default view as nothing, and reads nothing as the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual({ view: DEFAULT_VIEW, problems: [] });
    expect(decodeView('#')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('reads back exactly what it wrote', () => {
    const views: SharedView[] = [
      {
        opened: { kind: 'focus', id: 'nhs-england' },
        expanded: ['monitor', 'RAJ'],
        asOf: '2017-06-01',
        hiddenKinds: ['PERSON', 'PROGRAMME'],
        hiddenTypes: ['FUNDS'],
        hiddenBases: ['CITED', 'DERIVED'],
        fold: { by: 'kind', open: ['CCG', 'TRUST'] },
        layout: 'hierarchical',
        positions: [
          ['nhs-england', { x: 120, y: -45 }],
          ['RAJ', { x: 0, y: 300 }],
        ],
      },
      { ...DEFAULT_VIEW, opened: { kind: 'everything' }, layout: 'concentric' },
      { ...DEFAULT_VIEW, opened: { kind: 'everything' }, fold: { by: 'kind', open: [] } },
      { ...DEFAULT_VIEW, opened: { kind: 'overview' } },
      { ...DEFAULT_VIEW, opened: { kind: 'groups', path: ['Y56', 'QMF'], prefer: null }, asOf: '2023-06-01' },
      { ...DEFAULT_VIEW, opened: { kind: 'groups', path: ['Y55'], prefer: 'STP' }, asOf: '2017-06-01', layout: 'hierarchical' },
      { ...DEFAULT_VIEW, opened: { kind: 'changes', from: '2015-06-01', to: '2016-06-01' } },
      { ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'an id, with & odd = characters' } },
    ];
    for (const view of views) {
      const hash = encodeView(view);
      expect(decodeView(`#${hash}`)).toEqual({ view, problems: [] });
    }
  });

  it('writes the grouped map as the groups opened and the kind asked for, and refuses a kind that is no group', () => {
    expect(encodeView({ ...DEFAULT_VIEW, opened: { kind: 'groups', path: ['Y56', 'QMF'], prefer: 'STP' } })).toBe('group=Y56%2CQMF&groupBy=STP');
    expect(encodeView({ ...DEFAULT_VIEW, opened: { kind: 'overview' } })).toBe('show=overview');
    expect(decodeView('#group=Y56&groupBy=TRUST')).toEqual({
      view: { ...DEFAULT_VIEW, opened: { kind: 'groups', path: ['Y56'], prefer: null } },
      problems: ['"TRUST" is not a kind of group.'],
    });
  });

  it('writes a view grouped by kind as fold=kind and the kinds opened, sorted, and reads only real kinds back', () => {
    const folded = { ...DEFAULT_VIEW, opened: { kind: 'everything' as const }, fold: { by: 'kind' as const, open: ['TRUST' as const, 'CCG' as const] } };
    expect(encodeView(folded)).toBe('show=everything&fold=kind&openKinds=CCG%2CTRUST');
    expect(encodeView({ ...folded, fold: { by: 'kind', open: [] } })).toBe('show=everything&fold=kind');
    expect(decodeView('#show=everything&fold=kind&openKinds=TRUST,WIZARD')).toEqual({
      view: { ...DEFAULT_VIEW, opened: { kind: 'everything' }, fold: { by: 'kind', open: ['TRUST'] } },
      problems: ['"WIZARD" is not a kind of entity.'],
    });
    // Kinds opened without a fold mean nothing; a fold by something else is not known.
    expect(decodeView('#show=everything&openKinds=TRUST')).toEqual({ view: { ...DEFAULT_VIEW, opened: { kind: 'everything' } }, problems: [] });
    expect(decodeView('#show=everything&fold=colour')).toEqual({
      view: { ...DEFAULT_VIEW, opened: { kind: 'everything' } },
      problems: ['"colour" is not a way of grouping.'],
    });
  });

  it('keys the link on stable ids, in a readable form', () => {
    const hash = encodeView({ ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'nhs-england' }, asOf: '2017-06-01', expanded: ['monitor'] });
    expect(hash).toBe('focus=nhs-england&expanded=monitor&asOf=2017-06-01');
  });

  it('rounds moved positions to whole model pixels', () => {
    const hash = encodeView({ ...DEFAULT_VIEW, positions: [['monitor', { x: 10.4, y: -20.6 }]] });
    expect(decodeView(hash).view.positions).toEqual([['monitor', { x: 10, y: -21 }]]);
  });

  it('drops what it cannot read, and says what', () => {
    const { view, problems } = decodeView(
      '#asOf=yesterday&hideKinds=PERSON,WIZARD&hideTypes=HAUNTS&hideBases=RUMOUR,CITED&layout=spiral&changes=2015..soon&moved=monitor:10:20,cqc:left:up',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, hiddenKinds: ['PERSON'], hiddenBases: ['CITED'], positions: [['monitor', { x: 10, y: 20 }]] });
    expect(problems).toEqual([
      '"2015..soon" is not two dates.',
      '"yesterday" is not a date.',
      '"WIZARD" is not a kind of entity.',
      '"HAUNTS" is not a relationship type.',
      '"RUMOUR" is not a way of knowing.',
      '"spiral" is not a layout.',
      '"cqc:left:up" is not a position.',
    ]);
  });
});
