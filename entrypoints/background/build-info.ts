/**
 * What the build stamped into the bundle (modules/dc-lens-assets.ts): a hash of the bundled
 * catalog files, an id of this build, a hash of the record schemas and the catalog files it validated. Null where no build ran (unit tests under Node).
 */
interface BuildInfo {
  seedHash: string;
  buildId: string;
  recordStamp: string;
  /** Fingerprints (lib/catalog/seed-update.ts) of the bundled catalog files the build validated record by record. */
  validatedCatalogs: string[];
  /** Lexicon revision (lexicon-revision.ts) of the shipped catalog, whose compiled index is the shipped-index.bin asset. */
  shippedLexicon: string;
  /** SHA-256 (hex) of shipped-index.bin and shipped-resolver.bin (shipped-assets.ts): a fresh install answers from them. */
  shippedAssets?: { index: string; resolver: string };
}

declare const __DC_LENS_BUILD__: BuildInfo | undefined;

export const BUILD: BuildInfo | null = typeof __DC_LENS_BUILD__ === 'undefined' ? null : __DC_LENS_BUILD__;
