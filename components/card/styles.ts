/**
 * The card's stylesheet, as a string for the controller to put into the card's CLOSED shadow root.
 * A TS string rather than a .css file: Vitest and tsx do not load CSS (`?inline` and `?raw` both
 * yield "" under Vitest), and the card must look the same in tests, previews and the extension.
 *
 * It lives in a shadow root on arbitrary pages, so the root resets everything the page could pass
 * down (all: initial) and every rule is scoped under .dcl-card. Colours are custom properties per
 * theme; tests/unit/card/contrast.test.ts checks the WCAG AA pairs and the scoping.
 */
export const cardCss = `
.dcl-card {
  all: initial;

  --dcl-bg: #ffffff;
  --dcl-fg: #1b1f24;
  --dcl-muted: #505966;
  --dcl-border: #d5dae1;
  --dcl-surface: #f2f4f7;
  --dcl-accent: #0b57d0;
  --dcl-accent-fg: #ffffff;
  --dcl-link: #0b57d0;
  --dcl-bar: #6b7785;
  --dcl-bar-subject: #0b57d0;
  --dcl-track: #e9edf2;
  --dcl-focus: #0b57d0;
  --dcl-diff-bg: #fff5d9;
  --dcl-diff-fg: #4d3300;
  --dcl-diff-edge: #c99a1e;
  --dcl-error: #a50e0e;
  --dcl-shadow: 0 10px 30px rgba(15, 20, 30, 0.18), 0 2px 6px rgba(15, 20, 30, 0.12);
  --dcl-badge-kind-bg: #e8ebef;
  --dcl-badge-kind-fg: #343b45;
  --dcl-st-operational-bg: #daf2e1;
  --dcl-st-operational-fg: #0d5426;
  --dcl-st-under_construction-bg: #fdebc6;
  --dcl-st-under_construction-fg: #633c00;
  --dcl-st-announced-bg: #dce8ff;
  --dcl-st-announced-fg: #0a3a8c;
  --dcl-st-cancelled-bg: #fde1df;
  --dcl-st-cancelled-fg: #8a1c17;
  --dcl-st-unknown-bg: #e8ebef;
  --dcl-st-unknown-fg: #3d4550;
  --dcl-st-new-bg: #f1e2ff;
  --dcl-st-new-fg: #592683;

  display: flex;
  flex-direction: column;
  position: relative;
  box-sizing: border-box;
  width: 360px;
  max-width: calc(100vw - 16px);
  /* The card host lowers this when the viewport leaves less room beside the mention. */
  max-height: var(--dcl-card-max-height, 70vh);
  overflow: hidden;
  background: var(--dcl-bg);
  color: var(--dcl-fg);
  border: 1px solid var(--dcl-border);
  border-radius: 10px;
  box-shadow: var(--dcl-shadow);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif;
  font-size: 13px;
  font-weight: 400;
  line-height: 1.45;
  text-align: left;
  direction: ltr;
  color-scheme: light;
  -webkit-font-smoothing: antialiased;
}

.dcl-card.dcl-theme-dark {
  --dcl-bg: #1c1f24;
  --dcl-fg: #e7eaee;
  --dcl-muted: #a9b1bc;
  --dcl-border: #3a404a;
  --dcl-surface: #262a31;
  --dcl-accent: #8ab4f8;
  --dcl-accent-fg: #0b1a33;
  --dcl-link: #8ab4f8;
  --dcl-bar: #7d8896;
  --dcl-bar-subject: #8ab4f8;
  --dcl-track: #2c3138;
  --dcl-focus: #8ab4f8;
  --dcl-diff-bg: #352b12;
  --dcl-diff-fg: #f3d98f;
  --dcl-diff-edge: #a8841f;
  --dcl-error: #ff9c94;
  --dcl-shadow: 0 10px 30px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.4);
  --dcl-badge-kind-bg: #30353d;
  --dcl-badge-kind-fg: #d3d8df;
  --dcl-st-operational-bg: #163b24;
  --dcl-st-operational-fg: #9fe2b4;
  --dcl-st-under_construction-bg: #43310b;
  --dcl-st-under_construction-fg: #f5d27c;
  --dcl-st-announced-bg: #1b3157;
  --dcl-st-announced-fg: #accbfa;
  --dcl-st-cancelled-bg: #4a1d1a;
  --dcl-st-cancelled-fg: #f6b0aa;
  --dcl-st-unknown-bg: #33383f;
  --dcl-st-unknown-fg: #ccd2d9;
  --dcl-st-new-bg: #3a2452;
  --dcl-st-new-fg: #dfc2f8;
  color-scheme: dark;
}

/* UA defaults still apply inside a shadow root: neutralise the ones the card uses. */
.dcl-card *,
.dcl-card *::before,
.dcl-card *::after {
  box-sizing: border-box;
}
.dcl-card h2,
.dcl-card h3,
.dcl-card p,
.dcl-card ul,
.dcl-card dl,
.dcl-card dd,
.dcl-card dt,
.dcl-card figure,
.dcl-card details,
.dcl-card summary {
  margin: 0;
  padding: 0;
}
.dcl-card ul {
  list-style: none;
}
.dcl-card button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
}
.dcl-card a {
  color: var(--dcl-link);
  text-decoration: underline;
  text-underline-offset: 2px;
}
.dcl-card:focus,
.dcl-card :focus {
  outline: none;
}
.dcl-card :focus-visible {
  outline: 2px solid var(--dcl-focus);
  outline-offset: 2px;
  border-radius: 3px;
}

/* Header */
.dcl-card .dcl-header {
  flex: 0 0 auto;
  padding: 10px 12px 10px 14px;
  border-bottom: 1px solid var(--dcl-border);
}
.dcl-card .dcl-topline {
  display: flex;
  align-items: center;
  gap: 6px;
  min-width: 0;
}
.dcl-card .dcl-brand {
  font-size: 11px;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--dcl-muted);
  margin-right: 2px;
  white-space: nowrap;
}
.dcl-card .dcl-badge {
  display: inline-block;
  padding: 1px 7px;
  border-radius: 999px;
  font-size: 11px;
  font-weight: 600;
  line-height: 18px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  max-width: 130px;
  background: var(--dcl-st-unknown-bg);
  color: var(--dcl-st-unknown-fg);
}
.dcl-card .dcl-badge-kind {
  background: var(--dcl-badge-kind-bg);
  color: var(--dcl-badge-kind-fg);
}
.dcl-card .dcl-status-operational {
  background: var(--dcl-st-operational-bg);
  color: var(--dcl-st-operational-fg);
}
.dcl-card .dcl-status-under_construction {
  background: var(--dcl-st-under_construction-bg);
  color: var(--dcl-st-under_construction-fg);
}
.dcl-card .dcl-status-announced {
  background: var(--dcl-st-announced-bg);
  color: var(--dcl-st-announced-fg);
}
.dcl-card .dcl-status-cancelled {
  background: var(--dcl-st-cancelled-bg);
  color: var(--dcl-st-cancelled-fg);
}
.dcl-card .dcl-status-unknown {
  background: var(--dcl-st-unknown-bg);
  color: var(--dcl-st-unknown-fg);
}
.dcl-card .dcl-status-new {
  background: var(--dcl-st-new-bg);
  color: var(--dcl-st-new-fg);
}
.dcl-card .dcl-close {
  margin-left: auto;
  flex: 0 0 auto;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 28px;
  height: 28px;
  padding: 0;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--dcl-muted);
}
.dcl-card .dcl-close:hover {
  background: var(--dcl-surface);
  color: var(--dcl-fg);
}
.dcl-card .dcl-close svg {
  stroke: currentColor;
  stroke-width: 1.8;
  stroke-linecap: round;
  fill: none;
}
.dcl-card .dcl-title {
  margin-top: 6px;
  font-size: 16px;
  font-weight: 650;
  line-height: 1.3;
  color: var(--dcl-fg);
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
}
.dcl-card .dcl-operators {
  margin-top: 2px;
  color: var(--dcl-muted);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

/* Body */
.dcl-card .dcl-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 10px 14px 12px;
}
.dcl-card .dcl-section + .dcl-section,
.dcl-card .dcl-section + .dcl-notes,
.dcl-card .dcl-notes + .dcl-section,
.dcl-card .dcl-lede + .dcl-section,
.dcl-card .dcl-error + .dcl-section {
  margin-top: 14px;
}
.dcl-card .dcl-section > h3 {
  margin-bottom: 6px;
  font-size: 11px;
  font-weight: 700;
  letter-spacing: 0.05em;
  text-transform: uppercase;
  color: var(--dcl-muted);
}
.dcl-card .dcl-muted {
  color: var(--dcl-muted);
}
.dcl-card .dcl-lede {
  color: var(--dcl-muted);
}
.dcl-card .dcl-error {
  color: var(--dcl-error);
  font-weight: 600;
  overflow-wrap: anywhere;
}
.dcl-card .dcl-notes {
  color: var(--dcl-muted);
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 4;
  line-clamp: 4;
  overflow: hidden;
}

/* "This article says" */
.dcl-card .dcl-diffs {
  padding: 7px 9px;
  border-left: 3px solid var(--dcl-diff-edge);
  border-radius: 6px;
  background: var(--dcl-diff-bg);
  color: var(--dcl-diff-fg);
}
.dcl-card .dcl-diffs > h3 {
  color: var(--dcl-diff-fg);
  margin-bottom: 3px;
}
.dcl-card .dcl-diffs li {
  overflow-wrap: anywhere;
}
.dcl-card .dcl-diffs li + li {
  margin-top: 2px;
}
.dcl-card .dcl-diff-label {
  font-weight: 650;
}

/* Facts */
.dcl-card .dcl-fact {
  display: grid;
  grid-template-columns: 118px minmax(0, 1fr);
  column-gap: 10px;
  padding: 3px 0;
}
.dcl-card .dcl-fact + .dcl-fact {
  border-top: 1px solid var(--dcl-surface);
}
.dcl-card .dcl-fact dt {
  color: var(--dcl-muted);
}
.dcl-card .dcl-fact dd {
  min-width: 0;
}
.dcl-card .dcl-fact-value {
  display: block;
  font-weight: 600;
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 3;
  line-clamp: 3;
  overflow: hidden;
}
.dcl-card .dcl-fact-detail {
  display: block;
  font-size: 12px;
  color: var(--dcl-muted);
  overflow-wrap: anywhere;
}

/* Competitors: tabs, measure toggle, bars */
.dcl-card .dcl-tabs {
  display: flex;
  gap: 2px;
  border-bottom: 1px solid var(--dcl-border);
  margin-bottom: 8px;
}
.dcl-card .dcl-tabs [role='tab'] {
  flex: 0 1 auto;
  min-width: 0;
  max-width: 140px;
  padding: 4px 8px 5px;
  border: 0;
  border-bottom: 2px solid transparent;
  margin-bottom: -1px;
  background: transparent;
  color: var(--dcl-muted);
  font-weight: 550;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  border-radius: 0;
}
.dcl-card .dcl-tabs [role='tab']:hover {
  color: var(--dcl-fg);
}
.dcl-card .dcl-tabs [role='tab'][aria-selected='true'] {
  color: var(--dcl-fg);
  border-bottom-color: var(--dcl-accent);
  font-weight: 650;
}
.dcl-card .dcl-ranks {
  margin-bottom: 6px;
}
.dcl-card .dcl-ranks li {
  font-weight: 650;
}
.dcl-card .dcl-chart-head {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin-bottom: 4px;
  min-width: 0;
}
.dcl-card .dcl-chart-head > p {
  min-width: 0;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.dcl-card .dcl-toggle {
  display: inline-flex;
  flex: 0 0 auto;
  border: 1px solid var(--dcl-border);
  border-radius: 6px;
  overflow: hidden;
}
.dcl-card .dcl-toggle button {
  padding: 1px 7px;
  border: 0;
  background: transparent;
  font-size: 11.5px;
  font-weight: 600;
  color: var(--dcl-muted);
  border-radius: 0;
}
.dcl-card .dcl-toggle button + button {
  border-left: 1px solid var(--dcl-border);
}
.dcl-card .dcl-toggle button[aria-pressed='true'] {
  background: var(--dcl-accent);
  color: var(--dcl-accent-fg);
}
.dcl-card .dcl-bars {
  /* One grid for all rows (rows are display: contents) so value columns line up at any width. */
  display: grid;
  grid-template-columns: minmax(0, 136px) minmax(48px, 1fr) max-content;
  align-items: center;
  column-gap: 8px;
  row-gap: 3px;
}
.dcl-card .dcl-bar-row {
  display: contents;
}
.dcl-card .dcl-bar-label {
  min-width: 0;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.dcl-card .dcl-bar-track {
  display: block;
  width: 100%;
  height: 10px;
  overflow: hidden;
  border-radius: 2px;
}
.dcl-card .dcl-bar-bg {
  fill: var(--dcl-track);
}
.dcl-card .dcl-bar-fill {
  fill: var(--dcl-bar);
}
.dcl-card .dcl-bar-value {
  text-align: right;
  font-variant-numeric: tabular-nums;
  color: var(--dcl-muted);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

/* The subject is told apart by weight and a marker as well as colour. */
.dcl-card .dcl-bar-row.is-subject .dcl-bar-label,
.dcl-card .dcl-bar-row.is-subject .dcl-bar-value {
  font-weight: 700;
  color: var(--dcl-fg);
}
.dcl-card .dcl-bar-row.is-subject .dcl-bar-label::before {
  content: '▸ ';
  color: var(--dcl-bar-subject);
}
.dcl-card .dcl-bar-row.is-subject .dcl-bar-fill {
  fill: var(--dcl-bar-subject);
}
.dcl-card .dcl-details {
  margin-top: 8px;
}
.dcl-card .dcl-details > summary {
  cursor: pointer;
  color: var(--dcl-link);
  font-weight: 550;
  margin-bottom: 4px;
}
.dcl-card .dcl-footprint {
  display: block;
}

/* Screen-reader only: the tables behind the charts. */
.dcl-card .dcl-sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

/* Candidates */
.dcl-card .dcl-candidates li + li {
  margin-top: 6px;
}
.dcl-card .dcl-candidate {
  display: block;
  width: 100%;
  padding: 6px 9px;
  border: 1px solid var(--dcl-border);
  border-radius: 6px;
  background: transparent;
  text-align: left;
}
.dcl-card button.dcl-candidate:hover {
  background: var(--dcl-surface);
  border-color: var(--dcl-accent);
}
.dcl-card .dcl-candidate-name {
  display: block;
  font-weight: 650;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.dcl-card .dcl-candidate-meta {
  display: block;
  font-size: 12px;
  color: var(--dcl-muted);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

/* Sources */
.dcl-card .dcl-sources li + li {
  margin-top: 5px;
}
.dcl-card .dcl-sources a,
.dcl-card .dcl-source-inert {
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
}
.dcl-card .dcl-source-meta {
  display: block;
  font-size: 12px;
  color: var(--dcl-muted);
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

/* Footer and actions */
.dcl-card .dcl-footer {
  margin-top: 14px;
  padding-top: 8px;
  border-top: 1px solid var(--dcl-border);
  font-size: 12px;
  color: var(--dcl-muted);
}
.dcl-card .dcl-credits {
  overflow-wrap: anywhere;
}
.dcl-card .dcl-actions {
  flex: 0 0 auto;
  display: flex;
  justify-content: flex-end;
  gap: 8px;
  padding: 8px 14px;
  border-top: 1px solid var(--dcl-border);
  background: var(--dcl-bg);
}
.dcl-card .dcl-primary {
  padding: 6px 14px;
  border: 0;
  border-radius: 6px;
  background: var(--dcl-accent);
  color: var(--dcl-accent-fg);
  font-weight: 650;
}
.dcl-card .dcl-primary:hover {
  filter: brightness(1.08);
}
`;
