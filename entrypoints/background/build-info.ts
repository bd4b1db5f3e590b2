/**
 * What the build stamped into the bundle (modules/dc-lens-assets.ts): a hash of the bundled
 * catalog files and an id of this build. Null where no build ran (unit tests under Node).
 */
declare const __DC_LENS_BUILD__: { seedHash: string; buildId: string } | undefined;

export const BUILD: { seedHash: string; buildId: string } | null = typeof __DC_LENS_BUILD__ === 'undefined' ? null : __DC_LENS_BUILD__;
