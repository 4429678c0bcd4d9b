// English sentence patterns that lower a class's bar in classify.ts where OPP-115's few English examples leave
// the model unsure.
import { NOT_KEPT_EN } from './rules';

/** English statements of how long data is kept, or of deleting it after a time. */
export const RETENTION_EN = new RegExp([
  // not a hired provider (`service providers we have retained to perform`, `we retain the services
  // of`), not a Safe Harbor formula, not one verb in a list of practices (`collect, retain and use`,
  // `collection, retention, and use`, `do not retain, share, store or use`) nor what a recipient may not do (`they will
  // not retain`, `These companies do not retain…`; OPP folds 0–4 .7960 → .7967) or may have done
  // (`…may have retained a copy of your resume in their own files`); `Retention` capitalised names a chapter in a
  // table of contents or a run-in title (`Security, Retention and Storage of Information: We use…`), no practice
  // (OPP folds 0–4 .7807 → .7863; with the statements of not keeping below, .7886)
  String.raw`(?<!\b(they|them|providers?|contractors?|vendors?|partners?|companies|(collect|us|disclos|shar|stor|process)\w*,?( and| or)?|not( be)?( permitted| allowed)? to( store,?)?|(may|might) have)( will| may| do| does)?( not)? )`
    + String.raw`\b(retain\w*|(?-i:retention))\b(?! (to|by) (perform|provide|help|assist|us)| the services|,? (and |or )?(use|disclos|shar|sell|stor))`,
  String.raw`\bas long as (is |it is )?(necessary|needed|required|reasonably|permitted)`,
  // (not a user's request to access, update, delete or correct, answered `within 30 days`)
  String.raw`(?<!\b(access|updat|correct|review|edit)\w*,? (or |and )?)\b(delet|destr|discard|purg|eras)\w*\b[^.]{0,60}\b(after|once|when (it|they|we|the|no)|within|as soon|promptly|periodically|regular)`,
  String.raw`\b(regular|scheduled|periodic)\w* (destruction|deletion|purg)`,
  String.raw`\b(keep|store|hold)\b[^.]{0,60}\b(any )?(longer than|indefinitely|after the|until)`,
  String.raw`\bresidual (copies|information|data)|\bbackup (copies|information|records)`,
  // (that it is not kept at all)
  NOT_KEPT_EN,
  String.raw`\bremain (in|on|within) our (servers|systems|records|databases?|archives)`,
].join('|'), 'i');
/**
 * A third party as the one collecting, tracking or serving on the service (`third-party advertisers may set and use
 * their own Flash cookies`, `cookies served by third parties`), not a third party's site or link.
 * (OPP folds 0–4 with round 15's models .8062 → .8078; a looser `third party … collect` within 60 characters
 * .8081 but it also reads `on a third party site … we may collect`; the recipient not followed by we/you .8071.)
 */
export const THIRD_PARTY_COLLECTS_EN = new RegExp([
  String.raw`\b(third[- ]part(y|ies)(?! (sites?|websites?|applications?|apps?|links?|content|products?)\b)|advertisers?|ad (networks?|servers?)`
    + String.raw`|(advertising|marketing|business|analytics) (partners|providers|companies)|service providers?|vendors)\b( [\w,&-]+){0,5}?`
    + String.raw` (may|might|can|could|will|also|independently|directly)? ?(also )?(collect|gather|obtain|set|place|track|serve|use (cookies|web beacons|pixels|tracking|their own))`,
  String.raw`\b(collected|set|placed|served|used|gathered) (directly )?by (third[- ]part(y|ies)|advertisers|ad networks|our (advertising |business )?partners|service providers|vendors)`,
].join('|'), 'i');
/** A choice the reader can make (`If you do not wish to…`, `opt out`, `unsubscribe`). */
export const CHOICE_EN = /\b(opt[- ]?(out|in)\b|unsubscribe|if you (do not|don't|no longer) (wish|want)|you (may|can) (choose|elect|decline|refuse|disable|withdraw|request|ask)|(access|correct|update|delete|review) (your|the) (personal )?(information|data|account))/i;
/** `We use cookies to…`, `…information we collect through cookies`, `Cookies and similar technologies`: the practice, not a passing
 * word (`identifiers associated with cookies` in a list of data). */
const COOKIE = String.raw`(?:cookies?|web beacons?|pixel tags?|tracking pixels?|local storage)`;
export const COOKIES_EN = new RegExp(String.raw`\b(?:we|us|our)\b[^.;]{0,60}\b(?:use|set|place|store|read|collect|receive|employ)\w*\b[^.;]{0,40}\b${COOKIE}\b|\b${COOKIE} (?:and|or) (?:other |similar )+(?:tracking )?technolog`, 'i');
