import { describe, expect, it } from 'vitest';
import { hashOf, linkPositions, missingNote, readLink } from '../../web/src/lib/state/link.ts';
import { encodeStoryLink, type Story } from '../../web/src/lib/state/story-file.ts';
import { DEFAULT_VIEW, type SharedView } from '../../web/src/lib/state/url-state.ts';

const view: SharedView = { ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'nhs-england' }, asOf: '2017-06-01', positions: [['monitor', { x: 10, y: -20 }]] };
const story: Story = { id: 'story-a', title: 'A story', steps: [{ id: 's1', caption: 'First.', view }] };

describe('the page link', () => {
  it('reads no link, or a bare #, as the first screen', () => {
    expect(readLink('')).toEqual({ kind: 'none' });
    expect(readLink('#')).toEqual({ kind: 'none' });
  });

  it('reads a view with what in it could not be read, and gives the hash a view is written as', () => {
    expect(readLink(hashOf(view))).toEqual({ kind: 'view', view, problems: [] });
    expect(readLink('#focus=monitor&asOf=yesterday')).toEqual({
      kind: 'view',
      view: { ...DEFAULT_VIEW, opened: { kind: 'focus', id: 'monitor' } },
      problems: ['"yesterday" is not a date.'],
    });
    expect(hashOf(DEFAULT_VIEW)).toBe('');
    expect(hashOf(view).startsWith('#focus=nhs-england')).toBe(true);
  });

  it('reads a story link as a story, a damaged one with what is wrong with it', () => {
    const read = readLink(`#${encodeStoryLink(story)}`);
    expect(read.kind).toBe('story');
    if (read.kind === 'story' && read.story.ok) expect(read.story.story.title).toBe('A story');
    else expect.fail('the story link was not read');
    const damaged = readLink('#story=not-json');
    expect(damaged).toMatchObject({ kind: 'story', story: { ok: false } });
  });

  it('gives the positions a view link moved nodes to, and none for a story link', () => {
    expect([...linkPositions(hashOf(view))]).toEqual([['monitor', { x: 10, y: -20 }]]);
    expect(linkPositions(`#${encodeStoryLink(story)}`).size).toBe(0);
    expect(linkPositions('').size).toBe(0);
  });

  it('names the entities a link holds that the graph does not, on its date', () => {
    expect(missingNote(['monitor'], null, false)).toBe('This link names an entity not in the graph: "monitor".');
    expect(missingNote(['a', 'b'], '2017-06-01', true)).toBe(
      'This link names entities not in the graph on 1 June 2017: "a", "b". Showing England instead.',
    );
  });
});
