/**
 * Country names for display, without the full countries table (which the content script can't
 * afford): the runtime's own CLDR names through Intl.DisplayNames, else the code itself.
 */
let names: Intl.DisplayNames | null | undefined;

export function countryLabel(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  try {
    return (code && names?.of(code.toUpperCase())) || code;
  } catch {
    return code;
  }
}
