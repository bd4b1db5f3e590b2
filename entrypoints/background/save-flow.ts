/**
 * The card's "Save" hands over to the popup's save form: a small popup window opened on
 * popup.html?tab=<tabId>&save=<mention id>[&candidate=<siteId>], which the popup reads to open that
 * mention's form (in link mode with that site chosen when the card's "Is it one of these?" was used).
 * (action.openPopup() needs a user gesture the card's click doesn't carry across contexts.)
 */
import { browser } from 'wxt/browser';

export async function openSaveFlow(tabId: number | undefined, mentionId: string, candidateId: string | null): Promise<{ opened: boolean }> {
  if (tabId === undefined) return { opened: false };
  const params = new URLSearchParams({ tab: String(tabId), save: mentionId });
  if (candidateId) params.set('candidate', candidateId);
  try {
    await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?${params}`), type: 'popup', width: 420, height: 680 });
    return { opened: true };
  } catch {
    return { opened: false };
  }
}
