/** Who asked, as Teams identified them: the one requester type of diagnosis records, cases and the cards. */
export interface Requester {
  /** Their AAD object id: whose records and cases these are within the tenant. */
  aadObjectId: string;
  name: string;
  /** Their Teams (work) sign-in name, when Teams gave it. */
  upn?: string;
  email?: string;
  /** The Entra tenant they use Teams with (always managed: Teams needs a managed tenant). */
  tenantId?: string;
}
