import type { Booth, BoothAnswer } from '@pavilion/shared';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';
import { boothKeys, boothMissing, boothQuery } from './boothQuery';

const answer = (id: string): BoothAnswer => ({
  booth: { id, name: `Booth ${id}` } as Booth,
  exhibits: [],
  organization: {} as BoothAnswer['organization'],
});

/** An in-memory server: booths whose id starts with `b` exist; it counts the reads. */
function memoryServer() {
  const server = {
    reads: 0,
    booth: (id: string) => {
      server.reads++;
      return id.startsWith('b') ? Promise.resolve(answer(id)) : Promise.reject(new ApiError('NOT_FOUND', 'no such booth', 404));
    },
  };
  return server;
}

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('booth query', () => {
  test('booth details are cached: a second open does not fetch again', async () => {
    const server = memoryServer();
    const client = newClient();
    await client.fetchQuery(boothQuery('b1', server.booth));
    const second = await client.fetchQuery(boothQuery('b1', server.booth));
    expect(server.reads).toBe(1);
    expect(second.booth.name).toBe('Booth b1');
  });

  test('an invalidated booth is read again', async () => {
    const server = memoryServer();
    const client = newClient();
    await client.fetchQuery(boothQuery('b1', server.booth));
    await client.invalidateQueries({ queryKey: boothKeys.all });
    await client.fetchQuery(boothQuery('b1', server.booth));
    expect(server.reads).toBe(2);
  });

  test('an unknown booth is missing, not a failure to retry', async () => {
    const server = memoryServer();
    const error = await newClient()
      .fetchQuery(boothQuery('zzz', server.booth))
      .catch((e: unknown) => e);
    expect(boothMissing(error)).toBe(true);
    expect(boothMissing(new ApiError('NETWORK', 'offline'))).toBe(false);
  });
});
