import { formIn } from '../grammar';

/** The form for a count by Dutch's plural rule: plural(1, 'minuut', 'minuten') is 'minuut'. */
export const plural = formIn('nl');
