/** A word of a Hunspell dictionary in one of its forms, with the flags that apply to that form. */
export interface WordForm {
  word: string;
  flags: Set<string>;
}

export interface SuffixRule {
  strip: string;
  add: string;
  continuation: string;
  condition: RegExp;
}

/** Single-letter flags (FLAG is not set in the dictionaries read here). */
export const flagsOf = (text: string) => new Set([...text]);

/** The suffix rules of an affix file by flag: `SFX <flag> <strip> <add>[/<flags>] <condition>`. */
export function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    // The header line of a group ("SFX J Y 12") has a Y/N as its third field.
    if (fields[0] !== 'SFX' || fields.length < 5 || fields[2] === 'Y' || fields[2] === 'N') continue;
    const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
    const [add = '', continuation = ''] = addWithFlags.split('/');
    let pattern: RegExp;
    try {
      pattern = new RegExp(`${condition === '.' ? '' : condition}$`, 'u');
    } catch {
      continue;
    }
    const list = rules.get(flag) ?? [];
    list.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, continuation, condition: pattern });
    rules.set(flag, list);
  }
  return rules;
}

/**
 * Every word of a Hunspell dictionary with its suffixed forms (one level of suffix rules), each
 * with the flags of its stem and of the rule that made it: enough to tell the parts a compound
 * may begin, go on or end with.
 */
export function* hunspellWordForms(aff: string, dic: string): Generator<WordForm> {
  const rules = suffixRules(aff);
  for (const { word, flags } of dictionaryLines(dic)) yield* suffixedForms(word, flagsOf(flags), rules);
}

/** Each entry line of a dictionary file: its stem and its flags as written. */
function* dictionaryLines(dic: string): Generator<{ word: string; flags: string }> {
  // The first line is the number of entries; indented lines are comments.
  for (const line of dic.split('\n').slice(1)) {
    if (line === '' || /^\s/.test(line)) continue;
    const slash = line.indexOf('/');
    const word = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (word === '') continue;
    yield { word, flags: slash === -1 ? '' : (line.slice(slash + 1).trim().split(/\s/)[0] ?? '') };
  }
}

/** A stem and the forms its suffix rules make of it, each with its flags. */
export function* suffixedForms(word: string, flags: Set<string>, rules: Map<string, SuffixRule[]>): Generator<WordForm> {
  yield { word, flags };
  for (const flag of flags) {
    for (const rule of rules.get(flag) ?? []) {
      if (!rule.condition.test(word) || !word.endsWith(rule.strip)) continue;
      const form = word.slice(0, word.length - rule.strip.length) + rule.add;
      if (form === word && rule.continuation === '') continue;
      yield { word: form, flags: new Set([...flags, ...flagsOf(rule.continuation)]) };
    }
  }
}

/** The entries of a dictionary file: each stem with its flags as written. */
export function dictionaryEntries(dic: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const { word, flags } of dictionaryLines(dic)) entries.set(word, (entries.get(word) ?? '') + flags);
  return entries;
}
