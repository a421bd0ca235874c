// A typed stand-in for @actions/core, for in-process tests of the action's orchestration
// (registered with jest.unstable_mockModule before the action is imported, as in
// actions/typescript-action). It records what the action would print and set.
import { jest } from '@jest/globals';
import type * as core from '@actions/core';

export const info = jest.fn<typeof core.info>();
export const notice = jest.fn<typeof core.notice>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const getIDToken = jest.fn<typeof core.getIDToken>();

/** What core.summary was given, in order. */
export const summaryText: string[] = [];
export const summary = {
  addRaw(text: string) {
    summaryText.push(text);
    return summary;
  },
  async write() {
    return summary;
  },
} as unknown as typeof core.summary;

/** Resets every recording (call in beforeEach). */
export function resetCore(): void {
  for (const mock of [info, notice, warning, error, setOutput, setFailed, setSecret, getIDToken]) mock.mockReset();
  summaryText.length = 0;
}
