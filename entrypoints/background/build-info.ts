/**
 * What the build stamped into the bundle (modules/dc-lens-assets.ts): a hash of the bundled
 * catalog files, an id of this build and a hash of the record schemas. Null where no build ran (unit tests under Node).
 */
declare const __DC_LENS_BUILD__: { seedHash: string; buildId: string; recordStamp: string } | undefined;

export const BUILD: { seedHash: string; buildId: string; recordStamp: string } | null = typeof __DC_LENS_BUILD__ === 'undefined' ? null : __DC_LENS_BUILD__;
