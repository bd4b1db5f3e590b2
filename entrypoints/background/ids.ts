/** Ids and timestamps the background assigns to records people create. */
export function nowIso(): string {
  return new Date().toISOString();
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** "user-alibaba-cloud-tokyo-5-k3f9q2": readable, and unique across machines for sync. */
export function newId(prefix: string, name = ''): string {
  const rand = crypto.getRandomValues(new Uint32Array(2));
  const suffix = Array.from(rand, (n) => n.toString(36)).join('').slice(0, 10);
  const middle = slug(name);
  return [prefix, middle, suffix].filter(Boolean).join('-');
}
