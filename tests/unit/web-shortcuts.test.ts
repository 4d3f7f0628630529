import { describe, expect, it } from 'vitest';
import { pageShortcut, presenterShortcut, type KeyPress } from '../../web/src/lib/state/shortcuts.ts';

/** A key press on `target` (an element as far as the shortcuts look at it). */
function press(key: string, options: Partial<Omit<KeyPress, 'key' | 'target'>> = {}, target: object | null = null): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...options, target: target as EventTarget | null };
}

describe('undo and redo on the page', () => {
  it('undoes with Ctrl+Z or Cmd+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(pageShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(pageShortcut(press('z', { metaKey: true }))).toBe('undo');
    expect(pageShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(pageShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('leaves the keys alone without Ctrl or Cmd, and in a text field, which has its own undo', () => {
    expect(pageShortcut(press('z'))).toBeNull();
    expect(pageShortcut(press('x', { ctrlKey: true }))).toBeNull();
    for (const field of [{ tagName: 'INPUT' }, { tagName: 'TEXTAREA' }, { tagName: 'DIV', isContentEditable: true }]) {
      expect(pageShortcut(press('z', { ctrlKey: true }, field))).toBeNull();
    }
    expect(pageShortcut(press('z', { ctrlKey: true }, { tagName: 'BUTTON' }))).toBe('undo');
  });
});

describe('the presenter’s keys', () => {
  it('steps forward with Right, Page Down and Space, back with Left and Page Up, to the ends with Home and End', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape'].map((k) => presenterShortcut(press(k)))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      'stop',
    ]);
  });

  it('leaves Space on a button to press the button, and keys with modifiers or other keys to the page', () => {
    const onButton = { closest: (selector: string) => (selector === 'button' ? {} : null) };
    const elsewhere = { closest: () => null };
    expect(presenterShortcut(press(' ', {}, onButton))).toBeNull();
    expect(presenterShortcut(press(' ', {}, elsewhere))).toBe('next');
    expect(presenterShortcut(press('ArrowRight', {}, onButton))).toBe('next');
    expect(presenterShortcut(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(presenterShortcut(press('PageDown', { ctrlKey: true }))).toBeNull();
    expect(presenterShortcut(press('a'))).toBeNull();
  });
});
