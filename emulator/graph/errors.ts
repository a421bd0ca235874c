// Microsoft Graph's error envelope (emulator/facts/graph.md#permissions-and-directory-roles, graph-docs concepts/errors.md): {"error":{code,message,innerError:{date,request-id,client-request-id}}}.
// Every answer also carries request-id / client-request-id headers, as real Graph does.
import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from '../core/server.js';

/** Thrown inside handlers; the router turns it into a Graph error answer. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'Request_BadRequest') => new GraphHttpError(400, code, message);

export const notFound = (id: string) =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const insufficientPrivileges = () =>
  new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

/** Graph's innerError date has no fraction and no zone: 2025-02-13T10:17:05. */
export function graphDate(at = new Date()): string {
  return at.toISOString().slice(0, 19);
}

export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

/** Graph echoes the caller's client-request-id and otherwise reuses its own request id. */
export function requestIds(headers: Record<string, string | string[] | undefined>): RequestIds {
  const requestId = randomUUID();
  const sent = headers['client-request-id'];
  const clientRequestId = typeof sent === 'string' && sent.length > 0 ? sent : requestId;
  return { requestId, clientRequestId };
}

export function idHeaders(ids: RequestIds): Record<string, string> {
  return { 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
}

export function errorBody(code: string, message: string, ids: RequestIds): unknown {
  return {
    error: {
      code,
      message,
      innerError: { date: graphDate(), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
    },
  };
}

export function errorResponse(err: GraphHttpError, ids: RequestIds): EmulatorResponse {
  return {
    status: err.status,
    headers: { 'content-type': 'application/json', ...idHeaders(ids), ...err.headers },
    body: errorBody(err.code, err.message, ids),
  };
}
