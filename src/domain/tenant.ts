/** Whether two Entra tenant ids name the same tenant: GUIDs, compared without case. False when either is missing. */
export function sameTenant(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b && a.toLowerCase() === b.toLowerCase());
}
