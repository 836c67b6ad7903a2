import type { paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type SuccessOf<R> = R extends { 200: { content: { 'application/json': infer B } } }
  ? B
  : R extends { 201: { content: { 'application/json': infer B } } }
    ? B
    : undefined;

/** The JSON an operation answers with on success, e.g. `ResponseOf<'/api/networks/{id}'>`. */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> = Operation<P, M> extends { responses: infer R } ? SuccessOf<R> : never;

/** The JSON body an operation takes, e.g. `BodyOf<'/api/networks', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = NonNullable<Operation<P, M>['parameters']['query']>;

/**
 * The values of an enum type of the API, in the order given, checked both ways: the type check
 * fails when a value is missing or the server no longer knows one. For option lists and filters.
 */
export function enumValues<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([T] extends [V[number]] ? unknown : { missing: Exclude<T, V[number]> })): V => values;
}

/**
 * A request body as a form has it: any field may still be missing. The server names each missing
 * or invalid field in its answer, and the form shows that next to the field. Nested objects and
 * list entries are drafts too.
 */
export type Draft<T> = T extends readonly (infer E)[] ? Draft<E>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> | undefined } : T;

/** A form's draft of the body an operation takes, e.g. `DraftOf<'/api/networks', 'post'>`. */
export type DraftOf<P extends keyof paths, M extends Method> = Draft<BodyOf<P, M>>;

type DraftJson<R> = R extends { content: { 'application/json': infer B } } ? Omit<R, 'content'> & { content: Omit<R['content'], 'application/json'> & { 'application/json': Draft<B> } } : R;
type DraftOperation<O> = O extends { requestBody: infer R }
  ? Omit<O, 'requestBody'> & { requestBody: DraftJson<R> }
  : O extends { requestBody?: infer R }
    ? [R] extends [undefined]
      ? O
      : Omit<O, 'requestBody'> & { requestBody?: DraftJson<NonNullable<R>> }
    : O;

/** The API's paths as the client sends them: each JSON body may be a {@link Draft}, the server names what is missing. */
export type DraftPaths = { [P in keyof paths]: { [M in keyof paths[P]]: DraftOperation<paths[P][M]> } };
