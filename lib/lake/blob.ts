/**
 * The lake's storage: one Azure Blob container (Azurite locally). Every write is a single
 * Put Blob, which Azure commits atomically, so readers see the old file or the new one,
 * never half of one.
 */
import { createHash } from 'node:crypto';
import { BlobServiceClient, ContainerClient, RestError } from '@azure/storage-blob';
import type { BlobAuth } from '../config.ts';

export interface StoredBlob {
  path: string;
  etag: string;
  sha256: string;
}

export interface BlobContent extends StoredBlob {
  bytes: Uint8Array;
  metadata: Record<string, string>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
  readonly path: string;

  constructor(path: string) {
    super(`blob ${path} does not exist`);
    this.path = path;
  }
}

export class LakeStore {
  private containerReady: Promise<void> | undefined;

  /**
   * @param manageContainer false for a container SAS: it grants access to an existing
   * container and cannot create one.
   */
  readonly container: ContainerClient;
  private readonly manageContainer: boolean;

  constructor(container: ContainerClient, manageContainer = true) {
    this.container = container;
    this.manageContainer = manageContainer;
  }

  static async fromConfig(auth: BlobAuth, containerName: string): Promise<LakeStore> {
    let service: BlobServiceClient;
    if (auth.kind === 'sas-url') {
      // A container SAS URL points at the container itself; an account SAS at the service.
      const url = new URL(auth.url);
      if (url.pathname.replace(/\/$/, '') !== '') return new LakeStore(new ContainerClient(auth.url), false);
      service = new BlobServiceClient(auth.url);
    } else if (auth.kind === 'azure-ad') {
      // Loaded only for this auth: @azure/identity (with MSAL) is about 10 MB of every
      // worker's memory otherwise (docs/bench/worker.md).
      const { DefaultAzureCredential } = await import('@azure/identity');
      service = new BlobServiceClient(auth.accountUrl, new DefaultAzureCredential());
    } else {
      service = BlobServiceClient.fromConnectionString(auth.connectionString);
    }
    return new LakeStore(service.getContainerClient(containerName));
  }

  /** Creates the container on first use; safe to call from many activities at once. */
  ensureContainer(): Promise<void> {
    if (!this.manageContainer) return Promise.resolve();
    this.containerReady ??= this.container
      .createIfNotExists()
      .then(() => undefined)
      .catch((err: unknown) => {
        this.containerReady = undefined;
        throw err;
      });
    return this.containerReady;
  }

  async put(path: string, bytes: Uint8Array, metadata: Record<string, string> = {}): Promise<StoredBlob> {
    await this.ensureContainer();
    const sha256 = sha256Hex(bytes);
    const response = await this.container.getBlockBlobClient(path).upload(bytes, bytes.byteLength, {
      blobHTTPHeaders: { blobContentType: 'application/vnd.apache.parquet' },
      metadata: { ...metadata, sha256 },
    });
    return { path, etag: response.etag ?? '', sha256 };
  }

  async get(path: string): Promise<BlobContent> {
    await this.ensureContainer();
    try {
      // One download gives bytes, etag and metadata of the same version of the blob.
      const response = await this.container.getBlockBlobClient(path).download(0);
      const chunks: Buffer[] = [];
      for await (const chunk of response.readableStreamBody!) chunks.push(chunk as Buffer);
      const bytes = new Uint8Array(Buffer.concat(chunks));
      return {
        path,
        bytes,
        etag: response.etag ?? '',
        sha256: sha256Hex(bytes),
        metadata: response.metadata ?? {},
      };
    } catch (err) {
      if (err instanceof RestError && err.statusCode === 404) throw new BlobNotFoundError(path);
      throw err;
    }
  }

  async list(prefix: string): Promise<string[]> {
    await this.ensureContainer();
    const names: string[] = [];
    for await (const blob of this.container.listBlobsFlat({ prefix })) names.push(blob.name);
    return names;
  }
}
