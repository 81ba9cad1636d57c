import { countedIn } from '../grammar';

/** French plurals: 0 and 1 take the singular ("0 minute", "1 minute"). */
export const counted = countedIn('fr');
