import { describe, expect, it } from 'vitest';
import { callerRole, refusalOf } from '../../../lib/messaging/caller';
import { BackgroundProtocol, ContentToBackground, PageToBackground } from '../../../lib/messaging/messages';

const self = { id: 'dc-lens@example.org', origin: 'moz-extension://1234/' };
const contentScript = { id: self.id, url: 'https://news.example/article' };
const popup = { id: self.id, url: 'moz-extension://1234/popup.html?tab=3' };

describe('caller roles', () => {
  it('tells our pages from content scripts by the sender url, and other extensions by id', () => {
    expect(callerRole(popup, self)).toBe('extension-page');
    expect(callerRole(contentScript, self)).toBe('content-script');
    expect(callerRole({ id: 'other@example.org', url: popup.url }, self)).toBe('foreign');
    // A page pretending to be the extension by path still has its own origin.
    expect(callerRole({ id: self.id, url: 'https://evil.example/moz-extension://1234/popup.html' }, self)).toBe('content-script');
    // Without a url we can't prove it is one of our pages: least privilege.
    expect(callerRole({ id: self.id }, self)).toBe('content-script');
  });

  it('lets a content script ask only for what a page needs', () => {
    for (const type of ['detect', 'card.get', 'ui.openSave']) expect(refusalOf(type, 'content-script')).toBeNull();
    for (const type of ['site.delete', 'site.save', 'site.link', 'site.restore', 'catalog.list', 'catalog.stats', 'operators.list']) {
      expect(refusalOf(type, 'content-script')).toMatch(new RegExp(`^${type.replace('.', '\\.')} is not available to content scripts`));
    }
    // Unknown and future messages are refused too: the list is an allow-list.
    expect(refusalOf('export', 'content-script')).not.toBeNull();
  });

  it('lets our own pages ask for everything, and nobody else for anything', () => {
    for (const type of Object.keys(BackgroundProtocol)) {
      expect(refusalOf(type, 'extension-page')).toBeNull();
      expect(refusalOf(type, 'foreign')).not.toBeNull();
    }
  });

  it('declares every background message in exactly one direction', () => {
    const content = Object.keys(ContentToBackground);
    const pages = Object.keys(PageToBackground);
    expect(content.filter((t) => pages.includes(t))).toEqual([]);
    expect([...content, ...pages].sort()).toEqual(Object.keys(BackgroundProtocol).sort());
  });
});
