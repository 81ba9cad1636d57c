import { formIn } from '../grammar';

/** The form for a count by German's plural rule: plural(1, 'Minute', 'Minuten') is 'Minute'. */
export const plural = formIn('de');
