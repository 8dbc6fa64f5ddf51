import type { EventStore } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/**
 * A bounded in-memory event store for `Last-Event-ID` resumption of a spawned server's streams: the newest
 * `maxEvents` events are kept, older ones are forgotten (a client resuming past them gets what is left).
 */
export function createBoundedEventStore(maxEvents = 1000): EventStore {
  const events = new Map<string, { streamId: string; message: JSONRPCMessage }>();
  let counter = 0;
  return {
    storeEvent(streamId, message) {
      const id = `${streamId}_${(++counter).toString(36)}`;
      events.set(id, { streamId, message });
      if (events.size > maxEvents) events.delete(events.keys().next().value!);
      return Promise.resolve(id);
    },
    getStreamIdForEventId(eventId) {
      return Promise.resolve(events.get(eventId)?.streamId ?? streamOf(eventId));
    },
    async replayEventsAfter(lastEventId, { send }) {
      const streamId = events.get(lastEventId)?.streamId ?? streamOf(lastEventId);
      if (streamId === undefined) return '';
      let after = !events.has(lastEventId);
      for (const [id, event] of events) {
        if (after && event.streamId === streamId) await send(id, event.message);
        if (id === lastEventId) after = true;
      }
      return streamId;
    },
  };
}

const streamOf = (eventId: string): string | undefined => (eventId.includes('_') ? eventId.slice(0, eventId.lastIndexOf('_')) : undefined);
