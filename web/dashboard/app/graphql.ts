// Sending the dashboard's GraphQL documents to the service: POST /query with the
// session's CSRF token. The documents are typed strings made by GraphQL Code Generator
// from the .graphql files (gql/graphql.ts), so no GraphQL runtime is bundled.
import type { TypedDocumentString } from '../gql/graphql';
import { serviceUrl } from './endpoints';
import { csrfToken, sessionLost } from './session';

/** An error of the service as it sends it (German message, code in extensions). */
export interface ServiceError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string };
}

/** RequestFailed is a request the service refused or answered with errors. */
export class RequestFailed extends Error {
  readonly code: string | undefined;
  readonly errors: ServiceError[];
  constructor(message: string, errors: ServiceError[] = [], code?: string) {
    super(message);
    this.name = 'RequestFailed';
    this.errors = errors;
    this.code = code ?? errors[0]?.extensions?.code;
  }
}

/** The operation's name, e.g. "CampusPage" (for cache keys and logs). */
export function operationName<R, V>(doc: TypedDocumentString<R, V>): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(doc.toString())?.[1] ?? 'anonym';
}

interface Answer<R> {
  data?: R | null;
  errors?: ServiceError[];
  extensions?: { catalogVersion?: number };
}

async function send<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<{ status: number; answer: Answer<R> }> {
  let r: Response;
  try {
    r = await fetch(serviceUrl('query'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
      body: JSON.stringify({ query: doc.toString(), operationName: operationName(doc), variables }),
    });
  } catch {
    throw new RequestFailed('Der Dienst ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.', [], 'NETWORK');
  }
  let answer: Answer<R> = {};
  try {
    answer = (await r.json()) as Answer<R>;
  } catch {
    throw new RequestFailed(`Der Dienst hat unerwartet geantwortet (HTTP ${r.status}).`, [], 'HTTP_' + r.status);
  }
  return { status: r.status, answer };
}

const unauthenticated = (errors?: ServiceError[]) => errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;

/**
 * request sends a document and returns its data. Any error makes it throw
 * RequestFailed with the service's German message. When the service no longer counts
 * the session (expired, signed out), the page goes to the sign-in and comes back
 * afterwards; when a new sign-in replaced the session, the request is sent once more
 * with the new token.
 */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<R> {
  return (await requestVersioned(doc, variables)).data;
}

/**
 * requestVersioned is request with the catalogue version the service answered at
 * (extensions.catalogVersion; every answer carries it): the version of the data read,
 * which the live updates compare (app/live.ts).
 */
export async function requestVersioned<R, V>(doc: TypedDocumentString<R, V>, variables: V): Promise<{ data: R; version: number | undefined }> {
  let { status, answer } = await send(doc, variables);
  if (unauthenticated(answer.errors) && (await sessionLost())) {
    ({ status, answer } = await send(doc, variables));
  }
  if (answer.errors?.length || !answer.data) {
    const errors = answer.errors ?? [];
    const message = errors.length ? [...new Set(errors.map((e) => e.message))].join(' · ') : `Keine Daten (HTTP ${status}).`;
    throw new RequestFailed(message, errors);
  }
  return { data: answer.data, version: answer.extensions?.catalogVersion };
}

/** A mutation's userError as the dashboard asks for it. */
export interface UserError {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** A mutation's userErrors grouped by the input field they name ("" for the whole input). */
export type FieldErrors = Record<string, string[]>;

/**
 * fieldErrors groups userErrors by their field path joined with dots ("ageRange.min");
 * a leading "input" is dropped.
 */
export function fieldErrors(errors: readonly Pick<UserError, 'field' | 'message'>[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors ?? []) {
    const path = (e.field ?? []).filter((p, i) => !(i === 0 && p === 'input')).join('.');
    (out[path] ??= []).push(e.message);
  }
  return out;
}

/** isConflict tells whether a mutation failed because the data changed meanwhile (stale version). */
export function isConflict(errors: readonly Pick<UserError, 'code'>[] | undefined): boolean {
  return errors?.some((e) => e.code === 'CONFLICT') ?? false;
}
