/** Who asked, as Teams identified them. */
export interface RequesterIdentity {
  aadObjectId: string;
  name: string;
  upn?: string;
  email?: string;
  tenantId?: string;
}
