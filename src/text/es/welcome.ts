import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'VL Sign-in Assistant';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Te ayudo a iniciar sesión en el Centro de servicios de licencias por volumen (VLSC) con la cuenta profesional o educativa administrada que ahora exige, y a prepararte para la autenticación multifactor (MFA) que Volume Licensing Central exige desde el 5 de enero de 2026.',
  personalHint: 'Elige un botón o escribe una pregunta, por ejemplo: "¿qué es un inquilino viral?".',
  teamHint: 'En este equipo puedo publicar casos para el soporte técnico. Mencióname con "ayuda" para ver lo que puedo hacer aquí.',
  groupChatHint:
    'En este chat respondo preguntas sobre el inicio de sesión en VLSC y la MFA que exige Volume Licensing Central. Para comprobar tu propia cuenta, chatea conmigo en privado.',
};

export const help: CatalogWords['help'] = {
  heading: 'Lo que puedo hacer',
  teamHeading: 'Lo que puedo hacer en este equipo',
  groupChatHeading: 'Lo que puedo hacer en este chat',
  footer: 'Escribe "cancelar" o "empezar de nuevo" en cualquier momento para salir de una conversación.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'Ayuda', description: 'Ver lo que puedo hacer.' },
  cases: {
    title: 'Casos abiertos',
    description: 'Ver los casos abiertos (también, en inglés: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).',
  },
  channel: {
    title: 'Usar este canal',
    description: 'Enviar aquí los casos escalados (o, en inglés: "use this channel for takeover cases").',
  },
  check: {
    title: 'Comprobar mi acceso a VLSC',
    description: 'Averigua si la cuenta que usas en VLSC es del tipo correcto y qué hacer si no lo es.',
  },
  admins: {
    title: '¿Quién es mi administrador?',
    description: 'Encuentra a tus administradores globales y a los administradores que pueden activar la MFA.',
  },
  mfa: {
    title: '¿Está lista la MFA?',
    description: 'Lo que tú y tu administrador necesitan para la MFA que exige Volume Licensing Central.',
  },
};
