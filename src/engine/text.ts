// Untrusted text (Graph, GitHub, the checkout) reduced to one bounded line, for messages that end
// up in a log line or a workflow command. Linear time; control characters become spaces.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function escapeForLine(text: string, max: number): string {
  const line = text.replace(CONTROL, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
