import { describe, expect, it } from 'vitest';
import { nameSearchKeys, pinyinQuery } from '../../../../electron/backend/students/search-keys';

describe('pinyin search keys', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['单雄信', 'shanxiongxin', 'sxx'],
    ['解缙', 'xiejin', 'xj'],
    ['吕小布', 'lvxiaobu', 'lxb'],
    ['欧阳修', 'ouyangxiu', 'oyx'],
    ['阿依古丽·买买提', 'ayigulimaimaiti', 'ayglmmt'],
  ])('%s is %s and %s', (name, pinyin, initials) => {
    expect(nameSearchKeys(name)).toEqual({ pinyin, initials });
  });

  it('takes typed pinyin in any case and spacing, and nothing else', () => {
    expect(pinyinQuery('Zhang San')).toBe('zhangsan');
    expect(pinyinQuery("xi'an")).toBe('xian');
    expect(pinyinQuery('张三')).toBeNull();
    expect(pinyinQuery('2023')).toBeNull();
  });
});
