/** Timestamps the background writes (ids of records people create are the CatalogService's). */
export function nowIso(): string {
  return new Date().toISOString();
}
