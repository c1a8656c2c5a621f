import { eventChannels, requestChannels } from './channels';
import type { EventChannel, Events, RequestArgs, RequestChannel, RequestValue } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer Domain}:${string}` ? Domain : never;
type VerbOf<C extends string> = C extends `${string}:${infer Verb}` ? Verb : never;
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export type Unsubscribe = () => void;

/**
 * The renderer's whole view of main: one named method per request channel, grouped by domain
 * (`calls:start` is `api.calls.start`), and one subscription per event (`call:changed` is
 * `api.events.callChanged`). There is deliberately no generic `invoke(channel)`.
 */
export type CallCoachApi = {
  readonly [Domain in DomainOf<RequestChannel>]: {
    readonly [C in RequestChannel as DomainOf<C> extends Domain ? CamelCase<VerbOf<C>> : never]: (
      ...args: RequestArgs<C>
    ) => Promise<Result<Awaited<RequestValue<C>>>>;
  };
} & {
  readonly events: {
    readonly [E in EventChannel as CamelCase<`${DomainOf<E>}-${VerbOf<E>}`>]: (
      listener: (payload: Events[E]) => void,
    ) => Unsubscribe;
  };
};

/** How the API reaches main: IPC in Electron, HTTP in the browser preview. */
export interface ApiTransport {
  invoke(channel: RequestChannel, args: readonly unknown[]): Promise<Result<unknown>>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): Unsubscribe;
}

function camelCase(text: string): string {
  return text.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** Builds the API from the contract's channel lists over any transport. */
export function buildApi(transport: ApiTransport): CallCoachApi {
  const api: Record<string, Record<string, unknown>> = { events: {} };
  for (const channel of requestChannels) {
    const [domain = '', verb = ''] = channel.split(':');
    api[domain] ??= {};
    api[domain][camelCase(verb)] = (...args: unknown[]) => transport.invoke(channel, args);
  }
  for (const channel of eventChannels) {
    const name = camelCase(channel.replace(':', '-'));
    api.events![name] = (listener: (payload: unknown) => void) =>
      transport.subscribe(channel, listener);
  }
  return api as unknown as CallCoachApi;
}
