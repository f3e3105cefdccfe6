-- The stored search keys were one pinyin reading by the pinyin library alone (西地村 as xidecun,
-- 长宁路 as zhangninglu). The keys now hold every reading a name is typed with, read through the
-- place-name polyphone dictionary (PinyinKeys); stored keys of the old kind are dropped so that the
-- search index computes them from the name and its romanization, and every later insert or update
-- stores keys of the new kind.
update gazetteer.place_name set pinyin_key = null, initials_key = null;
