import type { LookupFailure, LookupProblem, TenantLabel, TenantNote, UnconfirmedCause } from '../../domain/types';
import { inWords, type CatalogWords, type WordsFor } from '../catalog';
import { address } from './address';

const sources = { 'user-realm': 'dominio de usuario (user realm)', 'credential-type': 'tipo de credencial (credential type)', 'openid-configuration': 'configuración OpenID del inquilino' } as const;

/** What the check found wrong in Microsoft's answers, as the failure's detail says it. */
const problems: WordsFor<LookupProblem> = {
  'not-an-answer': ({ ifExistsResult }) => `IfExistsResult ${ifExistsResult} no es una respuesta`,
  'unknown-domain': ({ domain }) =>
    `el tipo de credencial indica una cuenta profesional, pero Entra ID no conoce ${domain}; se sabe que la consulta responde “existe” para cualquier dirección cuando limita las solicitudes`,
  'no-tenant': ({ domain }) => `no se encontró ningún inquilino para ${domain}, pero el tipo de credencial indica una cuenta profesional`,
};

/** A failed lookup's detail: what the check found wrong, or what the upstream service said. */
const failureDetail = (failure: LookupFailure): string => ('detail' in failure ? failure.detail : inWords<LookupProblem>(problems, failure));

/** Why the exact address is not confirmed, as the end of a reason. */
const unconfirmedCauses: WordsFor<UnconfirmedCause> = {
  federated: () => 'un dominio federado responde “existe” para todas las direcciones',
  busy: () => 'una dirección inventada del dominio también respondió “existe”, como hace la consulta cuando limita las solicitudes',
  'control-failed': ({ detail }) =>
    `falló la consulta de una dirección inventada del dominio, que distingue las respuestas reales de las limitadas (${detail})`,
  'control-not-asked': () => 'falló la consulta de una dirección inventada del dominio, que distingue las respuestas reales de las limitadas (no se hizo)',
};
const why = (cause: UnconfirmedCause) => inWords(unconfirmedCauses, cause);

const tenantNotes: WordsFor<TenantNote> = {
  organisation: ({ domain, tenant }) => ` (${domain} pertenece al inquilino ${tenant}: sus administradores pueden crear una)`,
  unmanaged: ({ domain }) => ` (${domain} solo tiene un inquilino no administrado, de autoservicio)`,
};
const note = (tenantNote: TenantNote | null) => (tenantNote ? inWords(tenantNotes, tenantNote) : '');
const tenantLabel = ({ tenant, federated }: TenantLabel) => `${tenant} (${federated ? 'federado' : 'administrado'})`;

/** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
export const diagnosis: CatalogWords['diagnosis'] = {
  sources,
  failureDetail,
  reasons: {
    'invalid-address': ({ problem }) => address.problems[problem],
    'lookup-failed': (r) =>
      `No se pudo comprobar ${r.address} porque falló la consulta de ${sources[r.failure.source]} (${failureDetail(r.failure)}), así que no se concluye nada; inténtalo de nuevo en unos minutos.`,
    'personal-account': (r) => `${r.address} es solo una cuenta personal de Microsoft; ninguna cuenta profesional o educativa la usa${note(r.note)}.`,
    'no-account': (r) => `Ni una cuenta profesional o educativa ni una cuenta personal de Microsoft usa ${r.address}${note(r.note)}.`,
    takeover: (r) =>
      `${r.domain} pertenece a un inquilino de Entra no administrado (creado por registro de autoservicio) y ${r.address} es una cuenta profesional de ese inquilino; un administrador debe tomar el control del inquilino demostrando la propiedad del dominio.`,
    'choose-work': (r) =>
      `${r.address} es a la vez una cuenta profesional del inquilino ${tenantLabel(r.tenant)} y una cuenta personal de Microsoft; elige la cuenta profesional o educativa al iniciar sesión.`,
    ready: (r) => `${r.address} es una cuenta profesional del inquilino ${tenantLabel(r.tenant)} y ninguna cuenta personal de Microsoft la usa.`,
    'takeover-unconfirmed': (r) =>
      `${r.domain} pertenece a un inquilino de Entra no administrado (creado por registro de autoservicio); un administrador debe tomar el control del inquilino demostrando la propiedad del dominio. No está confirmado si ${r.address} existe: ${why(r.why)}.`,
    'choose-work-unconfirmed': (r) =>
      `Una cuenta personal de Microsoft usa ${r.address}, y ${r.domain} pertenece al inquilino ${tenantLabel(r.tenant)}; elige la cuenta profesional o educativa al iniciar sesión. No está confirmado si una cuenta profesional usa ${r.address}: ${why(r.why)}.`,
    'ready-unconfirmed': (r) =>
      `${r.domain} pertenece al inquilino ${tenantLabel(r.tenant)}, el tipo que exige VLSC, y ninguna cuenta personal de Microsoft usa ${r.address}. No está confirmado si ${r.address} existe: ${why(r.why)}.`,
    'ready-personal-unknown': (r) =>
      `${r.domain} pertenece al inquilino ${tenantLabel(r.tenant)}, el tipo que exige VLSC. No se sabe si ${r.address} existe ni si una cuenta personal de Microsoft también la usa: ${why(r.why)}, y el dominio de usuario (user realm) no lo indicó.`,
    recorded: ({ text }) => text,
  },
};
