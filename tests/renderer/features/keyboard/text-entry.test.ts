import { describe, expect, it } from 'vitest';
import { isTextEntry } from '../../../../renderer/features/keyboard/text-entry';

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild!;
}

describe('isTextEntry', () => {
  it.each([
    '<input>',
    '<input type="text">',
    '<input type="number">',
    '<input type="date">',
    '<input type="search">',
    '<textarea></textarea>',
    '<select><option>One</option></select>',
  ])('is true for %s, which takes typed keys', (html) => {
    expect(isTextEntry(element(html))).toBe(true);
  });

  it.each([
    '<input type="checkbox">',
    '<input type="radio">',
    '<button>Go</button>',
    '<a href="#x">Link</a>',
    '<div tabindex="0"></div>',
  ])('is false for %s, where plain keys type nothing', (html) => {
    expect(isTextEntry(element(html))).toBe(false);
  });

  it('is false for something that is not an element', () => {
    expect(isTextEntry(window)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
