#!/usr/bin/env python3
"""Writes the geocoder's evaluation set (data/src/test/resources/geocode/eval.tsv).

    bench/geocode-eval-set.py PSQL_CONNINFO > data/src/test/resources/geocode/eval.tsv

Reads the current rows of the demo registry (gazetteer.address, the roads' romanizations in
gazetteer.place_name) from a database that holds the demo, and the national division list
data/china/divisions_2023_counties.csv, and writes free-text addresses in varied forms with the
answer each must get: the registry row it was written from, or NONE for an address outside the
registry. Seeded: the same registry gives the same file. The expected answers are the rows
themselves, never the geocoder's output; the file was written before the geocoder was tuned on it.
"""
import csv
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
rng = random.Random(20261216)

# characters of the registry's road names and characters that sound the same (same toneless
# pinyin), from the standard dictionary; written by hand, not by the project's pinyin library
SOUND = {
    '丁': '钉顶定', '香': '乡相箱', '东': '冬动栋洞', '街': '接阶节', '中': '钟忠终', '山': '衫珊杉',
    '乌': '屋污', '伊': '依衣医', '亚': '压鸭雅', '健': '建件见', '康': '糠慷抗', '光': '广逛',
    '明': '名鸣铭', '北': '被备背', '京': '经精晶', '南': '楠男难', '友': '有又优', '联': '连莲廉',
    '双': '霜爽', '河': '和合荷', '和': '河合禾', '平': '苹评瓶', '西': '希溪息', '团': '湍',
    '结': '洁节', '园': '元圆源', '天': '添田甜', '池': '驰迟持', '宁': '凝柠', '合': '河和',
    '边': '编鞭变', '屯': '豚囤吞', '延': '言沿严', '安': '按岸暗', '建': '健见件', '国': '果郭过',
    '文': '闻纹温', '化': '华花画', '昌': '常场', '吉': '极集级', '柳': '流留六', '树': '数术书',
    '民': '敏闽', '乐': '勒', '水': '税睡', '电': '点店殿', '海': '害孩', '棠': '唐堂糖',
    '牡': '木目母', '丹': '单担', '绿': '律率旅', '洲': '州舟周', '苗': '描秒', '圃': '普浦',
    '金': '今津斤', '陵': '凌灵', '长': '常场',
}
# near-homophones: the same syllable but for a front/back nasal or a retroflex, or 栖 (qī/xī)
NEAR = {'西': '栖', '陵': '林', '京': '金', '明': '民', '中': '宗', '山': '三', '长': '仓', '昌': '仓',
        '宁': '您', '光': '关', '康': '刊', '东': '栋'}
# characters that look like them but sound otherwise
SHAPE = {
    '东': '车乐', '西': '酉四', '南': '库', '北': '比', '京': '凉', '国': '图固', '安': '宋',
    '和': '私利', '平': '乎半', '文': '丈', '化': '仡', '光': '先尖', '明': '朋阴', '康': '唐庚',
    '宁': '丁宇', '边': '达过', '中': '申串', '山': '出', '长': '卡', '延': '廷诞', '天': '夫无',
    '池': '地他', '树': '村对', '水': '永', '电': '由甲', '友': '反支', '亚': '严业', '屯': '吨',
    '河': '何可', '健': '键', '团': '困因', '吉': '古告', '昌': '冒', '乌': '鸟', '丁': '于',
    '香': '秀', '海': '悔每', '牡': '牲', '丹': '册', '绿': '缘禄', '苗': '笛', '圃': '甫',
    '金': '全余', '民': '氏', '合': '含', '结': '给', '陵': '凌',
}
TONES = {
    'an': 'ān', 'beijing': 'běijīng', 'beilu': 'běilù', 'changji': 'chāngjí', 'changning': 'chángníng',
    'dingxiang': 'dīngxiāng', 'dong': 'dōng', 'donglu': 'dōnglù', 'guangming': 'guāngmíng',
    'haitang': 'hǎitáng', 'heping': 'hépíng', 'jianguo': 'jiànguó', 'jiankang': 'jiànkāng', 'jie': 'jiē',
    'jinling': 'jīnlíng', 'kangning': 'kāngníng', 'liushu': 'liǔshù', 'lu': 'lù', 'lüzhou': 'lǜzhōu',
    'miaopu': 'miáopǔ', 'minle': 'mínlè', 'mudan': 'mǔdān', 'nanlu': 'nánlù', 'ningbian': 'níngbiān',
    'ninghe': 'nínghé', 'shuanghe': 'shuānghé', 'shuidian': 'shuǐdiàn', 'tianchi': 'tiānchí',
    'tianshan': 'tiānshān', 'tuanjie': 'tuánjié', 'tunhe': 'túnhé', 'wenhua': 'wénhuà', 'wuyi': 'wūyī',
    'xi': 'xī', 'xiang': 'xiàng', 'xilu': 'xīlù', 'yan': 'yán', 'yazhong': 'yàzhōng', 'youlian': 'yǒulián',
    'yuanding': 'yuándīng', 'zhongshan': 'zhōngshān',
}
COLUMNS = ('county_name', 'township_name', 'community_name', 'road_name', 'house_number',
           'house_number_suffix', 'building', 'unit', 'room', 'text', 'kind', 'compound_name')


def query(conninfo, sql):
    out = subprocess.run(['psql', conninfo, '-At', '-c', sql], check=True, capture_output=True,
                         text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line]


def number_text(row):
    """The number as the registry writes it: 12号, 12之1号, 12-1号, 12号附1号."""
    suffix = row['house_number_suffix']
    if suffix.startswith('附'):
        return f"{row['house_number']}号{suffix}号"
    return f"{row['house_number']}{suffix}号"


def components(row, level):
    parts = [row['county_name'], row['township_name'] or '', row['community_name'] or '',
             row['road_name'], number_text(row)]
    if level == 'HOUSE_NUMBER':
        parts += ['', '', '']
    elif level == 'BUILDING':
        parts += [row['building'], '', '']
    else:
        parts += [row['building'], row['unit'], row['room']]
    return '|'.join(parts)


def case(category, text, row, level=None):
    level = level or {'HOUSE_NUMBER': 'HOUSE_NUMBER', 'BUILDING': 'BUILDING',
                      'UNIT_ROOM': 'UNIT_ROOM'}[row['kind']]
    return (category, text, level, row['text'], components(row, level))


def typo(name, table, rng):
    """name with one character of its specific part replaced from table, or None."""
    generic = len(name) - 1 if not name.endswith('巷') or name[-2] not in '一二三四五六七八九十' else None
    spots = [i for i, c in enumerate(name) if c in table and c not in '路街巷'
             and not (i > 0 and name[i - 1] in '一二三四五六七八九十')]
    spots = [i for i in spots if i < len(name) - 1]
    if not spots:
        return None
    i = rng.choice(spots)
    return name[:i] + rng.choice(table[name[i]]) + name[i + 1:]


def english(romanization, rng):
    words = romanization.split()
    out = []
    for w in words:
        lw = w.lower()
        if lw == 'lu':
            out.append(rng.choice(['Road', 'Rd', 'Rd.']))
        elif lw == 'jie':
            out.append(rng.choice(['Street', 'St', 'St.']))
        elif lw == 'xiang':
            out.append(rng.choice(['Lane', 'Ln']))
        elif lw.endswith('lu') and lw[:-2] in ('dong', 'xi', 'nan', 'bei'):
            out.append(w[:-2] + ' ' + rng.choice(['Road', 'Rd']))
        else:
            out.append(w)
    return ' '.join(out)


def main():
    conninfo = sys.argv[1]
    cols = ', '.join(COLUMNS)
    rows = query(conninfo, f"select row_to_json(a) from (select {cols} from gazetteer.address "
                           "where status = 'CURRENT' order by code) a")
    roman = {r['n']: r['r'] for r in query(
        conninfo, "select row_to_json(x) from (select standard_name n, romanization r "
                  "from gazetteer.place_name where category_code = '0801' and upper_inf(valid) "
                  "and status in ('ANNOUNCED', 'FILED')) x")}
    houses = [r for r in rows if r['kind'] == 'HOUSE_NUMBER']
    plain = [r for r in houses if not r['house_number_suffix'] and not r['compound_name']]
    suffixed = [r for r in houses if r['house_number_suffix']]
    rooms = [r for r in rows if r['kind'] == 'UNIT_ROOM']
    registered = {(r['road_name'], r['house_number'], r['house_number_suffix']) for r in houses}
    by_road_number = {}
    for r in houses:
        by_road_number.setdefault((r['road_name'], r['house_number']), []).append(r)
    out = []

    def pick(pool, n):
        return rng.sample(pool, n)

    # controls: the forms the known cases already cover
    for r in pick(plain, 30):
        form = rng.choice(['{c}{road}{no}', '新疆昌吉州{c}{road}{no}', '{road}{no}', '昌吉{road}{no}附近'])
        out.append(case('control', form.format(c=r['county_name'], road=r['road_name'],
                                               no=number_text(r)), r))
    # typos by sound and by shape in the road's name
    for category, table, n in (('sound typo', SOUND, 90), ('near-sound typo', NEAR, 30),
                               ('shape typo', SHAPE, 40)):
        made = 0
        for r in rng.sample(plain, len(plain)):
            if made == n:
                break
            wrong = typo(r['road_name'], table, rng)
            if wrong is None or wrong == r['road_name']:
                continue
            prefix = rng.choice(['昌吉市', '', '新疆昌吉市', r['township_name'] or ''])
            out.append(case(category, f"{prefix}{wrong}{number_text(r)}", r))
            made += 1
    # one-character roads (西街, 东街) with a character that sounds like theirs
    for r in pick([r for r in plain if r['road_name'] in ('西街', '东街')], 20):
        first = rng.choice(SOUND[r['road_name'][0]] + NEAR.get(r['road_name'][0], ''))
        out.append(case('one-character road typo', f"{rng.choice(['昌吉市', ''])}{first}街"
                        f"{number_text(r)}", r))
    # missing and extra parts
    for r in pick(plain, 40):
        form = rng.choice(['{t}{road}{no}', '{m}{road}{no}', '{t}{m}{road}{no}',
                           '新疆维吾尔自治区{road}{no}', '昌吉州{t}{road}{no}'])
        out.append(case('missing parts', form.format(t=r['township_name'] or '',
                                                     m=r['community_name'] or '',
                                                     road=r['road_name'], no=number_text(r)), r))
    # house-number suffixes in every way of writing them
    for r in pick(suffixed, 60):
        n, s = r['house_number'], r['house_number_suffix']
        k = s[1:] if s[0] in '之-' else s[1:]
        form = rng.choice([f'{n}号之{k}', f'{n}号-{k}', f'{n}之{k}号', f'{n}-{k}号', f'{n}附{k}号',
                           f'{n}号附{k}', f'{n}号附{k}号'])
        # where the road has both n之k (or n-k) and n附k, a form of the other kind names the other
        # house: write the row's own kind then
        own = '附' if s[0] == '附' else '之'
        other = '之' if own == '附' else '附'
        if (r['road_name'], n, other + k) in registered or (
                other == '之' and (r['road_name'], n, '-' + k) in registered):
            form = f'{n}附{k}号' if own == '附' else f'{n}之{k}号'
        out.append(case('suffix', f"{rng.choice(['昌吉市', ''])}{r['road_name']}{form}", r))
    # a suffix that is not registered: the number is placed on the road, not taken as the plain one
    made = 0
    for r in rng.sample(plain, len(plain)):
        if made == 20:
            break
        if any((r['road_name'], r['house_number'], p + '1') in registered for p in '之-附'):
            continue
        form = rng.choice(['{n}号之1', '{n}之1号', '{n}-1号', '{n}号-1'])
        text = f"昌吉市{r['road_name']}{r['house_number']}之1号"
        out.append(('suffix not registered', r['road_name'] + form.format(n=r['house_number']),
                    'ROAD_INTERPOLATED', text, f"{r['county_name']}|*|*|{r['road_name']}|"
                    f"{r['house_number']}之1号|||"))
        made += 1
    # rooms written in short forms
    for r in pick(rooms, 50):
        b, u, room = r['building'], r['unit'], r['room']
        form = rng.choice([f'{b}栋{u}-{room}', f'{b}栋{u}单元{room}', f'{b}-{u}-{room}',
                           f'{b}栋{u}单元{room}室', f'{b}号楼{u}单元{room}室'])
        out.append(case('room', f"{rng.choice(['昌吉市', ''])}{r['road_name']}{number_text(r)}{form}",
                        r))
    # pinyin and English
    for r in pick([r for r in plain if r['road_name'] in roman], 80):
        rom = roman[r['road_name']]
        n = r['house_number']
        style = rng.randrange(5)
        if style == 0:
            text = f"{rom} {n}"
        elif style == 1:
            text = f"{rom.replace(' ', '').lower()} {n}"
        elif style == 2:
            toned = ' '.join(' '.join(TONES.get(p.lower(), p) for p in w.split("'"))
                             .replace(' ', '') if not w.isdigit() else w for w in rom.split())
            text = f"{toned.title() if rng.random() < .5 else toned} {n}号"
        elif style == 3:
            text = f"{english(rom, rng)} {rng.choice(['No. ', '#', ''])}{n}"
        else:
            text = f"{rng.choice(['No. ', ''])}{n} {english(rom, rng)}, Changji"
        out.append(case('pinyin or English', text, r))
    # community name and a number that the community has once
    per_community = {}
    for r in plain:
        per_community.setdefault((r['community_name'], r['house_number']), []).append(r)
    unique = [v[0] for v in per_community.values() if len(v) == 1 and v[0]['community_name']]
    for r in pick(unique, 30):
        out.append(case('community and number',
                        f"{rng.choice(['昌吉市', ''])}{r['community_name']}{number_text(r)}", r))
    # a road name with a typo, no number
    roads = sorted({r['road_name'] for r in plain})
    made = 0
    for name in rng.sample(roads, len(roads)):
        if made == 20:
            break
        wrong = typo(name, SOUND, rng)
        if wrong:
            county = '昌吉市'
            out.append(('road typo', f"昌吉市{wrong}", 'ROAD', f"{county}{name}",
                        f"{county}|||{name}||||"))
            made += 1

    # outside the registry: the national division list, the registry's own road names after them
    divisions = list(csv.DictReader(open(ROOT / 'data/china/divisions_2023_counties.csv')))
    name = {d['code']: d['name'] for d in divisions}
    skip = ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')
    counties = [d for d in divisions if d['level'] == '3' and not d['code'].startswith('6523')]
    xinjiang = [d for d in counties if d['code'].startswith('65')]
    outside = []
    road_names = roads
    for d in rng.sample(counties, 50) + rng.sample(xinjiang, 40):
        city = name.get(d['parent_code'], '')
        province = name[d['parent_code'][:2]]
        city = '' if city in skip else city
        road = rng.choice(road_names)
        no = f"{rng.randrange(1, 150)}号"
        form = rng.choice(['{p}{c}{d}{r}{n}', '{c}{d}{r}{n}', '{d}{r}{n}', '{p}{d}{r}{n}'])
        if not city:
            form = form.replace('{c}', '')
        outside.append(('outside', form.format(p=province, c=city, d=d['name'], r=road, n=no)))
    cities = [d for d in divisions if d['level'] == '2' and d['name'] not in skip
              and d['code'] != '6523']
    for d in rng.sample(cities, 30):
        short = d['name'][:-1] if d['name'].endswith('市') and len(d['name']) > 2 else d['name']
        road = rng.choice(road_names)
        form = rng.choice(['{c}{r}{n}', '{s}{r}{n}', '{p}{c}{r}{n}'])
        outside.append(('outside city', form.format(c=d['name'], s=short, p=name[d['code'][:2]],
                                                    r=road, n=f"{rng.randrange(1, 150)}号")))
    for d in [d for d in counties if d['code'].startswith('6590')]:
        road = rng.choice(road_names)
        outside.append(('outside corps city', f"{rng.choice(['新疆', ''])}{d['name']}{road}"
                                              f"{rng.randrange(1, 150)}号"))
    out += [(c, t, 'NONE', '', '|||||||') for c, t in outside]

    print('# Evaluation set of the geocoder (README.md beside this file): category, free-text input,'
          ' expected level,')
    print('# the standard text of the registry row it was written from (empty for NONE), and its'
          ' components')
    print('# county|township|community|road|house number|building|unit|room (* = not asserted).')
    for row in out:
        print('\t'.join(row))


main()
