/** The demo-page server both Playwright configs start on 127.0.0.1 (scripts/serve-fixtures.mjs). */
export function fixtureServer(port: number) {
  return {
    use: { baseURL: `http://127.0.0.1:${port}` },
    webServer: {
      command: `node scripts/serve-fixtures.mjs --port ${port}`,
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: !process.env.CI,
    },
  };
}
