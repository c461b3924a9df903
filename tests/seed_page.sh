#!/bin/sh
# SPDX-License-Identifier: ISC
# seed_page.sh: the seed page (../shared/corpus/zh/county-paper_p1.txt) must
# come out exactly as county-paper_p1.expected.md says: six items, their
# kinds, headlines, bylines, paragraphs, credit, jump and source lines.
. "$top_srcdir/tests/lib.sh"
skip_without_shared
make_tmpdir
PAGE="$SHARED/corpus/zh/county-paper_p1.txt"
"$KANBAO" --export jsonl "$PAGE" >"$TMP/out.jsonl" 2>"$TMP/err" ||
	fail "kanbao --export jsonl failed: $(cat "$TMP/err")"
"${PYTHON3:-python3}" - "$TMP/out.jsonl" <<'PY' || fail "seed page differs"
import json, sys

objs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
# the page's furniture (here: the ad's doubled glyphs, removed) is no article
arts = [a for a in objs if a['kind'] != 'furniture']
bad = []

def eq(what, got, want):
    if got != want:
        bad.append('%s: got %r, want %r' % (what, got, want))

def ok(what, cond):
    if not cond:
        bad.append(what)

def body(a):
    """Paragraphs without the section heads."""
    return [p for p in a['paragraphs'] if p not in a['sections']]

def lines(a):
    return (a['source']['first_line'], a['source']['last_line'])

eq('items', len(arts), 6)
if len(arts) == 6:
    a1, a2, a3, ad, ph, a6 = arts
    eq('1 kind', a1['kind'], 'news')
    eq('1 headline', a1['headline'], '凝心聚力共建“智能制造新城”')
    eq('1 subhead', a1['subhead'], '全县智能制造新城建设动员会暨生态工业发展大会召开')
    eq('1 byline', a1['byline'], '本报讯（记者 徐明 叶如舟 杨益达）')
    eq('1 paragraphs', len(body(a1)), 6)
    ok('1 first paragraph', body(a1)[0].startswith(
        '3月30日下午，全县智能制造新城建设动员会暨生态工业发展大会召开。县委书记李汉勤在会上强调，要认真贯彻落实'))
    ok('1 second paragraph', '努力让一切有利于“富民强县”的创新创业活力竞相迸发' in body(a1)[1])
    ok('1 fourth paragraph', '以“亩均论英雄”为重点推动“腾笼换鸟”' in body(a1)[3])
    eq('1 last paragraph', body(a1)[-1],
       '会议通报表彰了2020年度各项先进企业及企业家；举行了项目、人才、科研院所合作签约仪式。相关单位、企业负责人分别作了发言。')
    eq('1 lines', lines(a1), (1, 88))

    eq('2 kind', a2['kind'], 'news')
    eq('2 headline', a2['headline'], '全县新冠病毒疫苗接种工作推进会召开')
    eq('2 byline', a2['byline'], '本报讯（记者 宋词）')
    eq('2 paragraphs', len(body(a2)), 4)
    eq('2 first paragraph', body(a2)[0],
       '3月30日晚，全县新冠病毒疫苗接种工作推进会召开，安排部署我县新冠病毒疫苗接种工作。县领导莫靓、温小运等出席。')
    ok('2 last paragraph', body(a2)[-1].endswith('以疫情防控实绩和经济社会高质量发展迎接建党100周年。'))
    eq('2 lines', lines(a2), (90, 113))

    eq('3 kind', a3['kind'], 'news')
    eq('3 headline', a3['headline'], '搭上医疗卫生“山海”提升工程快车')
    eq('3 byline', a3['byline'], '本报讯（记者 刘俊杰 通讯员 陈汇）')
    eq('3 paragraphs', len(body(a3)), 3)
    eq('3 first paragraph', body(a3)[0],
       '3月29日下午，浙江省医疗卫生“山海”提升工程签约仪式在杭州举行。松阳县人民政府、浙江大学医学院附属第二医院和浙江省卫生健康委共同签订合作框架协议。')
    ok('3 second paragraph', '省市医院下派专家人数不少于12人，以高级职称为主' in body(a3)[1])
    eq('3 last paragraph', body(a3)[-1],
       '合作后，将通过浙二医院下派专家和人才培养等“输血”“造血”举措相结合，快速补齐我县医疗服务能力短板，为我县群众提供更均衡、优质、便捷的服务。')
    eq('3 lines', lines(a3), (115, 139))

    eq('4 kind', ad['kind'], 'ad')
    eq('4 text', ad['paragraphs'], ['农信手机银行', '您的随身银行'])
    eq('4 lines', lines(ad), (141, 142))

    eq('5 kind', ph['kind'], 'photo')
    eq('5 headline', ph['headline'], '')
    eq('5 paragraphs', len(ph['paragraphs']), 1)
    ok('5 text starts', ph['paragraphs'][0].startswith(
        '为方便我县全民接种，3月31日上午，我县首个新冠疫苗方舱接种点正式开舱启用。'))
    ok('5 text ends', ph['paragraphs'][0].endswith('经登记台确认信息后即可进入接种环节，大大提高接种效率。'))
    eq('5 credit', ph['credit'], '周晴 刘俊杰 李茂清 摄影报道')
    eq('5 lines', lines(ph), (144, 161))

    eq('6 kind', a6['kind'], 'news')
    eq('6 kicker', a6['kicker'],
       '全县各级纪检监察组织扛起监督首责，精心守护风清气正的政治生态，为奋力打造现代化“田园松阳”提供坚强保障———')
    eq('6 headline', a6['headline'], '砥砺奋进扬清风 / 忠诚担当谱新篇')
    eq('6 byline', a6['byline'], '本报记者 叶琳 通讯员 松纪宣')
    eq('6 sections', a6['sections'],
       ['忠诚践行“两个维护”，政治监督坚定有力', '压紧压实“两个责任”，清廉建设全面推进'])
    eq('6 paragraphs', len(body(a6)), 6)
    ok('6 first paragraph', body(a6)[0].startswith('2020年，全县各级纪检监察组织以党的政治建设为统领'))
    ok('6 last paragraph', body(a6)[-1].endswith('“廉情地图”做法获全市清廉建设品牌“红榜”。'))
    eq('6 jumps', [(j['dir'], j['page'], j['label']) for j in a6['jumps']],
       [('to', 2, '（下转二版）')])
    eq('6 lines', lines(a6), (163, 209))
    for a in arts:
        ok('no jump line in paragraphs', not any('下转' in p for p in a['paragraphs']))
for b in bad:
    print('seed page:', b)
sys.exit(1 if bad else 0)
PY
