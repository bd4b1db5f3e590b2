import { browser } from 'wxt/browser';

/** An extension URL for a file the build adds (not in public/, so not in WXT's typed paths). */
export function assetUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}
