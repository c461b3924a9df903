# SPDX-License-Identifier: ISC
"""content.py: article text for the page generator, written by the kanbao team.

Articles are assembled from small pools of our own sentences with seeded
slots (places, names, numbers), so every seed gives different but plausible
news copy.  Nothing here comes from a third party.
"""

ZH_PLACES = ['松川县', '桐坪镇', '青石乡', '河口区', '白沙镇', '东岭村', '南湖街道', '云溪县',
             '石门乡', '下洋村', '柳塘镇', '北山区']
ZH_NAMES = ['周启明', '温雅', '柯文静', '陈晓', '林海', '郑国梁', '何明远', '蔡永福', '叶青',
            '方志远', '黄小梅', '许安平']
ZH_DEPTS = ['县农业农村局', '市交通运输局', '区教育局', '县文化和旅游局', '市生态环境局',
            '县卫生健康局', '镇人民政府', '市水利局']
ZH_SECTIONS = ['要闻', '综合新闻', '经济', '社会', '国际新闻', '文化', '县域']
ZH_PAPERS = ['松川日报', '青溪晚报', '河口时报', '云溪日报', '北山报']
ZH_KICKERS = ['春耕备耕进行时', '民生实事面对面', '一线见闻', '聚焦乡村振兴', '新春走基层']

# Topics: headline templates and sentences; {p} place, {d} department
# (Chinese), {o} public body (English, {O} capitalised), {n} name, {a}-{c}
# numbers.
ZH_TOPICS = [
    dict(h=['{p}早稻育秧全面铺开', '{a}万亩秧苗长势喜人'],
         s=['{d}组织农技员下沉田头，指导种粮大户做好育秧管理。',
            '截至{a}月{b}日，全县已落实早稻面积{c}万亩，完成计划的六成以上。',
            '在{p}的集中育秧大棚里，一排排秧盘整齐码放，嫩绿的秧苗已经冒出一寸多高。',
            '种粮大户{n}说，今年用上了叠盘暗出苗，出苗齐、病害少，比往年省心多了。',
            '县里对集中育秧给予每亩{a}元补助，目前已兑现补贴资金{c}万元。',
            '小分队还在各村文化礼堂开设“田头夜校”，已累计培训农户{c}余人次。']),
    dict(h=['{p}老旧小区改造提速', '今年惠及{c}户居民'],
         s=['记者从{d}获悉，今年计划改造老旧小区{a}个，涉及楼栋{c}幢。',
            '改造内容包括外墙保温、雨污分流、加装电梯和增设停车位。',
            '{p}居民{n}告诉记者，楼道灯亮了，路面平了，下雨天再也不用蹚水出门。',
            '施工单位采取分段围挡、错峰作业的办法，尽量减少对居民生活的影响。',
            '据介绍，第一批{b}个小区已于{a}月底完工，其余小区将在年底前交付。']),
    dict(h=['{p}开通城乡公交新线路', '沿线{b}个村实现公交直达'],
         s=['{a}月{b}日起，{d}新开通的城乡公交线路正式运营，全程约{c}公里。',
            '新线路每天发车{a}班，首班车早上六点从汽车站发出。',
            '过去村民进城要走两里山路再转车，如今在家门口就能坐上公交。',
            '{p}村民{n}说，孩子上学、老人看病都方便多了。',
            '运营企业投放了{b}辆新能源客车，车内配有电子报站和监控设备。']),
    dict(h=['{p}举办首届农民丰收节', '特色农产品现场签约{c}万元'],
         s=['{a}日，{p}首届农民丰收节在镇文化广场开幕，吸引游客{c}余人次。',
            '活动现场设置了农产品展销区、农耕体验区和美食品尝区。',
            '来自{b}个村的种植户带来了高山茶叶、土蜂蜜和手工米粉。',
            '{d}负责人{n}表示，丰收节既是展示窗口，也是帮助农户增收的平台。',
            '开幕式上，{b}家企业与合作社签订了购销协议。']),
    dict(h=['{p}中小学开展防溺水教育'],
         s=['暑假临近，{d}在全县中小学开展为期{b}周的防溺水专题教育。',
            '各校通过主题班会、安全演练和致家长一封信等形式，提醒学生远离危险水域。',
            '{p}中心小学校长{n}介绍，学校还邀请消防员进校园，现场演示救援方法。',
            '截至目前，全县已发放宣传资料{c}份，排查危险水域{a}处。']),
    dict(h=['{p}古桥保护修缮工程启动', '预计明年{a}月完工'],
         s=['始建于清代的青石古桥保护修缮工程日前在{p}启动。',
            '古桥全长{a}米，是当地保存最完整的石拱桥之一。',
            '{d}聘请文物专家制定方案，坚持“修旧如旧”的原则，尽量保留原有构件。',
            '施工期间古桥将封闭通行，两岸群众可绕行新建的便桥。',
            '当地老人{n}说，这座桥陪伴了几代人，修好了是件大好事。']),
    dict(h=['{p}推进河道综合整治', '水质连续{b}个月达标'],
         s=['今年以来，{d}累计清理河道淤泥{c}立方米，拆除违章建筑{a}处。',
            '整治后的河道两岸种上了垂柳和花草，成为居民散步休闲的好去处。',
            '{p}设立了{b}名民间河长，每天巡河并记录水质变化。',
            '河长{n}说，以前河水发黑发臭，现在能看到小鱼在水里游。']),
    dict(h=['{p}消费市场持续回暖'],
         s=['节日期间，{p}重点监测的{b}家商贸企业实现销售额{c}万元，同比增长{a}%。',
            '家电、汽车和餐饮消费表现突出，夜间经济带动明显。',
            '{d}发放的消费券共带动消费{c}万元。',
            '商场经理{n}说，客流比去年同期多了两成。']),
]
ZH_BYLINE_INLINE = ['本报讯（记者 {n}）', '本报讯（记者 {n} 通讯员 {m}）', '本报讯',
                    '新华社北京{a}月{b}日电（记者 {n}）', '本报讯 记者{n}报道：']
ZH_CREDITS = ['本报记者 {n} 摄', '新华社记者{n}摄', '{n} 摄', '新华社发']
ZH_CAPTIONS = ['{a}月{b}日，{p}群众在广场上参加健身活动。',
               '图为{p}的果农正在采摘脐橙，今年果园喜获丰收。',
               '{a}月{b}日，游客在{p}的花海中拍照留念。当日，园区迎来赏花高峰。',
               '图为施工人员在{p}的道路工地上铺设沥青。']
ZH_ADS = [['松川农商银行', '存贷款业务咨询热线'], ['青石茶业有限公司', '高山绿茶 诚招代理'],
          ['云溪家电城', '以旧换新 送货上门'], ['河口职业技术学校', '秋季招生']]

EN_PLACES = ['Harborton', 'Shoal Bay', 'Little Gannet', 'Cobb Mill', 'North Pier', 'Elm Falls',
             'Westbrook', 'Pine Hollow']
EN_NAMES = ['Margaret Okafor', 'Sam Reed', 'Teddy Marsh', 'Jolene Marchetti', 'Irene Weatherbee',
            'Daniel Brooks', 'Priya Natarajan', 'Luis Ortega', 'Hannah Lindqvist', 'Owen Pryce']
EN_BODIES = ['the city council', 'the school board', 'the harbor commission',
             'the county planning office', 'the parks department', 'the water authority']
EN_SECTIONS = ['Local', 'Region', 'Business', 'Nation & World', 'Sports', 'Community']
EN_PAPERS = ['The Harborton Ledger', 'The Shoal Bay Courier', 'Westbrook Evening Post',
             'The Elm Falls Herald']
EN_KICKERS = ['CITY HALL', 'SCHOOLS', 'WATERFRONT', 'WEATHER', 'HIGH SCHOOL SPORTS']
EN_TOPICS = [
    dict(h=['{P} votes to rebuild the old ferry landing', 'Work could start by spring'],
         s=['Members of {o} voted {a} to {b} on Tuesday to rebuild the ferry landing at {p}.',
            'The project is expected to cost about ${a}.{b} million, most of it paid by a state grant.',
            '"This landing has been patched for thirty years, and it is time to do it properly," said {n}, who chairs the committee.',
            'Residents who spoke at the meeting mostly supported the plan, though several asked about parking during construction.',
            'Engineers said the existing pilings are badly worn and could not carry a modern ferry.',
            'A public hearing on the design is planned for next month at the library.']),
    dict(h=['Harvest fair draws record crowd to {p}'],
         s=['The annual harvest fair drew an estimated {c} visitors over three days, organizers said Monday.',
            'Gate receipts were about {a} percent above last year, according to fair president {n}.',
            'The oyster shucking contest was won by a local shellfish farmer who opened {b} oysters in two minutes.',
            'The heaviest pumpkin weighed {c} pounds, breaking the fair record.',
            'Organizers said the only real complaint was about the lines at the cider booth.']),
    dict(h=['School board weighs later start times', 'Parents split on proposal'],
         s=['{O} is considering pushing back the high school start time by {b} minutes next fall.',
            'Supporters cite research showing teenagers learn better when they get more sleep.',
            '"We heard from hundreds of families, and there is no easy answer," said {n}.',
            'Bus contractors warned that a later schedule could require {a} additional drivers.',
            'A final vote is expected in December after two more public forums.']),
    dict(h=['Storm knocks out power across {p}'],
         s=['High winds and heavy rain left about {c} customers without power on Sunday night.',
            'Crews worked through the morning to clear fallen trees from {b} roads.',
            'The utility said most service would be restored by Tuesday evening.',
            '{n}, who lives near the harbor, said the wind sounded "like a freight train."',
            'No serious injuries were reported, according to {o}.']),
    dict(h=['{P} bakery marks fifty years on Main Street'],
         s=['When {n} opened a small bakery in {p} in 1974, she sold bread from a single oven.',
            'Today the shop employs {b} people and ships its rye loaves across the state.',
            'Customers lined up before dawn on Saturday for free coffee and anniversary cake.',
            '"Some of our regulars have been coming every morning for decades," the owner said.']),
    dict(h=['Rowing team takes regional title', '{P} crew wins by two lengths'],
         s=['The {p} varsity eight won the regional championship on Saturday, finishing in {a} minutes {b} seconds.',
            'Coach {n} credited a cold winter of early-morning practices on the river.',
            'The team will compete at the national regatta in June for the first time since 2009.',
            'Two seniors on the crew have already committed to row in college.']),
    dict(h=['Library expansion opens to the public'],
         s=['The new wing of the {p} public library opened on Wednesday with a children\'s reading room and {b} study rooms.',
            'The expansion cost ${a}.{b} million and was paid for largely by private donations.',
            'Library director {n} said visits have doubled since the temporary branch closed.',
            'A ribbon cutting drew about {c} people, including several former librarians.']),
    dict(h=['Harbor commission raises mooring fees'],
         s=['Boat owners at {p} will pay {a} percent more for moorings next season under a plan approved Thursday.',
            'The commission said the increase will pay for dredging and new floats.',
            '"Nobody likes a fee increase, but the floats are falling apart," said {n}.',
            'About {c} boats use the public moorings each summer.']),
]
EN_BYLINES = ['By {N}', 'By {n}', 'By {n}, Staff Writer']
EN_DATELINES = ['{P} —', 'SHOAL BAY (AP) —', 'ELM FALLS —']
EN_CREDITS = ['Photo: {n}', '(Photo by {n}/The Ledger)', '{N}/STAFF']
EN_CAPTIONS = ['Volunteers plant trees along the river path in {p} on Saturday morning.',
               'A crane lifts a new float into place at the {p} marina.',
               'Fans cheer as the home team takes the lead in the fourth quarter.']
EN_ADS = [['HARBOR HARDWARE', 'Paint sale all week'], ['Cobb Mill Diner', 'Breakfast served all day'],
          ['WESTBROOK SAVINGS BANK', 'Home loans made simple']]

# -- pieces for the style families (pagegen.py) -------------------------
# Names are made of a surname and a given name, so bylines vary.
ZH_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
ZH_GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏宇浩凯晨欣怡子涵雨轩梓铭思远海峰立新志宏春燕雪梅小龙晓东国庆永胜家豪佳琪俊杰婷'
EN_FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elena', 'Frank', 'Grace', 'Henry', 'Isabel', 'James',
            'Karen', 'Leo', 'Maria', 'Nathan', 'Olivia', 'Paul', 'Rosa', 'Simon', 'Tara', 'Victor',
            'Wendy', 'Yusuf', 'Zoe', 'Amir', 'Beatrice', 'Colin', 'Diane', 'Emeka']
EN_LAST = ['Anderson', 'Baker', 'Castillo', 'Dawson', 'Ellison', 'Fischer', 'Garcia', 'Hughes',
           'Iverson', 'Jensen', 'Kowalski', 'Lambert', 'Morales', 'Nguyen', 'Osei', 'Patel',
           'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Underwood', 'Vasquez', 'Whitaker', 'Young']
EN_TITLES = ['Staff Writer', 'Associated Press', 'AP Business Writer', 'AP Sports Writer',
             'Special to the Ledger', 'Correspondent', 'Senior Reporter']
EN_BYLINE_SUFFIXES = [', dpa', ', Associated Press', ', Reuters']
EN_AGENCIES = ['(AP)', '(Reuters)', '(dpa)', '']
EN_CITIES = ['HARBORTON', 'NEW YORK', 'CHICAGO', 'LONDON', 'BERLIN', 'MUNICH', 'ATLANTA', 'TORONTO']
ZH_CITIES = ['北京', '上海', '广州', '杭州', '成都', '武汉', '南京', '西安']
ZH_KICKERS2 = ['一线调查', '记者手记', '热点关注', '深度报道', '今日关注', '专家解读', '基层传真']
EN_KICKERS2 = ['TECHNOLOGY', 'ANALYSIS', 'ON THE RECORD', 'SPECIAL REPORT', 'INSIDE', 'COMMENTARY']
ZH_PRICES = ['零售价：1.50元', '每份1.00元', '定价：每份2元', '本期八版　零售价2元']
EN_PRICES = ['$1.50', 'Price: $2.00', '$1.00 · Daily', 'Newsstand $2.50']
ZH_ISSUES = ['第{c}期', '今日{a}版', '国内统一连续出版物号 CN{b}-00{a}']
EN_ISSUES = ['Vol. {a}, No. {c}', 'Issue {c}', 'Founded 18{b}']
ZH_EDITORS = ['责任编辑：{n}', '责任编辑：{n}　美术编辑：{m}', '本版编辑：{n}', '编辑：{n}　校对：{m}']
EN_EDITORS = ['Editor: {n}', 'Page editor: {n}', 'Edited by {n}', 'Design: {n} · Editor: {m}']
ZH_ADS2 = [['诚聘英才', '待遇从优　欢迎加盟'], ['新店开业', '全场八折　欢迎光临'],
           ['旧房装修', '免费上门设计'], ['驾校招生', '随到随学　包教包会']]
EN_ADS2 = [['GRAND OPENING', 'Everything 20% off this weekend'], ['NOW HIRING', 'Drivers and cooks'],
           ['CITY FLOORING', 'Free estimates'], ['HARBOR DENTAL', 'New patients welcome']]
