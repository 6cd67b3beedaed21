"""Page-furniture vocabulary in Chinese, English, Spanish and Portuguese.

Three kinds of pattern, from strict to loose:
- WHOLE_LINE: the line is nothing but the prompt ("Read more", "展开阅读全文", "Compartir").
- LABELS: the line starts with a label ("Aviso legal:", "标签：", "Lee también:").
- PHRASES: a phrase typical of one kind of furniture anywhere in a short line.
The rules in `furniture.py` decide where each may apply.
"""

from __future__ import annotations

import re

_END = r"[\s:：.!！>»›→↓↑▶︎>\-–—|·•…\]】)）]*$"
_START = r"^[\s\[【(（<«‹*#·•\-–—|]*"


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _whole(*alternatives: str) -> re.Pattern[str]:
    return re.compile(_START + "(?:" + "|".join(alternatives) + ")" + _END, re.I)


def _label(*alternatives: str) -> re.Pattern[str]:
    return re.compile(_START + "(?:" + "|".join(alternatives) + r")\s*[:：|｜丨/]", re.I)


def _phrase(*alternatives: str) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(alternatives) + ")", re.I)


READ_MORE = _whole(
    r"read (?:more|the full (?:story|article)|full article)", r"continue reading", r"show more", r"see more",
    r"load more(?: stories| articles)?", r"view (?:more|all|comments)", r"click here(?: to read more)?",
    r"leer (?:más|mas|el artículo completo|la nota completa)", r"seguir leyendo", r"ver (?:más|mas|todo|todas)",
    r"cargar más", r"mostrar más", r"leia (?:mais|a matéria completa)", r"continuar lendo", r"continue lendo",
    r"ver mais", r"carregar mais", r"mostrar mais", r"saiba mais",
    r"click here(?: to \w+(?: \w+)?)?", r"点击进入(?:专题|全文)?", r"进入专题",
    r"展开阅读全文", r"阅读全文", r"展开全文", r"查看全文", r"阅读原文", r"点击查看(?:更多|全文)?", r"查看更多",
    r"加载更多", r"(?:上滑|下拉|点击)加载更多", r"更多精彩", r"点击展开",
)
PAGINATION = _whole(
    r"(?:next|previous|prev|older|newer)(?: page| posts?| article)?", r"página (?:siguiente|anterior)",
    r"próxima página", r"página seguinte", r"anterior", r"siguiente", r"próxima", r"上一页", r"下一页",
    r"上一篇", r"下一篇", r"首页", r"尾页", r"(?:page|página|第)\s*\d+\s*(?:of|de|/|页)?\s*\d*\s*页?",
    r"(?:\d{1,3}\s+){2,}\d{1,3}(?:\s+(?:next|siguiente|próxima|下一页|›|»|>))?",
)
SHARE = _whole(
    r"share(?: (?:this|on|via|the|article|story|post|it|now))*", r"tweet(?: this)?", r"facebook", r"twitter",
    r"whatsapp", r"telegram", r"linkedin", r"pinterest", r"reddit", r"email", r"e-mail", r"copy link",
    r"copied", r"print(?: this(?: article| story| page)?)?", r"compartir(?: en| este artículo| esta noticia| por)?(?: \w+)?",
    r"comparte(?: esta noticia| este artículo)?", r"copiar (?:enlace|link)", r"imprimir",
    r"compartilh(?:ar|e)(?: (?:no|na|via|esta|este|por) \w+)?(?: notícia| matéria)?", r"enviar por e-?mail",
    r"分享(?:到|至)?[:：]?.*", r"转发", r"收藏", r"点赞", r"打印", r"复制链接", r"微信", r"微博", r"朋友圈",
    r"qq空间", r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|微信|微博|qq)"
    r"(?:[\s|/·,，、]+(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|微信|微博|qq|copy link))+",
)
SHARE_LABEL = _label(r"share(?: this(?: article| story)?)?", r"compart(?:ir|e|a)(?: en| esta noticia| este artículo)?",
                     r"compartilh(?:ar|e)(?: esta notícia| esta matéria)?", r"分享(?:到|至)?", r"follow us(?: on)?",
                     r"síguenos(?: en)?", r"siga-nos(?: no)?", r"关注我们")
NAV_SEPARATOR = re.compile(r"\s*[|｜]\s*|\s+[>»›·•/]\s+|\s{3,}|\s+-\s+(?=\S)")
BREADCRUMB = _label(r"当前位置", r"您的位置", r"您现在的位置", r"现在位置", r"you are here", r"estás en", r"está en",
                    r"você está em", r"voce esta em")
FOLLOW = _whole(
    r"follow us(?: on [\w ]{1,25})?", r"síguenos(?: en [\w ]{1,25})?", r"siga-nos(?: no [\w ]{1,25})?",
    r"sigue(?:nos)? en [\w ]{1,25}",
    r"关注我们", r"点击关注", r"扫码关注", r"(?:长按|扫描)二维码.*", r"关注(?:公众号|微信公众号).*",
)
BACK_TO_TOP = _whole(r"top", r"back to top", r"返回顶部", r"回到顶部", r"volver arriba", r"voltar ao topo", r"topo",
                     r"↑")
ADVERT = _whole(r"(?:advertisement|publicidad|publicidade|anuncio|anúncio)(?:\s*[-–—:|]\s*.{0,30})?",
                r"sponsored(?: content)?", r"ad", r"patrocinado", r"广告", r"推广", r"赞助内容", r"story continues below(?: advertisement)?",
                r"continúa después de la publicidad", r"continua após a publicidade")
COMMENTS = _whole(r"comments?(?: \(\d+\))?", r"\d+ (?:comments?|comentarios?|comentários?)", r"comentarios?",
                  r"comentários?", r"评论(?:区)?", r"(?:leer|ver|ler|view|read|show|see|mostrar) (?:all |los |os |todos os )?"
                  r"(?:comments|comentarios|comentários)",
                  r"\d+\s*条评论", r"leave a (?:comment|reply)", r"deja (?:un|tu) comentario",
                  r"deixe (?:um|seu) comentário", r"发表评论", r"我要评论")

RELATED_HEADER = _whole(
    r"相关(?:内容|阅读|新闻|文章|推荐|报道|链接|资讯|专题)", r"热门(?:资讯|新闻|推荐|文章|阅读|话题|排行)",
    r"推荐阅读", r"延伸阅读", r"猜你喜欢", r"精彩推荐", r"今日(?:热点|推荐)", r"大家都在看", r"更多(?:阅读|新闻|资讯|内容|文章)?",
    r"友情链接", r"编辑推荐", r"排行榜", r"热点推荐", r"往期回顾", r"往期推荐",
    r"related(?: (?:news|articles|stories|posts|content|coverage|topics|reading))?", r"more (?:from|on|in|stories|news)\b.*",
    r"you (?:may|might) (?:also )?(?:like|be interested in)", r"recommended(?: for you| reading)?",
    r"most (?:read|popular|viewed|shared)", r"trending(?: now| stories)?", r"top stories", r"read (?:also|next)",
    r"see also", r"further reading", r"latest (?:news|stories)", r"more to read", r"editor'?s picks",
    r"noticias relacionadas", r"artículos relacionados", r"contenido relacionado", r"(?:también )?te puede interesar",
    r"lo más (?:leído|visto|popular)", r"más noticias", r"más leídas", r"lee también", r"últimas noticias",
    r"notícias relacionadas", r"matérias relacionadas", r"conteúdo relacionado", r"leia também", r"veja também",
    r"mais lidas", r"você (?:também )?pode gostar", r"mais notícias", r"últimas notícias", r"recomendad[oa]s?",
    r"recomendamos", r"tópicos relacionados", r"temas relacionados", r"te recomendamos", r"we recommend",
    r"nós recomendamos",
)
RELATED_ITEM = _label(r"read (?:more|also|next)", r"see also", r"related", r"lee (?:también|además|más)",
                      r"leer (?:más|también)", r"(?:ver|mira|vea) (?:también|más)", r"más información",
                      r"te puede interesar", r"leia (?:também|mais)", r"veja (?:também|mais)", r"saiba mais",
                      r"相关(?:阅读|新闻|文章|链接|报道)", r"延伸阅读", r"推荐阅读", r"更多(?:阅读|报道)")
TAGS = _label(r"archivado en", r"arquivado em", r"标签", r"关键词", r"关键字", r"tags?", r"etiquetas?", r"temas", r"tópicos", r"palavras-chave",
              r"keywords", r"topics", r"filed under", r"categor(?:y|ies|ía|ias)", r"分类", r"栏目")
DISCLAIMER_LABEL = _label(
    r"aviso legal", r"descargo de responsabilidad", r"exención de responsabilidad", r"disclaimer", r"notice",
    r"legal notice", r"aviso", r"isenção de responsabilidade", r"aviso de isenção", r"nota legal",
    r"免责声明", r"特别声明", r"版权声明", r"声明", r"郑重声明", r"风险提示", r"投资有风险", r"risk warning",
    r"advertencia", r"advertência",
)
DISCLAIMER_PHRASE = _phrase(
    r"do(?:es)? not necessarily reflect", r"(?:does|do) not constitute (?:\w+ )?(?:financial|investment|legal)",
    r"for (?:informational|information) purposes only", r"not (?:financial|investment) advice",
    r"no reflejan? necesariamente", r"no constituye(?:n)? (?:una )?(?:asesoría|asesoramiento|recomendación)",
    r"con fines informativos", r"únicamente con fines", r"não refletem? necessariamente",
    r"não constitui(?:em)? (?:uma )?(?:recomendação|aconselhamento|consultoria)", r"fins informativos",
    r"仅供参考", r"不构成(?:任何)?投资建议", r"不代表本(?:站|网|平台)(?:的)?(?:观点|立场)", r"仅提供信息存储服务",
    r"如有侵权", r"如有版权问题", r"仅用于学习交流", r"转载请注明", r"未经(?:授权|许可)(?:不得|禁止)?转载",
    r"版权归(?:原)?作者所有", r"请联系(?:我们|本站)删除", r"infring\w* (?:the )?(?:rights|copyright)",
    r"infringe derechos", r"viola(?:m)? direitos",
)
FOOTER_PHRASE = _phrase(
    r"ICP\s*备", r"ICP证", r"公网安备", r"版权所有", r"all rights reserved", r"todos los derechos reservados",
    r"todos os direitos reservados", r"copyright\s*(?:©|\(c\)|\d{4})", r"©\s*(?:copyright\s*)?\d{4}", r"powered by",
    r"违法和不良信息举报", r"举报电话", r"网络文化经营许可证", r"增值电信业务经营许可证", r"privacy policy",
    r"política de privacidad", r"política de privacidade", r"terms of (?:use|service)", r"términos y condiciones",
    r"termos de uso", r"cookie policy", r"política de cookies", r"隐私政策", r"用户协议", r"联系我们",
    r"contact us", r"contáctenos", r"fale conosco", r"about us", r"quiénes somos", r"quem somos", r"关于我们",
)
NEWSLETTER_PHRASE = _phrase(r"\bnewsletters?\b", r"\binbox\b", r"boletín", r"boletim", r"bandeja de entrada",
                            r"caixa de entrada", r"\b(?:no|en|on|pelo|por|via) (?:whatsapp|telegram)\b", r"邮件订阅", r"每日简报", r"电子报")
NEWSLETTER_ACTION = _phrase(r"sign(?:ing)? up", r"subscrib", r"suscr[ií]b", r"assin[ae]", r"inscrev", r"receb[ae]",
                            r"recib[ea]", r"\bget\b", r"订阅", r"注册")
CONTACT_PHRASE = _phrase(
    r"contact (?:us|the author|our)", r"write to us", r"email us", r"get in touch", r"send (?:us )?(?:a )?tips?",
    r"comun[ií]cate", r"cont[aá]ct(?:a|e|enos|anos)", r"escr[ií]benos", r"entre em contato", r"fale conosco",
    r"联系(?:我们|作者|邮箱|方式)", r"投稿(?:邮箱)?", r"来信",
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email(?:&#160;|\s)protected\]", re.I)

IMAGE_PLACEHOLDER = re.compile(
    r"^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^\[(?:图片|圖片|图|image|imagen|imagem|img|photo|foto|video|vídeo|视频)[^\]]*\]$"
    r"|^\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?$", re.I)
IMAGE_CREDIT = re.compile(
    _START + r"(?:题图|头图|配图|图片来源|图源|图片|图|摄影|视觉中国|(?:image|photo|picture|foto|fotografía|imagen|imagem)"
    r"(?: credit)?s?|crédito(?:s)?|credit|source: getty|getty images|reuters/|ap photo)\s*(?:[:：/|｜丨]|由|来自|by\b|de\b|por\b)",
    re.I)
AI_IMAGE = _phrase(r"(?:图|图片|题图|配图).{0,6}(?:由|来自|源自)", r"image (?:generated|created) by",
                   r"imagen (?:generada|creada) (?:por|con)", r"imagem (?:gerada|criada) (?:por|com)")
LINK_ONLY = re.compile(r"^(?:<?https?://\S+>?|www\.\S+|\[[^\]]*\]\([^)]*\))$", re.I)
HASHTAG = re.compile(r"(?<![\w&])#[^\s#]+")
SITE_CHROME = _whole(
    r"skip to (?:main )?content", r"skip navigation", r"menu", r"search", r"log ?in", r"sign in", r"log ?out",
    r"register", r"my account", r"saltar al contenido(?: principal)?", r"iniciar sesión", r"buscar", r"entrar",
    r"pular para o conteúdo(?: principal)?", r"ir para o conteúdo", r"登录", r"注册", r"搜索", r"打开app(?:阅读)?",
    r"下载(?:客户端|app)", r"举报(?:/反馈)?", r"反馈", r"返回(?:首页)?", r"app内打开",
)
COOKIE = _phrase(r"\bcookies?\b.{0,60}\b(?:use|accept|utiliza|usamos|aceptar|aceitar|utilizamos|consent)",
                 r"\b(?:use|accept|utiliza|usamos|aceptar|aceitar|utilizamos|consent)\w*\b.{0,60}\bcookies?\b",
                 r"使用cookie")
WIRE_CREDIT = re.compile(
    r"^[(（]?\s*(?:(?:additional )?(?:reporting|writing|editing|edited|compiled|translated) by|con (?:información|informaciones) de"
    r"|com informações d[aeo]s?|(?:reporte|reportaje|reportagem|edición|edição) de|redacción|redação)\b", re.I)
RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|actualizado|atualizado|publicado|published)\s+)?(?:hace|há|about)?\s*\d+\s*"
    r"(?:min(?:ute)?s?|minutos?|h|hrs?|hours?|horas?|d|days?|días?|dias?|seconds?|segundos?)(?:\s+ago)?$"
    r"|^\d+\s*(?:秒|分钟|小时|天)前$", re.I)
END_MARK = re.compile(r"^[\s(（\[【—\-–=*]*(?:完|end|fin|fim)[\s)）\]】—\-–=*]*$", re.I)
PRICE_TOKEN = re.compile(
    r"[$€£¥₿]\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|USDT|EUR|BRL|MXN|ARS|CNY|RMB|BTC|ETH|元|美元)\b|[+\-−]\d+(?:[.,]\d+)?\s?%",
    re.I)
PRICE_WORD = _phrase(r"\bprice\b", r"\bprecio\b", r"\bpreço\b", r"价格", r"行情", r"\bchart\b", r"gráfico",
                     r"cotización", r"cotação", r"market cap", r"capitalización", r"capitalização", r"市值",
                     r"\blogo\b", r"24h", r"涨跌", r"\bvolume\b", r"\bvolumen\b")
TICKER_SYMBOL = re.compile(r"\((?:[A-Z0-9]{2,6})\)|\b[A-Z]{2,5}/(?:USDT?|EUR|BTC)\b")
CURRENCY_CODE = re.compile(r"^(?:USD|USDT|EUR|BRL|MXN|ARS|CNY|RMB|BTC|ETH|GBP|JPY)$")
NUMBER_ONLY = re.compile(r"^[+\-−]?[$€£¥₿]?\s?\d[\d.,\s]*%?[$€£¥]?$")

# Metadata lines: bylines, sources, reading time, view counters.
BYLINE_LABEL = _label(
    r"autor(?:a|es|as)?", r"authors?", r"by", r"por", r"escrito por", r"texto", r"reportagem", r"reportaje",
    r"redacción", r"redação", r"reporter(?:ing)?(?: by)?", r"editor(?:a)?", r"edición", r"edição", r"editado por",
    r"fotos?", r"作者", r"文", r"记者", r"编辑", r"责编", r"责任编辑", r"撰文", r"整理", r"编译", r"出品",
    r"作者简介", r"主编", r"审核", r"校对", r"策划", r"监制",
)
BYLINE_FREE = re.compile(r"^(?i:by|por)\s+[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.\-]+(?:\s+(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.\-]+|"
                         r"de|da|do|dos|das|del|y|e|and|&|,))*\s*(?:[,|/–—(（-].*)?$")
SOURCE_LABEL = _label(r"来源", r"出处", r"稿源", r"本文来源", r"文章来源", r"信息来源", r"原标题", r"source", r"sources", r"fuente", r"fuentes", r"fonte", r"fontes",
                      r"origem", r"vía", r"via", r"转自", r"转载自", r"本文来自", r"原文")
READING_TIME = _phrase(r"\d+\s*(?:-\s*)?(?:min(?:ute)?s?|minutos?)\s*(?:read|de lectura|de leitura|reading)",
                       r"(?:lectura|leitura|reading time|read time|tiempo de lectura|tempo de leitura)\s*"
                       r"(?:de|:|：)?\s*\d+\s*(?:min|minutos?|minutes?)", r"阅读(?:时间|时长)?\s*(?:约|大约|需要)?\s*\d+\s*分钟",
                       r"预计阅读", r"\d+\s*分钟(?:阅读|读完)")
VIEW_COUNT = re.compile(r"^(?:(?:阅读|浏览|点击|阅读量|浏览量|浏览次数|views?|visualizaç(?:ão|ões)|visitas|lecturas|"
                        r"leituras|vistas)\s*[:：]?\s*\d[\d,.]*\s*(?:万|次|k|m)?|\d[\d,.]*\s*(?:万|k|m)?\s*"
                        r"(?:次阅读|阅读|浏览|人阅读|views?|visualizaç(?:ão|ões)|visitas|lecturas|leituras|likes?|me gusta|"
                        r"curtidas))$", re.I)
DATE_LABEL_CJK = re.compile(
    r"发布(?:时间|日期|于)?|发表(?:时间|于)?|更新(?:时间|于)?|最后更新|修改时间|时间|日期|发稿时间|北京时间|京港台时间|"
    r"星期[一二三四五六日天]|周[一二三四五六日天]|上午|下午|晚上|凌晨")
# Words that may stand beside a date in a dateline without making it prose.
DATE_LABEL_WORDS = _word_set("""
published posted updated last modified on at am pm a.m p.m gmt utc cet cest brt est edt pst pdt bst ist
publicado publicada actualizado actualizada actualización fecha hora el a las del de hs hrs h
atualizado atualizada atualização publicação data em às das do da
monday tuesday wednesday thursday friday saturday sunday
lunes martes miércoles jueves viernes sábado domingo
segunda terça quarta quinta sexta feira
""")
# What else a dateline carries and may be ignored when judging it: a site's domain, a
# bracketed name, the labels of author and source.
DATELINE_EXTRAS = re.compile(
    r"\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\b|[\[【〖(（][^\]】〗)）]{0,24}[\]】〗)）]|来源|作者|编辑|责任编辑|记者|出处"
    r"|\b(?:source|fuente|fonte|by|por|autor|author)\b", re.I)
UPDATED_LABEL = _phrase(r"更新", r"修改", r"updated", r"modified", r"actualiza", r"atualiza")
PUBLISHED_LABEL = _phrase(r"发布", r"发表", r"发稿", r"published", r"posted", r"publicad", r"publicação")
TEAM_WORD = _phrase(r"\b(?:equipo|equipe|team|staff|redacción|redação|newsroom|desk|contributors?|colaboradores)\b",
                    r"团队", r"编辑部", r"工作室")
