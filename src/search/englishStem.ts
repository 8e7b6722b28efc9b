/**
 * A small English stemmer for search: British and American spellings meet
 * ("standardize", "standardise"), and the endings of one word family fall away
 * ("standardising", "standardisation" and "standardised" all become "standard"),
 * for the query and the text alike. Only endings that leave a stem of four
 * letters or more are taken off, so short words stay as they are.
 */
const ENDINGS = ['isations', 'isation', 'ising', 'ised', 'ises', 'ise', 'ings', 'ing', 'ies', 'ed', 'es', 's'];

export function englishStem(term: string): string {
  // American -ize, -izing, -ization: the British spelling the texts use.
  let word = term.replace(/iz(e|es|ed|ing|ings|ation|ations)$/, 'is$1');
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
    if (ending === 's' && /(ss|us|is)$/.test(word)) break;
    word = word.slice(0, -ending.length) + (ending === 'ies' ? 'y' : '');
    break;
  }
  return word;
}
