import type { AdminLookupRequest, AdminLookupResult } from '../../domain/admins';

/**
 * The admin lookup as the bot runs it (findAdmins on its Graph directory, cached in the shared
 * store for ADMIN_CACHE_TTL_SECONDS), built once in src/services.ts.
 */
export type AdminLookup = (request: AdminLookupRequest) => Promise<AdminLookupResult>;
