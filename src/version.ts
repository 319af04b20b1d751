/** marsad's version: the CLI's `--version`, the crawler's user agent, the API's OpenAPI document. Kept equal to package.json's by a test (src/package.test.ts). */
export const MARSAD_VERSION = "0.1.0";
