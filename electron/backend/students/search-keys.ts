import { pinyin } from 'pinyin-pro';

export interface NameSearchKeys {
  /** Full pinyin without tones or spaces: 张三 → `zhangsan`, 吕布 → `lvbu`. */
  pinyin: string;
  /** First letters: 张三 → `zs`. */
  initials: string;
}

/**
 * The pinyin keys a name is found by. Surname mode reads the first characters as a surname,
 * so polyphonic surnames come out as people say them (曾 zeng, 单 shan, 解 xie, 仇 qiu); ü is
 * written `v`, as it is typed. Anything but letters and digits (·, spaces) is left out.
 */
export function nameSearchKeys(name: string): NameSearchKeys {
  const options = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const keep = (syllables: string[]) =>
    syllables
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return {
    pinyin: keep(pinyin(name, options)),
    initials: keep(pinyin(name, { ...options, pattern: 'first' })),
  };
}

/** What the counselor typed, as it compares to the pinyin keys, or null when it cannot be pinyin. */
export function pinyinQuery(query: string): string | null {
  const letters = query.toLowerCase().replace(/[\s'·]/g, '');
  return /^[a-z]+$/.test(letters) ? letters : null;
}
