/** What every bench section is given. */
export interface BenchContext {
  /** The repository root. */
  root: string;
  /** Fewer runs, for a smoke test of the bench itself (figures then mean little). */
  quick: boolean;
  log: (message: string) => void;
}

/** Timed runs for a measurement that takes `expensive` seconds or more: fewer when quick. */
export function runsFor(ctx: BenchContext, normal: number): number {
  return ctx.quick ? 1 : normal;
}

/** Catalog sizes: a tenth when quick. */
export function sizeFor(ctx: BenchContext, normal: number): number {
  return ctx.quick ? Math.round(normal / 10) : normal;
}
