"""Chinese page-furniture phrases (regex pieces; see `lang.furniture_words`)."""

from __future__ import annotations

from factline.lang.furniture_words import FurnitureWords
from factline.lang.zh import calendar

_WEEKDAY_CHARS = "".join(calendar.WEEKDAYS)

WORDS = FurnitureWords(
    read_more=(r"点击进入(?:专题|全文)?", r"进入专题", r"展开阅读全文", r"阅读全文", r"展开全文", r"查看全文", r"阅读原文",
               r"点击查看(?:更多|全文)?", r"查看更多", r"加载更多", r"(?:上滑|下拉|点击)加载更多", r"更多精彩", r"点击展开"),
    pagination=(r"上一页", r"下一页", r"上一篇", r"下一篇", r"首页", r"尾页"),
    page_words=("第",),
    page_of=("页",),
    page_after=("页",),
    next_page=("下一页",),
    share=(r"分享(?:到|至)?[:：]?.*", r"转发", r"收藏", r"点赞", r"打印", r"复制链接", r"微信", r"微博", r"朋友圈",
           r"qq空间"),
    networks=("微信", "微博", "qq"),
    follow=(r"关注我们", r"点击关注", r"扫码关注", r"(?:长按|扫描)二维码.*", r"关注(?:公众号|微信公众号).*"),
    back_to_top=(r"返回顶部", r"回到顶部"),
    advert=(r"广告", r"推广", r"赞助内容"),
    comments=(r"评论(?:区)?", r"\d+\s*条评论", r"发表评论", r"我要评论"),
    related_header=(
        r"相关(?:内容|阅读|新闻|文章|推荐|报道|链接|资讯|专题)", r"热门(?:资讯|新闻|推荐|文章|阅读|话题|排行)",
        r"推荐阅读", r"延伸阅读", r"猜你喜欢", r"精彩推荐", r"今日(?:热点|推荐)", r"大家都在看",
        r"更多(?:阅读|新闻|资讯|内容|文章)?", r"友情链接", r"编辑推荐", r"排行榜", r"热点推荐", r"往期回顾", r"往期推荐",
    ),
    site_chrome=(r"登录", r"注册", r"搜索", r"打开app(?:阅读)?", r"下载(?:客户端|app)", r"举报(?:/反馈)?", r"反馈",
                 r"返回(?:首页)?", r"app内打开"),
    end_words=("完",),
    share_label=(r"分享(?:到|至)?", r"关注我们"),
    breadcrumb=(r"当前位置", r"您的位置", r"您现在的位置", r"现在位置"),
    related_item=(r"相关(?:阅读|新闻|文章|链接|报道)", r"延伸阅读", r"推荐阅读", r"更多(?:阅读|报道)"),
    tags=(r"标签", r"关键词", r"关键字", r"分类", r"栏目"),
    disclaimer_label=(r"免责声明", r"特别声明", r"版权声明", r"声明", r"郑重声明", r"风险提示", r"投资有风险"),
    byline_label=(r"作者", r"文", r"记者", r"编辑", r"责编", r"责任编辑", r"撰文", r"整理", r"编译", r"出品",
                  r"作者简介", r"主编", r"审核", r"校对", r"策划", r"监制"),
    source_label=(r"来源", r"出处", r"稿源", r"本文来源", r"文章来源", r"信息来源", r"原标题", r"转自", r"转载自",
                  r"本文来自", r"原文"),
    disclaimer_phrase=(r"仅供参考", r"不构成(?:任何)?投资建议", r"不代表本(?:站|网|平台)(?:的)?(?:观点|立场)",
                       r"仅提供信息存储服务", r"如有侵权", r"如有版权问题", r"仅用于学习交流", r"转载请注明",
                       r"未经(?:授权|许可)(?:不得|禁止)?转载", r"版权归(?:原)?作者所有", r"请联系(?:我们|本站)删除"),
    footer_phrase=(r"ICP\s*备", r"ICP证", r"公网安备", r"版权所有", r"违法和不良信息举报", r"举报电话",
                   r"网络文化经营许可证", r"增值电信业务经营许可证", r"隐私政策", r"用户协议", r"联系我们", r"关于我们"),
    newsletter_phrase=(r"邮件订阅", r"每日简报", r"电子报"),
    newsletter_action=(r"订阅", r"注册"),
    contact_phrase=(r"联系(?:我们|作者|邮箱|方式)", r"投稿(?:邮箱)?", r"来信"),
    ai_image=(r"(?:图|图片|题图|配图).{0,6}(?:由|来自|源自)",),
    price_word=(r"价格", r"行情", r"市值", r"涨跌"),
    updated_label=(r"更新", r"修改"),
    published_label=(r"发布", r"发表", r"发稿"),
    team_word=(r"团队", r"编辑部", r"工作室"),
    image_words=("图片", "圖片", "图", "视频"),
    credit_labels=(r"题图", r"头图", r"配图", r"图片来源", r"图源", r"图片", r"图", r"摄影", r"视觉中国"),
    credit_by=(r"由", r"来自"),
    cookie_phrases=(r"使用cookie",),
    relative_time=(r"\d+\s*(?:秒|分钟|小时|天)前",),
    reading_time=(r"阅读(?:时间|时长)?\s*(?:约|大约|需要)?\s*\d+\s*分钟", r"预计阅读", r"\d+\s*分钟(?:阅读|读完)"),
    views_before=(r"阅读", r"浏览", r"点击", r"阅读量", r"浏览量", r"浏览次数"),
    views_after=(r"次阅读", r"阅读", r"浏览", r"人阅读"),
    # In the order they are tried: "发布时间" before "时间".
    date_labels=(r"发布(?:时间|日期|于)?", r"发表(?:时间|于)?", r"更新(?:时间|于)?", r"最后更新", r"修改时间", r"时间",
                 r"日期", r"发稿时间", r"北京时间", r"京港台时间", rf"星期[{_WEEKDAY_CHARS}]", rf"周[{_WEEKDAY_CHARS}]",
                 r"上午", r"下午", r"晚上", r"凌晨"),
    dateline_labels=(r"来源", r"作者", r"编辑", r"责任编辑", r"记者", r"出处"),
)
