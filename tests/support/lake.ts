import { randomUUID } from 'node:crypto';
import { BlobServiceClient } from '@azure/storage-blob';
import { LakeStore } from '../../lib/lake/blob.ts';

/** A lake in a container of its own, so test runs never see each other's blobs. */
export function testLake(connectionString: string): LakeStore {
  const container = `it-${randomUUID().slice(0, 8)}`;
  return new LakeStore(
    BlobServiceClient.fromConnectionString(connectionString).getContainerClient(container),
  );
}
