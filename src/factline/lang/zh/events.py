"""Chinese: how Chinese-language news reports personnel moves, releases, meetings, deaths, quotes."""

from __future__ import annotations

from factline.lang.event_lexicon import Lexicon, RoleWord
from factline.lang.event_lexicon import TriggerRule as T
from factline.text.script import HAN

_LE = "(?:了)?"  # aspect particle between a verb and its object

TRIGGERS = (
    # Leaving: resigning (辞/离职), leaving an org (退出), being dismissed or suspended.
    T(f"(?:递交|提交|提出|呈交|宣布|官宣){_LE}(?:辞职|辞呈|离职申请|离职)", "departure", "leave", "resign", confirmed=True),
    T("官宣离职|宣布离任|宣布卸任", "departure", "leave", "resign", confirmed=True),
    T("发文告别|发帖告别|发推告别|挥手告别", "departure", "leave", "exit", confirmed=True),
    # A bio changed to "前X" / "former ... at X" announces a departure from X.
    T(r"(?:个人)?(?:简介|签名|资料|主页)中?(?:更新|修改|改)为(?=[“\"「]?(?:前|原|former|ex|pre))", "departure", "leave", "exit"),
    T("引咎辞职|辞职|辞去|辞任|请辞|卸任|离任|挂冠而去|辞呈", "departure", "leave", "resign"),
    # 离职 is leaving a job, by one's own choice or not: it tells no manner.
    T("离职", "departure", "leave", "leave_job"),
    T("出走|离队|退团|脱离|跳槽", "departure", "leave", "exit"),
    T("退伍", "departure", "leave", "exit", not_after="老兵|军人|士兵|安置|费"),
    T("退出", "departure", "leave", "exit", needs="org_or_end"),
    T("退役|退休|荣休", "departure", "leave", "retire"),
    T("离开|离去|作别|告别", "departure", "leave", "exit", needs="org"),
    T(f"解雇|开除|辞退|免职|免去|撤职|罢免|革职|解职|双开|炒鱿鱼|逼走|被迫辞职|被迫离职|被迫下台|(?:撤销|解除){_LE}(?=[^，。,；;]{{0,12}}职务)|裁掉",
      "departure", "dismiss", "fired"),
    T("停职|被停职|暂停职务", "departure", "leave", "suspended"),
    T("解约|解除合同|解除合约|终止合同", "departure", "leave", "terminate"),
    # Joining.
    T("加盟|入职|投奔|转投|改投|入主|跳槽至|跳槽到", "join", "join", "join"),
    T("转会", "join", "join", "join", not_after="费|期|窗|市场|传闻|流言|名单"),
    T("加入|回归|重回|重返|去了|去往|前往|来到|落户|返回", "join", "join", "join", needs="org"),
    T("签约|签下", "join", "hire", "hire", needs="party"),
    # Founding a company is joining it from its first day (2013年创立X); 创办人 and 创立于 are
    # the founder and the company's own date.
    T("联合创立|联合创办|创立|创办|创建", "join", "join", "found", needs="org", not_after="人|者|于|之初|以来|时"),
    T("挖来|挖走|挖角|挖到|挖了|引入|引进|招募|招揽|聘请|聘任|请来|延揽|招入|收入麾下",
      "join", "hire", "hire", needs="person"),
    # Talks to hire: "与X接洽", "正与X洽谈".
    T("接洽|洽谈|商谈|谈判", "join", "hire", "hire", needs="person"),
    # Taking a post.
    T("出任|接任|升任|就任|继任|接棒|执掌|履新|上任|获任命|被任命为|任命|晋升为|晋升|提拔为|提拔|担纲",
      "appointment", "appoint", "appoint", needs="role"),
    # Statements that use release verbs come first: 发布长文 is a post, not a product; so are a
    # notice, a police report, a letter (发布警情通报, 发布了一封公开信, 发布《关于……的声明》; DuEE).
    T(f"发布{_LE}(?:一[条封份则篇段])?(?:长文|推文|文章|声明|公告|微博|帖子|视频|动态|内部信|全员信|通知|回应|致歉信|"
      "通报|警情通报|通告|短文|道歉|公开信|关注函|说明|召回公告|处罚公告|《关于)",
      "statement", "speech", "post"),
    # A document with its title: a rule, a report, a list (发布《市政公用事业特许经营管理办法》, 发布的报告
    # 《…》, 发布2021年度绿色制造名单; zhwce) is told, not released.
    T(f"发布{_LE}(?:的)?(?:[^，。；《》]{{0,12}}?(?:报告|名单|白皮书))?《[^》]{{1,40}}"
      "(?:办法|规定|报告|名单|通知|意见|规范|条例|方案|公告|白皮书|指南|标准|规划|决定|纲要|细则|目录)》|"
      f"发布{_LE}[^，。；《》]{{0,12}}?(?:名单|白皮书|报告)",
      "statement", "speech", "post"),
    T("发推文|发推特|发推|发文|发帖|发微博|发朋友圈|发声明|发邮件|发内部信|发全员信|发表|留言|写道|撰文|致信|通报",
      "statement", "speech", "post"),
    T("表示|(?<![据被堪号人简俗自名])称(?![为作之号赞霸职心])|声称|(?<![据听所来再小游以是话传解])说(?![明服法是成完起])|"
      "指出|强调|坦言|直言|回应|表态|答复|回复|证实|否认|澄清|透露|解释|提到|宣称|承认|谈到|介绍|宣布|公布|质疑",
      "statement", "speech", "say"),
    # What was said, told as a noun: "X的声明", "X的讲话".
    T("声明|讲话|言论", "statement", "speech", "say", nominal=True, needs="person"),
    T("发布会", "release", "release", "launch_event", nominal=True, needs="object"),
    # 上市 of a product is its launch to market, of a company its listing: a release only with a
    # product in its clause ("沃尔沃XC40纯电车型上市"; DuEE's 产品行为-发布 reads it so 21 times).
    T("上市|发售|开售", "release", "release", "release", needs="product"),
    T("发布|推出|开源|上线|首发|面世|问世|亮相", "release", "release", "release", needs="object",
      # 发布日期/发布时间: a page's publication date (zhwce's tables, every Chinese site's byline)
      not_after="模型|策略|社区|生态|项目|数据库|路线|愿景|商业|与|和|界|领域|软件|协议|许可|精神|运动|方面|赛道|路径|战略|阵营|"
                "日期|时间"),
    # Gatherings.
    # 会谈: talks between named parties ("我同克林顿总统举行了会谈", MSRA; "与普京会谈", zhwce).
    T(f"召开{_LE}|开会|齐聚|会面|会晤|会见|会谈|谈话|面谈|聚首|碰头|座谈|召集{_LE}|举行{_LE}.{{0,8}}(?:会议|大会|峰会)|"
      "研讨会|记者会",
      "meeting", "meeting", "meeting"),
    # A company's own bodies: with no one named, the meeting is the company's (the article's).
    T("(?:临时|年度)?股东(?:大)?会", "meeting", "meeting", "general_meeting"),
    # A board's meeting is its company's: "董事会特别会议", "董事会将于本周内召开紧急会议".
    T(f"董事会(?:特别|紧急|临时)?会议|董事会[^，。；]{{0,10}}召开{_LE}(?:特别|紧急|临时)?会议", "meeting", "meeting", "board"),
    # Deaths.
    T("去世|逝世|病逝|离世|辞世|过世|身亡|遇难|丧生|猝死|遇害|与世长辞|撒手人寰|因公牺牲|壮烈牺牲|英勇牺牲|光荣牺牲|"
      "不幸牺牲", "death", "death", "death"),
    # 死亡 is a noun as often ("死亡人数", "死亡原因"), left out before such nouns (DuEE's
    # 人生-死亡 reads it most often: "事故导致机上2人死亡"); a death names the one who died.
    T("死亡", "death", "death", "death",
      not_after="人数|率|事故|病例|原因|证明|名单|时间|之谜|威胁|笔记|阴影|案|事件|游戏|赔偿|报告|风险|数字"),
    # Organisation changes.
    T("裁员|裁减|减员|大裁员|优化人员", "reorganization", "reorg", "layoff"),
    T("被裁(?!判|定|决|掉|撤)", "departure", "leave", "layoff"),
    T("解散", "reorganization", "reorg", "dissolve"),
    T("拆分|分拆|重构|重组|改组|架构调整|组织调整|撤并", "reorganization", "reorg", "restructure"),
    T("合并|合併", "reorganization", "reorg", "merge"),
    T("调整|整合|变动|变革", "reorganization", "reorg", "change", needs="structure"),
    # Money.
    T("天价薪酬|巨额薪酬|年薪|薪酬包|薪酬|薪资|薪水|待遇|股权激励|报酬", "compensation", "pay", "pay"),
    T("遣散费|离职补偿|补偿金|赔偿金", "compensation", "pay", "severance"),
    # 融资券 (short-term bills) and 融资融券 (margin trading) raise no company's money.
    T(f"完成{_LE}.{{0,8}}融资|融资|获投|募资|筹集{_LE}|获得{_LE}.{{0,12}}投资|获{_LE}.{{0,8}}投资",
      "funding", "fund", "funding", not_after="券|融券"),
    # A listing (DuEE 财经/交易-上市); bare 上市 is left out: DuEE reads it mostly as a product
    # coming on sale (新车正式上市).
    # Money put into a company by another party: 腾讯投资了X, 向X投资10亿元, 京东领投X (X raises
    # it); "由X领投" names only the investor of a round another word tells (DuEE).
    T("投资|领投|跟投", "funding", "fund", "invest", needs="investee",
      not_after="者|人|方|银行|机构|基金|回报|收益|价值|组合|策略|风险|领域|规模|热|圈|界|公司|部|总监|经理|顾问|计划|项目"),
    T("首次公开募股|首次公开发行|IPO", "funding", "fund", "ipo", nominal=True),
    # 定向增发: new shares a company sells to raise money; 增资, 注资: capital put into a
    # company by another (向X增资): only with the company named is it known who raises it.
    T("定向增发|定增|非公开发行股票|向特定对象发行股票", "funding", "fund", "capital", needs="money"),
    # 募集资金 is money anyone raises (a committee, a charity): only a company named or meant
    T("募集资金", "funding", "fund", "funding", needs="money"),
    T("增资|注资", "funding", "fund", "invest", needs="investee"),
    # 借出或承诺的钱: "提供28亿美元贷款", "承诺出资5亿美元"
    T("贷款|借款|授信", "funding", "fund", "loan", nominal=True, needs="money"),
    T("承诺出资|承诺提供|认捐", "funding", "fund", "pledge", needs="money"),
    T("全资收购|收购|并购|买下|入股", "acquisition", "acquire", "acquisition"),
    T("出售给|转让给|卖给", "acquisition", "acquire", "sale"),
    # Reporting lines: 向X汇报, 直报X.
    T("汇报|直报|报告给", "other", "report", "reports_to"),
    # Succession: the one taking over stands before the verb, the one replaced after it.
    T("取代|顶替", "appointment", "appoint", "succeed", needs="role"),
    # "由副主席X接替": taking over from someone needs no post named after it.
    T("接替", "appointment", "appoint", "succeed"),
    T("当选|被选为|获选为|获选|被选中|选定", "appointment", "appoint", "appoint", needs="role"),
    # Standing in for the holder: "由X临时代理首席财务官一职". Not a title before a name
    # ("代理市长桑德拉·昆特拉"): the post is named as a post (一职, 职务).
    T("(?:临时|暂时)?代理(?=[^，。,；;]{1,10}?(?:一职|职务|职位))", "appointment", "appoint", "appoint", needs="role"),
    # Electing someone to a post, as a board does: "董事会选举X为董事长"; never 选举 the noun
    # ("总统选举"), which no one-then-为 follows.
    T("选举|推选|推举", "appointment", "appoint", "appoint", needs="appointed_as_post"),
    # Becoming what a post names ("1998年成为主教", as "became CEO", "se convirtió en", "tornou-se").
    T("成为", "appointment", "appoint", "appoint", needs="role_object"),
    # Holding a post from a time written right before it ("于2018年担任", "2025年1月兼任") is
    # taking it up then; 担任 with no time is a post held, which the roles read.
    T("(?<=[年月日])(?:开始|起)?(?:担任|兼任)|兼任", "appointment", "appoint", "appoint", needs="role"),
    # 自某年以来/起担任: a post held since a year tells when it was taken up.
    T("(?<=年)(?:以来|起)", "appointment", "tenure", "since"),
    # 自某事(某年)以来担任: since an event told with its year ("自两家公司2021年合并以来，X一直担任…").
    T("以来", "appointment", "tenure", "since", needs="since_event"),
)

ROLES = (
    # Taiwan and Hong Kong write 执行长, 营运长, 财务长, 技术长, 行政总裁 (read in Simplified).
    RoleWord("首席执行官|首席执行长|执行长|CEO|行政总裁", "CEO"),
    RoleWord("首席技术官|技术长|CTO", "CTO"),
    RoleWord("首席财务官|财务总监|财务长|CFO", "CFO"),
    RoleWord("首席运营官|营运长|COO", "COO"),
    RoleWord("首席人才官", "chief people officer"),
    RoleWord("首席人力资源官|CHO|CPO", "chief people officer"),
    RoleWord("首席(?:AI|人工智能)科学家", "chief AI scientist"),
    RoleWord("首席科学家", "chief scientist"),
    RoleWord("首席产品官", "chief product officer"),
    RoleWord("首席架构师", "chief architect"),
    RoleWord(f"首席[{HAN}]{{1,4}}官", "chief officer"),
    RoleWord("董事长|董事会主席", "chairman"),
    RoleWord("副董事长", "vice chairman"),
    RoleWord("高级副总裁|资深副总裁", "senior vice president"),
    RoleWord("副总裁", "vice president"),
    RoleWord("总裁", "president"),
    RoleWord("总统", "president"),
    # zhwce: 市长 4 times, 州长 2
    RoleWord("州长|省长", "governor"),
    RoleWord("市长", "mayor"),
    # zhwce: 法官 6 times, 大使 1
    RoleWord("大使", "ambassador"),
    RoleWord("总领事|领事", "consul"),
    RoleWord("首席策展人|策展人", "curator"),
    RoleWord("法官", "judge"),
    RoleWord("律师", "lawyer"),
    RoleWord("总理|首相", "prime minister"),
    RoleWord("部长", "minister"),
    RoleWord("参议员", "senator"),
    RoleWord("老板|班主|东主", "owner"),
    RoleWord("教宗|教皇", "pope"),
    RoleWord("枢机主教|枢机|红衣主教", "cardinal"),
    RoleWord("大主教|主教", "bishop"),
    RoleWord("球员|球星|前锋|中场|后卫|门将", "player"),
    RoleWord("经纪人", "agent"),
    RoleWord("特约记者|记者", "reporter"),
    RoleWord("责任编辑|编辑", "editor"),
    # A company's chief lawyer: ResumeNER's titles 总法律顾问 (6), 法律顾问 (4).
    RoleWord("首席法务官|总法律顾问|法律总顾问|法律顾问|总顾问", "general counsel"),
    RoleWord("副总经理", "deputy general manager"),
    RoleWord("总经理", "general manager"),
    RoleWord("总监", "director"),
    RoleWord("联合创始人", "co-founder"),
    RoleWord("创始人|创办人", "founder"),
    RoleWord("大股东|股东", "shareholder"),
    RoleWord("合伙人", "partner"),
    RoleWord("技术负责人|技术带头人|技术主管|技术总监", "technical lead"),
    RoleWord("负责人|主管|一号位|掌门人|带头人|领导者|主理人", "head"),
    RoleWord("研究科学家", "research scientist"),
    RoleWord("科学家", "scientist"),
    RoleWord("高级研究员", "senior researcher"),
    RoleWord("研究员", "researcher"),
    RoleWord("工程师", "engineer"),
    RoleWord("核心贡献者|主要贡献者|核心开发者", "core contributor"),
    RoleWord("核心成员", "core member"),
    RoleWord("技术高管|高管", "executive"),
    RoleWord("董事会成员|董事", "board member"),
    RoleWord("院长|所长|主任|馆长", "director"),
    # Heads of public bodies, schools, banks and associations: ResumeNER's titles 书记 (317),
    # 处长 (138), 科长 (111), 会长 (85), 局长 (43), 行长 (31), 秘书长 (27), 校长 (13).
    RoleWord("党委书记|书记", "party secretary"),
    RoleWord("秘书长", "secretary-general"),
    RoleWord("国务秘书", "secretary of state"),  # "数字化与人工智能国务秘书", "能源国务秘书"
    RoleWord("执行秘书|常务秘书|秘书", "secretary"),
    RoleWord("局长|处长|科长|厅长|署长", "director"),
    RoleWord("会长|行长|校长", "president"),
    # The head of a Japanese or Korean company (MSRA test: 社长 4; DuEE: J社社长).
    RoleWord("社长", "president"),
    RoleWord("团长|队长", "head"),
    # A state's head is its president (MSRA test: 国家主席 8 times), a party's or body's 主席 its chair.
    RoleWord("国家主席", "president"),
    RoleWord("主席", "chairman"),
    RoleWord("助理教练|助教", "assistant coach"),
    RoleWord("主帅|主教练|教练", "coach"),
    RoleWord("发言人", "spokesperson"),
    RoleWord("分析师", "analyst"),
)

DOMAINS = (
    ("后训练", "post-training"), ("预训练", "pre-training"), ("研究", "research"), ("产品", "product"),
    ("工程", "engineering"), ("算法", "algorithms"), ("多模态", "multimodal"), ("强化学习", "reinforcement learning"),
    ("基础设施|Infra", "infrastructure"), ("数据", "data"), ("安全", "safety"), ("训练", "training"),
)

LEXICON = Lexicon(
    lang="zh",
    cjk=True,
    triggers=TRIGGERS,
    roles=ROLES,
    domains=DOMAINS,
    rumor="网传|据传|传闻|传言|据说|听说|风传|盛传|外传|坊间|爆料|被爆|被曝|曝出|爆出|小道消息|有消息称|消息人士",
    unnamed_sources="知情人士|消息人士|据知情",
    speculation="推测|猜测|笔者认为|笔者猜|可能|或许|也许|或将|恐将|疑似|大概率|预计|估计|猜想|似乎|不排除",
    denial="否认|辟谣|驳斥|澄清",
    negation="未|没有|没|并未|尚未|从未|不会|并没有|并非|不曾",
    confirmation="官宣|正式|证实|确认|官方|宣布|确定",
    cancellation="取消|放弃|叫停",
    intention="希望|期待|期望|盼望|计划|打算",
    attribution=(
        r"据[^，,。；;：:]{0,24}?(?:报道|消息|透露|披露|援引|获悉|了解|介绍|独家披露|称|表示)",
        r"据悉",
        r"[^，,。；;：:据]{2,24}?(?:的)?(?:报道|消息|报导|文章)(?:中)?(?:也|则|更是|还)?(?:提到|显示|称|指出|披露|写道)",
        r"[^，,。；;：:据]{2,24}?(?:独家)?(?:披露|报道)(?:的)?(?:细节|内容|信息)?(?:显示|称|指出)",
        r"接近[^，,。；;：:]{1,16}?的?人士(?:透露|表示|称)",
        r"(?:知情|消息)人士(?:透露|表示|称)",
    ),
    blocked_before="批准|同意|接受|挽留|劝退|阻止|劝阻|拒绝",
    generic_after="潮|率|背后|原因|风波|事件|一事|消息|传闻|细节|文|信|协议|手续|流程",
    relative_marker="的",
    report_nouns="报道|报导|消息|文章|公告|报告|新闻",
    pronouns="他(?!们|的)|她(?!们|的)",
    possessives="他的|她的|其",
    org_possessives="其",
    masculine_pronouns=r"他|他的",
    feminine_pronouns=r"她|她的",
    # a newspaper is described so too ("收购葡萄牙全国性报章《大西洋日报》")
    org_description=rf"[{HAN}]{{0,10}}?(?:公司|企业|集团|制造商|厂商|报章|报纸|报社|媒体)",
    # DuEE dev's 组织关系-裁员 counts: 7 of 9 are "N人" right after the word ("裁员900余人", "裁员 70 人")
    layoff_count=r"\s*(?:约|近|超过|逾|至少)?\s*(?P<n>\d[\d,]*)\s*(?P<more>余|多)?\s*名?人",
    concessive="尽管|虽然|虽说",
    continuation=r"(?:于|在|也|还|已|已经|随后|后来|之后|然后|并|又|再|便|就|正式|最终|同时|亦|都|即|旋即|紧接着|紧随其后|突然|当天|次日|而|却|则|宣布|刚刚|刚|此前|之前|近日|日前|首次|曾经|曾|接连|先后|\s)*",
    companions="连同|以及|伴随|一同|一起",
    inclusion="包括|包含",
    coordinators=r"、|和|与|及|以及|\s",
    conjunctions=r"和|与|及|以及",
    genitive=r"",
    locative=r"在|于",
    team_words=r"团队|实验室|小组|部门",
    product_nouns=r"",
    bare_end=r"[了\s]*(?:$|[，,。；;！!？?、）)”])",
    origin_marker="从|自|由",
    investee_marker="向|对",
    agent_marker="被|遭",
    oblique_before="向|对|给|让|把|找|为|替|跟|被|由于|因|带领|送别|挽留|在",
    report_target="向",
    sequence="后续|随后|后来|之后|此后|其后|接着|然后",
    org_structure="组织|架构|团队|部门|人事|阵型|业务线|分工|管理",
    merged_into="(?:(?<=合并)|(?<=合併))(?:而)?(?:成立|组建|组成|为|成)(?:了)?",
    job_nouns="职务|职位|岗位|一职",
    # Nouns for a person not named: "签下前锋X", "引入多名研究员".
    person_nouns="球员|选手|球星|演员|歌手|艺人|明星|教练|主帅|高管|员工|工程师|研究员|科学家|专家|前锋|中锋|后卫|门将|"
                 "外援|新秀|状元秀|人才|大将|主播|记者|主持人|球王",
    # An organisation named by what it is, when the name detector has not caught it.
    org_noun_after=rf"[了到至入]?[{HAN}A-Za-z0-9·]{{0,10}}?(?:队|战队|团|社|公司|集团|俱乐部|组合|党|联盟|实验室|团队|"
                   rf"大学|学院|银行|委员会|董事会|研究院|事务所|中心|平台|电视台|工作室|乐队|军)(?![{HAN}]{{0,1}}(?:员|长|赛))",
    role_status={
        r"(?<![之以此目提])前|原|时任|曾任|昔日": "former",
        r"现任|现|目前|当前": "current",
        r"新任|候任|即将上任的|刚刚上任的": "new",
    },
    role_predicates={
        r"(?:曾经?|此前|以前|原先|过去)(?:在.{0,12})?(?:担任|任职|出任|是)": "former",
        r"(?:辞任|辞去|卸任|离任|不再担任)": "former",
        r"(?:出任|接任|升任|就任|继任|接棒|执掌|被任命为|获任命为|任命为|晋升为|提拔为|成为|当选为|当选)": "new",
        r"(?:担任|任职于?|现任|作为|身为|是)": "current",
    },
    role_verbs={
        r"联合创立|联合创办|创立|创办|创建": "founder",
        r"领导|带领|执掌|掌舵": "head",
    },
    anaphoric_days=r"次日|翌日|当天|当日|同日|同一天|前一天|第二天|隔天|当晚|次晨",
    unnamed_subject_after=r"多人|数人|多名|\d+人|几人|一批|数位|多位",
    # "2012年以来" is where a span starts (as "since" in English), no date of another move.
    time_bound_after=r"之后|以后|之前|以前|以来|后|前",
    reference_point=r"(?:在|于|自从|就在)",
    year_span_joiner=r"至|到",
    same_day=r"(?:在|于)(?P<event>[^，,。；;]{2,30})的?(?:同一天|同日|当天|当日)",
    at_publication="截至发稿|截止发稿|截至目前|截止目前|截至记者发稿|发稿时",
    as_of="截至|截止|截止到|截至到|到",
    future="将|即将|将要|拟|或将|有望|洽谈|接洽",
    appointing_verbs="任命|提拔|委任|选举|推选|推举",
    as_post="为|為|担任|擔任",
    respectively="分别|分別",
    split_into="(?:(?<=拆分)|(?<=分拆))(?:成|为)",
    announcing="宣布|官宣|公布|确认|证实|发布|披露",
    figure_keys=(
        ("股价|美股|港股|存托凭证|ADR", "share_price"),
        ("市值", "valuation"),
        ("身家|个人财富|财富|净资产", "net_worth"),
        # "造成19人死亡" (DuEE's 人生-死亡 writes tolls so)
        ("人死亡|人遇难|人罹难|人丧生|人身亡|名死者|人不幸遇难", "deaths"),
        ("万人|名信众|名信徒|名球迷|名观众|民众|信众|球迷|观众", "people"),
        ("下载量|下载次数|次下载|下载", "downloads"),
        ("衍生模型数?|衍生模型数量", "derivative_models"),
        ("点赞数?|个赞|次点赞", "likes"),
        ("浏览量|阅读量|播放量|观看量|次浏览|次观看|次播放|阅读", "views"),
        ("评论数?|条评论", "comments"),
        ("转发量?|次转发", "reposts"),
        ("年薪|月薪|薪酬|薪资|工资|薪水|待遇", "salary"),
        ("估值", "valuation"),
        ("融资|募资", "funding"),
        ("补贴|税收优惠|财政支持|补助|资助", "aid"),
        ("营收|收入|营业额|销售额", "revenue"),
        ("资产", "assets"),
        ("债务|负债", "debt"),
        ("净利润|利润", "profit"),
        ("净亏损|亏损|损失", "loss"),
        ("罚款|罚金|被罚", "fine"),
        ("合同|合约", "contract"),
        ("耗资|成本|造价", "cost"),
        ("名员工|员工|人的团队|人团队|人规模", "headcount"),
        ("个工作岗位|个岗位|个职位|工作岗位|岗位", "jobs"),
        ("名研究员|位研究员|研究员|名研究人员|研究人员|研发人员|研究团队|研发团队|科研团队", "researchers"),
        ("日活|DAU", "daily_active_users"),
        ("月活|MAU", "monthly_active_users"),
        ("用户数?|用户量", "users"),
        ("名客户|位客户|客户", "users"),
        ("名乘客|位乘客|乘客", "passengers"),
        ("人受伤|名伤者|伤者|人受轻伤|人受重伤", "injured"),
        ("参数量|参数", "parameters"),
        ("股份|股权|持股", "stake"),
        ("开发者", "developers"),
        ("星标|Star", "github_stars"),
    ),
    place_prepositions=r"在|于",
    # three stories: a consul "抵达澳门，与电影节方面…会面", a chairman "抵达马德里，将于明天与部长…会谈",
    # a chief executive "飞抵上海，与…举行了闭门会谈"
    arrival=r"飞抵|抵达|到达",
    holding="持有|持股|拥有",
    toll_nouns="(?:死亡|遇难|罹难)人数",
    signing="签署|签订",
    acting="临时|代理|暂代|署理",
    mutual_agreement=r"协商一致|双方协商|友好协商",
    at_meeting=r"在(?:会谈|会见|会晤|会议|致辞|签约仪式|签署仪式|仪式)(?:中|时|后|上)|(?:会谈|会见|会晤|会议)(?:结束)?后",
    sold_parts="股权|股份|%|％|资产|业务|子公司|公司|品牌|控制权",
    held_by="(?:的)?(?:股权|股份)?由",
    holder_of_share="所持",
    market_share="市场|份额|选票",
    company_nouns=r"该公司|该集团|这家公司|公司方面|该行|该校",
    decrease="下跌|下挫|暴跌|大跌|重挫|蒸发|损失|缩水|减少|跌去|下滑|回落|跌",
    range_joiner="降至|跌至|跌到|至|到",
    multiple="倍",
    scales=(
        ("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("十亿", 1e9), ("亿", 1e8), ("千万", 1e7),
        ("百万", 1e6), ("十万", 1e5), ("万", 1e4), ("千", 1e3), ("百", 1e2),
    ),
    # 高达/达到 ("reaching") state the level itself, so they are no qualifier.
    more_than="超过|超|突破|逾|多于|至少|不少于",
    less_than="不到|不足|少于|低于|未满",
    about="约|大约|近|接近|将近",
    qualifiers_after=(("以上|余|多", "more_than"), ("以下", "less_than"), ("左右|上下", "about")),
    currencies=(
        (r"美元|美金|\$|US\$|USD", "USD"), (r"元|人民币|RMB|CNY|¥", "CNY"), (r"港元|港币|HK\$", "HKD"),
        (r"欧元|€", "EUR"), (r"英镑|£", "GBP"), (r"日元", "JPY"),
        (r"瑞士法郎", "CHF"), (r"卢比", "INR"), (r"卢布", "RUB"), (r"韩元", "KRW"),
        (r"(?:墨西哥|哥伦比亚|阿根廷|智利|乌拉圭)?比索", "PESO"), (r"(?:巴西)?雷亚尔", "BRL"),
    ),
)
