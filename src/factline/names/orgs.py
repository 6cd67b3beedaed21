"""Well-known organisations, products and countries/cities in zh/en/es/pt forms, and what an org name looks like.

The gazetteer is general knowledge (large companies, labs, universities, agencies,
news outlets, widely used products); a story's own people never belong here.
`find_known_names(text)` finds its forms in any text; `canonical_name` maps a form to
one Latin display name so the linker can join 阿里云 and Alibaba Cloud.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from factline.lang.alternation import Alternation, compile_alternation
from factline.names.span import NameSpan
from factline.text.script import has_han

# type | canonical | other forms.  A form starting with "~" is weak: also an everyday
# word (苹果 apple, 字节 byte), accepted only where the context says company.
_GAZETTEER = """
org|Alibaba|阿里巴巴|阿里巴巴集团|阿里|Alibaba Group|阿里集团|Grupo Alibaba
org|Alibaba Cloud|阿里云|Aliyun|阿里云智能
org|Tongyi Lab|通义实验室|Tongyi Laboratory
org|DAMO Academy|达摩院|阿里达摩院|Academia DAMO
org|Ant Group|蚂蚁集团|蚂蚁金服|Ant Financial|~蚂蚁
org|Taobao|淘宝|淘宝网
org|Tmall|天猫
org|Tencent|腾讯|腾讯公司|Tencent Holdings|腾讯控股
org|ByteDance|字节跳动|~字节|Bytedance
org|Baidu|百度|百度公司
org|Huawei|华为|华为公司|华为技术
org|Xiaomi|~小米|小米集团|小米公司
org|JD.com|京东|京东集团
org|Meituan|美团
org|Pinduoduo|拼多多|PDD Holdings
org|NetEase|网易
org|Sohu|搜狐
org|Sina|新浪
org|Kuaishou|~快手
org|Lenovo|~联想|联想集团
org|ZTE|中兴|中兴通讯
org|SMIC|中芯国际
org|BYD|比亚迪
org|CATL|宁德时代
org|DJI|大疆|大疆创新
org|iFlytek|科大讯飞|讯飞
org|SenseTime|商汤|商汤科技
org|Megvii|旷视|旷视科技
org|Moonshot AI|月之暗面|Moonshot
org|Zhipu AI|智谱|智谱AI|智谱华章|Zhipu
org|MiniMax|稀宇科技
org|StepFun|阶跃星辰
org|Baichuan|百川智能
org|01.AI|零一万物
org|DeepSeek|深度求索|DeepSeek AI
org|Unitree|宇树科技|宇树
org|Google|谷歌|Google LLC|谷歌公司
org|Google DeepMind|DeepMind|谷歌DeepMind|谷歌深度思维
org|Alphabet|Alphabet Inc.
org|Meta|Meta Platforms|Meta公司|脸书|Facebook
org|Apple|~苹果|苹果公司|Apple Inc.
org|Microsoft|微软|微软公司
org|Amazon|亚马逊|Amazon.com
org|Amazon Web Services|AWS|亚马逊云科技
org|Nvidia|英伟达|NVIDIA|辉达
org|AMD|超威半导体
org|Intel|英特尔
org|Qualcomm|高通
org|TSMC|台积电|台湾积体电路制造
org|Samsung|三星|三星电子|Samsung Electronics
org|Sony|索尼
org|IBM|国际商业机器
org|Oracle|甲骨文
org|Salesforce|赛富时
org|Tesla|特斯拉
org|SpaceX|太空探索技术公司
org|xAI|xAI公司
org|Neuralink|脑机接口公司Neuralink
org|X Corp.|X公司
org|Twitter|推特
org|OpenAI|Open AI|OpenAI公司
org|Anthropic|Anthropic公司
org|Mistral AI|Mistral
org|Hugging Face|HuggingFace
org|Scale AI
org|Stability AI
org|Perplexity AI|Perplexity
org|Lepton AI
org|Uber|优步
org|Airbnb|爱彼迎
org|Netflix|奈飞|网飞
org|SoftBank|软银|软银集团
org|Sequoia Capital|红杉资本|红杉中国
org|Goldman Sachs|高盛
org|Morgan Stanley|摩根士丹利|大摩
org|JPMorgan|摩根大通|JPMorgan Chase|J.P. Morgan
org|BlackRock|贝莱德
org|Berkshire Hathaway|伯克希尔·哈撒韦|伯克希尔
org|Volkswagen|大众汽车|Grupo Volkswagen
org|Toyota|丰田|丰田汽车
org|Petrobras|巴西国家石油公司|巴西石油
org|Vale S.A.|~Vale|淡水河谷
org|Itaú Unibanco|Itaú|伊塔乌
org|Banco do Brasil|巴西银行
org|Bradesco|布拉德斯科银行
org|Embraer|巴西航空工业公司
org|Nubank|Nu Holdings
org|Mercado Libre|Mercado Livre|美客多
org|Telefónica|西班牙电信|Telefonica
org|Banco Santander|桑坦德银行
org|BBVA|西班牙对外银行
org|Iberdrola|伊维尔德罗拉
org|Inditex|印地纺
org|Repsol|雷普索尔
org|Pemex|墨西哥国家石油公司
org|América Movil|América Móvil|美洲电信
org|Stanford University|斯坦福大学|Universidad de Stanford|Universidade Stanford|Stanford
org|Massachusetts Institute of Technology|麻省理工学院|MIT|麻省理工
org|Harvard University|哈佛大学|Universidad de Harvard|Universidade Harvard|Harvard
org|University of Oxford|牛津大学|Universidad de Oxford|Oxford University
org|University of Cambridge|剑桥大学|Cambridge University
org|Carnegie Mellon University|卡内基梅隆大学|CMU
org|University of California, Berkeley|加州大学伯克利分校|UC Berkeley
org|Princeton University|普林斯顿大学
org|Tsinghua University|清华大学|清华|Universidad de Tsinghua|Universidade Tsinghua
org|Peking University|北京大学|北大|Universidad de Pekín|Universidade de Pequim
org|Zhejiang University|浙江大学|浙大
org|Fudan University|复旦大学|复旦
org|Shanghai Jiao Tong University|上海交通大学|上海交大
org|University of Science and Technology of China|中国科学技术大学|中科大
org|Chinese Academy of Sciences|中国科学院|中科院
org|Universidade de São Paulo|圣保罗大学|USP|University of São Paulo
org|Universidad Nacional Autónoma de México|墨西哥国立自治大学|UNAM
org|United Nations|联合国|Naciones Unidas|Nações Unidas|ONU|UN
org|World Health Organization|世界卫生组织|世卫组织|Organización Mundial de la Salud|Organização Mundial da Saúde|OMS|WHO
org|World Trade Organization|世界贸易组织|世贸组织|Organización Mundial del Comercio|Organização Mundial do Comércio|OMC|WTO
org|International Monetary Fund|国际货币基金组织|Fondo Monetario Internacional|Fundo Monetário Internacional|FMI|IMF
org|World Bank|世界银行|世行|Banco Mundial
org|European Union|欧盟|Unión Europea|União Europeia|UE|EU
org|European Commission|欧盟委员会|欧委会|Comisión Europea|Comissão Europeia
org|NATO|北约|OTAN|北大西洋公约组织
org|Catholic Church|天主教会|天主教|Roman Catholic Church|罗马天主教会|Iglesia Católica|Iglesia católica|Igreja Católica|Igreja católica
org|Federal Reserve|美联储|Reserva Federal|Fed
org|European Central Bank|欧洲央行|Banco Central Europeo|Banco Central Europeu|BCE|ECB
org|People's Bank of China|中国人民银行
org|China Securities Regulatory Commission|中国证监会|证监会|CSRC
org|Securities and Exchange Commission|美国证券交易委员会|SEC
org|Cyberspace Administration of China|国家互联网信息办公室|国家网信办|网信办
org|Ministry of Industry and Information Technology|工业和信息化部|工信部
org|National Development and Reform Commission|国家发展和改革委员会|国家发改委|发改委
org|State Council|国务院
org|Ministry of Foreign Affairs of China|中国外交部|外交部
org|Hong Kong Stock Exchange|香港交易所|港交所|HKEX
org|Shanghai Stock Exchange|上海证券交易所|上交所
org|Shenzhen Stock Exchange|深圳证券交易所|深交所
org|Beijing Stock Exchange|北京证券交易所|北交所
org|New York Stock Exchange|纽约证券交易所|纽交所|NYSE|Bolsa de Nueva York|Bolsa de Nova York
org|Nasdaq|纳斯达克|NASDAQ
org|Banco Central do Brasil|巴西央行|Banco Central de Brasil
org|Reuters|路透社|路透|Thomson Reuters
org|Associated Press|美联社
org|Agence France-Presse|法新社|AFP
org|Bloomberg|彭博|彭博社|Bloomberg News
org|The New York Times|纽约时报|New York Times|《纽约时报》
org|The Wall Street Journal|华尔街日报|Wall Street Journal|WSJ|《华尔街日报》
org|Financial Times|金融时报|《金融时报》
org|The Washington Post|华盛顿邮报|Washington Post
org|The Economist|经济学人|《经济学人》
org|CNN|美国有线电视新闻网
org|BBC|英国广播公司
org|Xinhua|新华社|新华网|Xinhua News Agency|Agencia Xinhua|Agência Xinhua
org|People's Daily|人民日报|《人民日报》|人民网
org|CCTV|中央电视台|央视
org|China Daily|中国日报
org|Caixin|财新|财新网
org|Yicai|第一财经
org|Cailian Press|财联社
org|The Paper|澎湃新闻
org|36Kr|36氪
org|LatePost|晚点LatePost
org|Jiemian|界面新闻
org|Sina Finance|新浪财经
org|South China Morning Post|南华早报|SCMP
org|El País|El Pais|《国家报》|国家报
org|El Mundo|《世界报》
org|Folha de S.Paulo|Folha de São Paulo|Folha|《圣保罗页报》
org|O Globo|Globo|环球报|Grupo Globo
org|Estadão|O Estado de S. Paulo
org|Clarín|号角报
org|EFE|埃菲社|Agencia EFE
org|Agência Brasil|巴西通讯社
org|TechCrunch|TechCrunch
org|The Verge|The Verge
org|Wired|连线|《连线》
place|China|中国|中华人民共和国|Chine|Cina
place|United States|美国|EE. UU.|Estados Unidos|EUA|USA|U.S.
place|Japan|日本|Japón|Japão
place|South Korea|韩国|Corea del Sur|Coreia do Sul
place|North Korea|朝鲜|Corea del Norte|Coreia do Norte
place|India|印度|Índia
place|Russia|俄罗斯|Rusia|Rússia
place|United Kingdom|英国|Reino Unido
place|France|法国|Francia|França
place|Germany|德国|Alemania|Alemanha
place|Italy|意大利|Italia|Itália
place|Spain|西班牙|España|Espanha
place|Portugal|葡萄牙
place|Brazil|巴西|Brasil
place|Mexico|墨西哥|México
place|Argentina|阿根廷
place|Chile|智利
place|Colombia|哥伦比亚|Colômbia
place|Peru|秘鲁|Perú
place|Venezuela|委内瑞拉
place|Cuba|古巴
place|Canada|加拿大|Canadá
place|Australia|澳大利亚|澳洲|Austrália
place|New Zealand|新西兰|Nueva Zelanda|Nova Zelândia
place|Indonesia|印度尼西亚|印尼|Indonésia
place|Malaysia|马来西亚|Malasia|Malásia
place|Singapore|新加坡|Singapur|Singapura
place|Thailand|泰国|Tailandia|Tailândia
place|Vietnam|越南|Vietnã
place|Philippines|菲律宾|Filipinas
place|Pakistan|巴基斯坦|Paquistán|Paquistão
place|Bangladesh|孟加拉国
place|Iran|伊朗|Irán|Irã
place|Iraq|伊拉克|Irak|Iraque
place|Israel|以色列
place|Saudi Arabia|沙特阿拉伯|沙特|Arabia Saudita|Arábia Saudita
place|United Arab Emirates|阿联酋|阿拉伯联合酋长国|Emiratos Árabes Unidos|Emirados Árabes Unidos
place|Turkey|土耳其|Turquía|Turquia
place|Egypt|埃及|Egipto|Egito
place|South Africa|南非|Sudáfrica|África do Sul
place|Nigeria|尼日利亚|Nigéria
place|Kenya|肯尼亚|Kenia|Quênia
place|Ethiopia|埃塞俄比亚|Etiopía|Etiópia
place|Malawi|马拉维|Malaui|Malauí
place|Zaire|扎伊尔
place|Democratic Republic of the Congo|刚果（金）|刚果民主共和国
place|Ukraine|乌克兰|Ucrania|Ucrânia
place|Poland|波兰|Polonia|Polônia
place|Netherlands|荷兰|Países Bajos|Países Baixos
place|Belgium|比利时|Bélgica
place|Switzerland|瑞士|Suiza|Suíça
place|Sweden|瑞典|Suecia|Suécia
place|Norway|挪威|Noruega
place|Finland|芬兰|Finlandia|Finlândia
place|Denmark|丹麦|Dinamarca
place|Greece|希腊|Grecia|Grécia
place|Austria|奥地利|Áustria
place|Ireland|爱尔兰|Irlanda
place|Angola|安哥拉
place|Mozambique|莫桑比克|Moçambique
place|Taiwan|台湾|Taiwán
place|Hong Kong|香港
place|Macau|澳门|Macao
place|Beijing|北京|Pekín|Pequim
place|Shanghai|上海|Xangai
place|Shenzhen|深圳
place|Hangzhou|杭州
place|Guangzhou|广州|Cantón
place|Washington|华盛顿|Washington D.C.
place|New York|纽约|Nueva York|Nova York
place|Silicon Valley|硅谷|Silicon Valley
place|San Francisco|旧金山|三藩市
place|London|伦敦|Londres
place|Paris|巴黎|París
place|Madrid|马德里
place|Lisbon|里斯本|Lisboa
place|São Paulo|圣保罗|Sao Paulo|San Pablo
place|Rio de Janeiro|里约热内卢|里约
place|Brasília|巴西利亚|Brasilia
place|Buenos Aires|布宜诺斯艾利斯
place|Mexico City|墨西哥城|Ciudad de México|Cidade do México
place|Tokyo|东京|Tokio|Tóquio
place|Seoul|首尔|Seúl|Seul
place|Moscow|莫斯科|Moscú|Moscou
place|Vatican City|梵蒂冈|Vatican|Vaticano|Ciudad del Vaticano|Cidade do Vaticano
place|Ecuador|厄瓜多尔|Equador
place|Uruguay|乌拉圭|Uruguai
place|Paraguay|巴拉圭|Paraguai
place|Bolivia|玻利维亚|Bolívia
place|Panama|巴拿马|Panamá
place|Costa Rica|哥斯达黎加
place|Guatemala|危地马拉
place|Honduras|洪都拉斯
place|Nicaragua|尼加拉瓜
place|Dominican Republic|多米尼加共和国|República Dominicana
place|Cape Verde|佛得角|Cabo Verde
place|Guinea-Bissau|几内亚比绍|Guiné-Bissau
place|East Timor|东帝汶|Timor-Leste
place|Bogotá|波哥大|Bogota
place|Caracas|加拉加斯
place|Quito|基多
place|Montevideo|蒙得维的亚|Montevidéu
place|Asunción|亚松森|Assunção
place|Havana|哈瓦那|La Habana
place|Luanda|罗安达
place|Maputo|马普托
product|Qwen|通义千问|千问|Tongyi Qianwen
product|ChatGPT|Chat GPT
product|GPT|GPT系列
product|Gemini|谷歌Gemini
product|Claude|Claude模型
product|Llama|LLaMA|羊驼
product|Grok|Grok模型
product|Kimi|Kimi智能助手
product|Doubao|豆包
product|ERNIE Bot|文心一言|ERNIE|文心大模型
product|Hunyuan|混元|腾讯混元
product|Copilot|Microsoft Copilot
product|Sora|Sora模型
product|iPhone|iPhone手机
product|Android|安卓
product|Windows|Windows系统
product|WeChat|微信
product|Weibo|微博
product|TikTok|TikTok国际版
product|Douyin|抖音
product|Alipay|支付宝
product|QQ|腾讯QQ
product|HarmonyOS|鸿蒙|鸿蒙系统
"""

# Org-name endings, by script. A name ending in one of these is an organisation.
ZH_ORG_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "实验室", "研究院", "研究所",
    "研究中心", "大学", "学院", "学校", "医院", "银行", "证券", "基金会", "基金", "协会", "委员会", "联合会",
    "科技", "控股", "交易所", "事务所", "出版社", "通讯社", "日报", "晚报", "电视台", "网", "部", "局", "厅",
    "署", "办", "院", "会", "社", "委", "团队", "工作室", "俱乐部", "中心",
)
LATIN_ORG_SUFFIXES = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co.", "company", "ltd", "ltd.", "llc", "plc", "gmbh",
        "ag", "sa", "s.a.", "s.a", "sl", "s.l.", "ltda", "ltda.", "s/a", "sas", "spa", "nv", "bv", "se",
        "group", "grupo", "holdings", "labs", "lab", "ai", "technologies", "technology", "systems", "software",
        "capital", "ventures", "partners", "bank", "banco", "university", "universidad", "universidade",
        "institute", "instituto", "foundation", "fundación", "fundação", "association", "asociación",
        "associação", "agency", "agencia", "agência", "ministry", "ministerio", "ministério", "council",
        "consejo", "conselho", "commission", "comisión", "comissão", "research", "robotics", "motors",
        "airlines", "pharmaceuticals", "energy", "media", "news", "press", "times", "post", "journal",
    }
)
# Words that make a Han "org" just a description: 大公司, 该公司, 一家实验室.
ZH_GENERIC_ORG_HEADS = frozenset(
    re.findall(
        r"\S+",
        "大 小 该 本 这 那 其 各 每 某 多 一 两 几 此 新 老 子 母 分 总 原 前 上市 国有 民营 外资 科技 互联网 这家 "
        "那家 一家 多家 几家 两家 该家 母公司 子公司 大型 中小 头部 创业 初创 "
        # what a company does or is, in the stories (业务集团, 私人公司, 汽车集团, 信息科技) and
        # in the zhwce news pages (物流公司, 快递公司, 唱片公司, 电网公司)
        "业务 私人 汽车 信息 物流 快递 唱片 电网",
    )
)

_WEAK = "~"
_ORG_CONTEXT_AFTER = re.compile(r"^(公司|集团|股价|市值|旗下|首席|CEO|CTO|总裁|创始人|董事长|发布|推出|手机|员工|高管|和|与|、)")


@dataclass(frozen=True, slots=True)
class KnownName:
    canonical: str
    type: str  # org, product or place
    forms: tuple[str, ...]  # every surface form, canonical first
    weak: frozenset[str]  # forms that are also everyday words


@cache
def known_names() -> tuple[KnownName, ...]:
    entries = []
    for line in _GAZETTEER.strip().splitlines():
        kind, *forms = line.split("|")
        weak = frozenset(f[1:] for f in forms if f.startswith(_WEAK))
        clean = tuple(dict.fromkeys(f.lstrip(_WEAK) for f in forms))
        entries.append(KnownName(clean[0], kind, clean, weak))
    return tuple(entries)


@cache
def _form_index() -> dict[str, KnownName]:
    index: dict[str, KnownName] = {}
    for entry in known_names():
        for form in entry.forms:
            index.setdefault(form, entry)
            index.setdefault(form.casefold(), entry)
    return index


def lookup(form: str) -> KnownName | None:
    """The gazetteer entry a surface form belongs to (exact, then case-insensitive)."""
    index = _form_index()
    form = form.strip().strip("《》")
    return index.get(form) or index.get(form.casefold())


def canonical_name(form: str) -> str | None:
    """A single Latin display name for a known org/product form (阿里云 -> Alibaba Cloud)."""
    entry = lookup(form)
    return entry.canonical if entry else None


def is_weak_form(form: str) -> bool:
    entry = lookup(form)
    return entry is not None and form in entry.weak


def _scan(text: str) -> list[tuple[int, str]]:
    """(start, form) of the gazetteer forms in `text`: at each place from the left the
    longest form there, resuming after each form found."""
    return [(m.start(), m.group()) for m in _forms_pattern().finditer(text)]


@cache
def _forms_pattern() -> Alternation:
    """Every form, longest first; a form's Latin letter or digit at either end may not
    continue a longer word."""
    fence = "(?![A-Za-z0-9])"
    forms = sorted({f for e in known_names() for f in e.forms}, key=lambda f: (-len(f), f))
    return compile_alternation([("(?<![A-Za-z0-9])" if _latin_word_char(f[0]) else "") + re.escape(f)
                                + (fence if _latin_word_char(f[-1]) else "") for f in forms])


def _latin_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


_LIST_JOINERS = frozenset("、和与及,，/ ")


def find_known_names(text: str, weak_ok: Callable[[int, int], bool] | None = None) -> list[NameSpan]:
    """Gazetteer forms in `text`, longest first, non-overlapping.

    A weak form (苹果, 字节) counts only where company context follows it, where it sits
    in a list next to a known company (腾讯、字节), or where `weak_ok(start, end)` (a
    caller's own evidence, e.g. a tagger's ORG) says so.
    """
    strong: list[NameSpan] = []
    weak: list[NameSpan] = []
    for start, form in _scan(text):
        entry = lookup(form)
        if entry is None:
            continue
        span = NameSpan(start, start + len(form), form, entry.type, "gazetteer")
        (weak if form in entry.weak else strong).append(span)
    accepted = list(strong)
    for span in weak:
        if _weak_form_accepted(text, span, strong, weak_ok):
            accepted.append(span)
    return sorted(accepted, key=lambda s: s.start)


def _weak_form_accepted(
    text: str, span: NameSpan, strong: list[NameSpan], weak_ok: Callable[[int, int], bool] | None
) -> bool:
    if weak_ok is not None and weak_ok(span.start, span.end):
        return True
    if span.start > 0 and text[span.start - 1].isdigit():
        return False
    if _ORG_CONTEXT_AFTER.match(text[span.end : span.end + 4]):
        return True
    return any(_adjacent(text, span, other) for other in strong)


def _adjacent(text: str, a: NameSpan, b: NameSpan) -> bool:
    left, right = (a, b) if a.end <= b.start else (b, a)
    gap = text[left.end : right.start]
    return len(gap) <= 1 and all(ch in _LIST_JOINERS for ch in gap)


def national_unit(name: str) -> bool:
    """An org's name that ends in a country or a city the gazetteer knows, after a head that
    is no place ("Telaris Brasil", "Hengtong España"): the org's unit there, which Chinese
    writes with the place's own name (Telaris巴西), not by sound."""
    from factline.names.latin.lexicon import fold, gazetteer

    words = name.split()
    if len(words) != 2 or not words[0].isalpha() or gazetteer().get(fold(words[0])):
        return False  # "Nueva York", "Santa Catarina": a known word before the place
    last = lookup(words[-1])
    return last is not None and last.type == "place"


def org_suffix(name: str) -> str | None:
    """The org-type ending a Han or Latin name carries (公司, 大学, Inc., S.A., Ltda.), if any."""
    if has_han(name[-1:]):
        for suffix in ZH_ORG_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                return suffix
        return None
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in LATIN_ORG_SUFFIXES:
        return words[-1]
    return None


def looks_like_org(name: str) -> bool:
    """A known organisation, or a name with an organisation ending and a specific head."""
    entry = lookup(name)
    if entry is not None:
        return entry.type == "org"
    suffix = org_suffix(name)
    if suffix is None:
        return False
    head = name[: len(name) - len(suffix)].strip()
    return bool(head) and head not in ZH_GENERIC_ORG_HEADS


# The stem may hold accented letters: Guará-1, Araucária-1.
_PRODUCT_VERSION = re.compile(r"^[^\W\d_]{2,}(?:[-\s]?\d+(?:\.\d+)*[A-Za-z]{0,3}|-[A-Z][A-Za-z]+)+$")


def looks_like_product(token: str) -> bool:
    """A model/product name with a version or variant: Qwen3.5, GPT-4o, Llama 3, Qwen-Coder."""
    if lookup(token) is not None:
        return lookup(token).type == "product"  # type: ignore[union-attr]
    if not _PRODUCT_VERSION.match(token):
        return False
    stem = re.split(r"[-\s\d]", token, maxsplit=1)[0]
    entry = lookup(stem)
    if entry is not None:
        return entry.type == "product"
    # an unknown stem needs a digit (GPT-4o) and must not be a plain code like "P10" or "A7"
    return any(c.isdigit() for c in token) and len(stem) >= 2
