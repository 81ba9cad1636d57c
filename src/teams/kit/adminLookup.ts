import { findAdmins, type AdminLookupRequest, type AdminLookupResult } from '../../domain/admins';
import type { BotServices } from '../services';

/** The admin lookup as the bot runs it: its Graph directory, the shared store as the cache, the configured cache time. */
export function lookupAdmins(services: Pick<BotServices, 'directory' | 'store' | 'config'>, request: AdminLookupRequest): Promise<AdminLookupResult> {
  return findAdmins({ directory: services.directory, store: services.store, cacheTtlSeconds: services.config.adminCacheTtlSeconds }, request);
}
