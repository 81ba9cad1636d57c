import { redactText } from '../log';

/** Which store could not be used at start-up. */
export type StorageOpenCode = 'sqlite' | 'blob-container' | 'table';

const WHAT: Record<StorageOpenCode, string> = {
  sqlite: 'open the SQLite database at',
  'blob-container': 'use the Azure Blob Storage container',
  table: 'use the Azure Table Storage table',
};

/**
 * Raised when a store cannot be used at start-up, whichever backend it is: `code` says which,
 * and the message is one line that names the store without any secret, fit for start-up.
 */
export class StorageOpenError extends Error {
  constructor(
    readonly code: StorageOpenCode,
    where: string,
    reason: string,
  ) {
    super(`cannot ${WHAT[code]} ${where}: ${reason}`);
    this.name = 'StorageOpenError';
  }
}

/** The HTTP status an Azure SDK error carries, if any. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const status = statusOf(error);
  return status !== undefined && statuses.includes(status);
}

/**
 * An Azure Storage failure in one line: status, error code and the message's first line
 * (storage errors append RequestId and Time on further lines), redacted, with `forbiddenHint` on 403.
 */
export function azureStorageReason(cause: unknown, forbiddenHint: string): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const firstLine = redactText(message.split('\n')[0]);
  const status = statusOf(cause);
  if (status === undefined) return firstLine;
  const code = (cause as { code?: unknown }).code;
  const hint = status === 403 ? ` (${forbiddenHint})` : '';
  return `${status} ${typeof code === 'string' ? code : ''} ${firstLine}${hint}`.replace(/\s+/g, ' ');
}
