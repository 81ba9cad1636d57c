/** Cards show moments as the catalogs write them (text/moment.ts). */
export { utcMinute } from '../../../text/moment';
