// Kept in step with package.json by a test; a constant so the bundle needs no JSON import.
export const TOOL_NAME = 'entra-federation-guard';
export const TOOL_VERSION = '0.1.0';
export const TOOL_URI = 'https://github.com/entra-federation-guard/entra-federation-guard';
