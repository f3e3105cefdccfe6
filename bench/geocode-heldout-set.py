#!/usr/bin/env python3
"""Writes the geocoder's held-out set (data/src/test/resources/geocode/heldout.tsv).

    bench/geocode-heldout-set.py PSQL_CONNINFO > data/src/test/resources/geocode/heldout.tsv

A second evaluation set, written after the first (eval.tsv) had been used to tune the geocoder, and
run once before any change: other variation kinds than eval.tsv (full-width digits, spaces and
punctuation, 号楼/幢/座/# buildings, rooms in other forms, Chinese numerals, numbers without 号 and
号院, city-area prefixes, no county, parts in another order, typos in the county, township and
generic, capitals and English word order, residential compounds) and new addresses outside the
registry from the national division list. Reads the current rows of the demo registry
(gazetteer.address, the roads' romanizations in gazetteer.place_name) and
data/china/divisions_2023_counties.csv. Seeded; the expected answers are the registry rows the
inputs were written from (or NONE), never the geocoder's output. No input of eval.tsv is repeated.
"""
import csv
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
rng = random.Random(20261206)

COLUMNS = ('county_name', 'township_name', 'community_name', 'road_name', 'house_number',
           'house_number_suffix', 'building', 'unit', 'room', 'text', 'kind', 'compound_name')
# characters that sound like those of the county, township and generic words (standard dictionary)
COUNTY_TYPOS = ['昌极市', '常吉市', '昌集市', '昌吉是', '长吉市']
GENERIC_TYPOS = {'路': '陆录鹿', '街': '接阶', '巷': '项像向'}
TOWNSHIP_TYPOS = {'中': '钟', '山': '衫', '京': '经', '南': '楠', '宁': '凝', '边': '编', '延': '言',
                  '安': '按', '北': '被', '建': '健', '国': '果', '绿': '律', '洲': '州'}
FULL_WIDTH = str.maketrans('0123456789-#', '０１２３４５６７８９－＃')
DIGITS = '零一二三四五六七八九'


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


def case(category, text, row):
    return (category, text, row['kind'], row['text'], components(row, row['kind']))


def chinese(n):
    """A house number in Chinese numerals as it is said: 12 十二, 105 一百零五, 117 一百一十七."""
    n = int(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return '十' + (DIGITS[n % 10] if n % 10 else '')
    if n < 100:
        return DIGITS[n // 10] + '十' + (DIGITS[n % 10] if n % 10 else '')
    rest = n % 100
    head = DIGITS[n // 100] + '百'
    if rest == 0:
        return head
    if rest < 10:
        return head + '零' + DIGITS[rest]
    return head + DIGITS[rest // 10] + '十' + (DIGITS[rest % 10] if rest % 10 else '')


def main():
    conninfo = sys.argv[1]
    cols = ', '.join(COLUMNS)
    rows = query(conninfo, f"select row_to_json(a) from (select {cols} from gazetteer.address "
                           "where status = 'CURRENT' order by code) a")
    roman = {r['n']: r['r'] for r in query(
        conninfo, "select row_to_json(x) from (select standard_name n, romanization r "
                  "from gazetteer.place_name where category_code = '0801' and upper_inf(valid) "
                  "and status in ('ANNOUNCED', 'FILED')) x")}
    seen = {line.split('\t')[1] for line in
            open(ROOT / 'data/src/test/resources/geocode/eval.tsv', encoding='utf-8')
            if line.strip() and not line.startswith('#')}
    houses = [r for r in rows if r['kind'] == 'HOUSE_NUMBER']
    plain = [r for r in houses if not r['house_number_suffix'] and not r['compound_name']]
    buildings = [r for r in rows if r['kind'] == 'BUILDING' and not r['house_number_suffix']]
    rooms = [r for r in rows if r['kind'] == 'UNIT_ROOM' and not r['house_number_suffix']]
    out = []

    def add(category, text, row):
        if text not in seen:
            seen.add(text)
            out.append(case(category, text, row))
            return True
        return False

    def fill(category, pool, n, make):
        made = 0
        for r in rng.sample(pool, len(pool)):
            if made == n:
                break
            text = make(r)
            if text and add(category, text, r):
                made += 1

    c = lambda r: r['county_name']
    no = number_text

    # full-width digits (and －, ＃) anywhere in the number part
    fill('full-width', plain + rooms, 40, lambda r: (
        rng.choice([c(r), '']) + r['road_name'] + (
            no(r) if r['kind'] == 'HOUSE_NUMBER'
            else f"{no(r)}{r['building']}栋{r['unit']}单元{r['room']}室").translate(FULL_WIDTH)))
    # spaces and punctuation between the parts
    fill('spaces and punctuation', plain, 40, lambda r: rng.choice([
        f"{c(r)} {r['road_name']} {no(r)}", f"{c(r)}，{r['road_name']}{no(r)}",
        f"{r['road_name']}{no(r)}。", f"（{c(r)}）{r['road_name']}{no(r)}",
        f"{c(r)}/{r['road_name']}/{no(r)}", f"地址：{c(r)}{r['road_name']}{no(r)}",
        f"{c(r)}、{r['road_name']}、{no(r)}", f" {r['road_name']}  {no(r)} "]))
    # buildings written 号楼, 幢, 座, #楼
    fill('building forms', buildings, 50, lambda r: rng.choice([c(r), '']) + r['road_name'] + no(r)
         + rng.choice([f"{r['building']}号楼", f"{r['building']}幢", f"{r['building']}座",
                       f"{r['building']}#楼"]))
    # rooms in forms eval.tsv did not use
    fill('room forms', rooms, 50, lambda r: rng.choice([c(r), '']) + r['road_name'] + no(r) + rng.choice([
        f"{r['building']}幢{r['unit']}单元{r['room']}室", f"{r['building']}座{r['unit']}单元{r['room']}",
        f"{r['building']}号楼{r['unit']}-{r['room']}", f"{r['building']}栋{r['unit']}单元{r['room']}号",
        f"{r['building']}-{r['unit']}-{r['room']}室", f"{r['building']}幢{r['unit']}单元{r['room']}"]))
    # the house number in Chinese numerals
    fill('Chinese numerals', plain, 40, lambda r: rng.choice([c(r), '']) + r['road_name']
         + chinese(r['house_number']) + '号')
    # a number without 号, or with 号院
    fill('number without 号', plain, 30, lambda r: rng.choice([
        f"{c(r)}{r['road_name']}{r['house_number']}", f"{r['road_name']}{r['house_number']}",
        f"{c(r)}{r['road_name']}{r['house_number']}号院"]))
    # the city area or the full chain before the road
    fill('city-area prefix', plain, 30, lambda r: rng.choice([
        f"{c(r)}城区{r['road_name']}{no(r)}", f"昌吉市区{r['road_name']}{no(r)}",
        f"新疆昌吉回族自治州{c(r)}{r['road_name']}{no(r)}",
        f"昌吉回族自治州{c(r)}{r['township_name']}{r['road_name']}{no(r)}"]))
    # no county: only the prefecture or the region, or the community alone
    fill('missing district', plain, 30, lambda r: rng.choice([
        f"昌吉回族自治州{r['road_name']}{no(r)}", f"新疆{r['road_name']}{no(r)}",
        f"昌吉州{r['community_name']}{r['road_name']}{no(r)}" if r['community_name'] else None]))
    # the parts in another order
    fill('reordered parts', plain, 40, lambda r: rng.choice([
        f"{r['road_name']}{no(r)}，{c(r)}", f"{r['road_name']}{no(r)}（{r['township_name']}）",
        f"{r['road_name']}{no(r)}{c(r)}", f"{c(r)}{r['road_name']}{no(r)}{r['community_name']}"
        if r['community_name'] else None]))

    # typos outside the road's specific part: county, generic, township
    def typo_elsewhere(r):
        kind = rng.randrange(3)
        if kind == 0:
            return f"{rng.choice(COUNTY_TYPOS)}{r['road_name']}{no(r)}"
        if kind == 1:
            g = r['road_name'][-1]
            if g not in GENERIC_TYPOS or len(r['road_name']) < 3:
                return None
            return f"{c(r)}{r['road_name'][:-1]}{rng.choice(GENERIC_TYPOS[g])}{no(r)}"
        t = r['township_name'] or ''
        spots = [i for i, ch in enumerate(t[:-2]) if ch in TOWNSHIP_TYPOS]
        if not spots:
            return None
        i = rng.choice(spots)
        wrong = t[:i] + rng.choice(TOWNSHIP_TYPOS[t[i]]) + t[i + 1:]
        return f"{c(r)}{wrong}{r['road_name']}{no(r)}"
    fill('typo elsewhere', plain, 40, typo_elsewhere)

    # capitals (the sign form), the county in pinyin or English, English word order
    def pinyin(r):
        rom = roman.get(r['road_name'])
        if not rom:
            return None
        n = r['house_number']
        return rng.choice([f"{rom.upper()} {n}", f"Changji Shi {rom} {n}", f"{n} {rom}, Changji City",
                           f"{rom} No.{n}, Changji, Xinjiang", f"{rom.replace(' ', '')} {n}hao"])
    fill('pinyin forms', plain, 30, pinyin)

    # a residential compound: after the number, or instead of the road where it names one row
    with_compound = [r for r in rooms if r['compound_name']]
    fill('compound', with_compound, 20, lambda r: f"{rng.choice([c(r), ''])}{r['road_name']}{no(r)}"
         f"{r['compound_name']}{r['building']}栋{r['unit']}单元{r['room']}室")
    per_compound = {}
    for r in with_compound:
        per_compound.setdefault((r['compound_name'], r['building'], r['unit'], r['room']), []).append(r)
    unique = [v[0] for v in per_compound.values() if len(v) == 1]
    fill('compound without road', unique, 20, lambda r: f"{c(r)}{r['compound_name']}{r['building']}栋"
         f"{r['unit']}单元{r['room']}室")

    # outside the registry: the national division list, the registry's own road names after them
    divisions = list(csv.DictReader(open(ROOT / 'data/china/divisions_2023_counties.csv',
                                         encoding='utf-8')))
    name = {d['code']: d['name'] for d in divisions}
    skip = ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')
    roads = sorted({r['road_name'] for r in plain})
    counties = [d for d in divisions if d['level'] == '3' and not d['code'].startswith('6523')
                and not d['code'].startswith('65')]
    xinjiang = [d for d in divisions if d['level'] == '3' and d['code'].startswith('65')
                and not d['code'].startswith('6523') and not d['code'].startswith('6590')]
    cities = [d for d in divisions if d['level'] == '2' and d['name'] not in skip
              and not d['code'].startswith('65')]
    short_prefectures = {'6527': '博州', '6528': '巴州', '6530': '克州', '6540': '伊犁州'}
    outside = []

    def house():
        return f"{rng.choice(roads)}{rng.randrange(1, 200)}号"

    def add_outside(category, text):
        if text not in seen:
            seen.add(text)
            outside.append((category, text))

    for d in rng.sample(counties, 40):
        city = name.get(d['parent_code'], '')
        city = '' if city in skip else city
        province = name[d['parent_code'][:2]]
        h = house()
        add_outside('outside district', rng.choice([
            f"{province} {city} {d['name']} {h}", f"{city}{d['name']}，{h}",
            f"{h}（{city}{d['name']}）", f"{province}{d['name']}{h}"]).replace('  ', ' '))
    for d in rng.sample(cities, 30):
        short = d['name'][:-1] if d['name'].endswith('市') and len(d['name']) > 2 else d['name']
        add_outside('outside city', rng.choice([
            f"{short}市区{house()}", f"{d['name']} {house()}", f"{name[d['code'][:2]]} {d['name']}{house()}"]))
    for d in rng.sample(xinjiang, 30):
        prefecture = d['parent_code']
        short = short_prefectures.get(prefecture, name[prefecture])
        add_outside('outside Xinjiang', rng.choice([
            f"{short}{d['name']}{house()}", f"新疆{short}{d['name']}{house()}",
            f"{name[prefecture]}{d['name']} {house()}"]))
    provinces = [d for d in divisions if d['level'] == '1' and d['code'] != '65']
    for d in rng.sample(provinces, 12):
        add_outside('outside province', f"{d['name']}{house()}")
    out += [(cat, t, 'NONE', '', '|||||||') for cat, t in outside]

    print('# Held-out set of the geocoder (README.md beside this file): category, free-text input,'
          ' expected level,')
    print('# the standard text of the registry row it was written from (empty for NONE), and its'
          ' components')
    print('# county|township|community|road|house number|building|unit|room (* = not asserted).')
    for row in out:
        print('\t'.join(row))


main()
