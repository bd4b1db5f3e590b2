/**
 * The card's "Save" hands over to the popup, where the save form lives: remember which mention of
 * which tab, then open the popup (Chrome 127+); if the browser won't, the card says where to click.
 */
import { browser } from 'wxt/browser';

export const PENDING_SAVE_KEY = 'pendingSave';

export async function openSaveFlow(tabId: number | undefined, index: number, candidateId: string | null): Promise<{ opened: boolean }> {
  if (tabId === undefined) return { opened: false };
  await browser.storage.session?.set({ [PENDING_SAVE_KEY]: { tabId, index, candidateId, at: Date.now() } });
  const action = (browser as unknown as { action?: { openPopup?: () => Promise<void> } }).action;
  try {
    await action?.openPopup?.();
    return { opened: !!action?.openPopup };
  } catch {
    return { opened: false };
  }
}
