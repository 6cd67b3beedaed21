"""English: how English-language news reports personnel moves, releases, meetings, deaths, quotes."""

from __future__ import annotations

from factline.lang.en.calendar import MONTHS
from factline.lang.event_lexicon import AS_WRITTEN, Lexicon, RoleWord
from factline.lang.event_lexicon import TriggerRule as T
from factline.lang.verbs import verbs

# A month before the year a post has been held since ("since June 2024", "desde mayo de 2024").
_MONTHS = "|".join(m.capitalize() for m in MONTHS)

_POST = r"(?:a|an|his|her|their|the)?\s*(?:short|brief|long|lengthy|new|farewell|emotional|viral|joint|written)?\s*(?:message|tweet|post|statement|letter|note|memo|thread|video|image|photo|picture|blog post|essay)"

# After a release word, a noun that makes it a modifier: "launch party", "launching ceremony",
# "launch customer", "launch vehicle" (MEANTIME).
# What is met when to meet is to satisfy ("met analysts' expectations", "meeting lowered expectations").
_SATISFIED = (r"(?:[\w'’-]+\s+){0,3}?(?:expectations|demands?|requirements|standards|goals|targets|deadlines?|needs|"
              r"criteria|obligations|contingencies|estimates|forecasts)\b")
_DETERMINERS = r"the|a|an|any|no|every|this|that|these|those|my|his|her|its|our|their|your"
_EVENT_NOUNS = r"party|event|date|window|ceremony|ceremonies|customers?|vehicles?|pads?|sites?"

TRIGGERS = (
    T(rf"(?:{verbs('tender', 'hand in', 'submit', lang='en')}) (?:his |her |their |a |the )?(?:letter of )?resignation",
      "departure", "leave", "resign"),
    T(r"(?:announced|announces|confirmed|confirms|tendered|handed in|submitted) (?:his|her|their) (?:resignation|departure|exit|retirement)",
      "departure", "leave", "resign", confirmed=True),
    T(r"(?:changed|updated) (?:his|her|their) (?:profile|bio|biography|description)(?: on \w+)? to(?= [\"“«]?(?:ex|former|pre)\b)",
      "departure", "leave", "exit"),
    T(r"stepped down|steps down|stepping down|will step down|has stepped down|resigned|resigns|has resigned|"
      r"will resign|quit|quits|has quit",
      "departure", "leave", "resign"),
    # a resignation noun is a resignation, unless someone asks for it ("called for his resignation")
    T(r"resignation", "departure", "leave", "resignation", nominal=True,
      not_before=r"for|demanded|demands|demanding|urged|urges|sought|seeks"),
    T(r"departure|exit|exodus", "departure", "leave", "exit", nominal=True, needs="person"),
    T(r"left|leaves|leaving|will leave|departed|departs|walked away from|parted ways with",
      "departure", "leave", "exit", needs="org"),
    T(r"fired|dismissed|ousted|sacked|let go|removed", "departure", "dismiss", "fired", needs="person_object",
      not_after=r"[.,;:!?'\"”)]|(?:\w+\s+)?(?:off|back|away)\b|(?:at|on|upon|shots?)\b"),
    T(r"was fired|has been fired|was dismissed|was ousted|was sacked|was let go|was removed",
      "departure", "dismiss", "fired", passive=True),
    # Suspending someone (who is suspended is the object), not work or the day's business.
    T(r"was suspended|has been suspended", "departure", "leave", "suspended"),
    T(r"suspended", "departure", "dismiss", "suspended", needs="person_object"),
    T(r"joined|joins|has joined|will join|is joining|join|moved to|moves to|went to|returned to|defected to|signed with",
      "join", "join", "join", needs="org"),
    # A post taken up at another org: "will lead research at X", "is set to head X's lab".
    T(r"will (?:lead|head|run|oversee)(?: the| its| a)?(?: [a-z-]+){0,3}? (?:at|for)", "join", "join", "join", needs="org"),
    T(r"arrival|hiring", "join", "join", "join", nominal=True, needs="person"),
    # Founding a company is joining it from its first day ("she co-founded X"); "founded by",
    # "founded in 1999" describe the company and are left out.
    T(r"co-founded|cofounded|founded", "join", "join", "found", needs="org", not_after=r"(?:by|in|on)\b"),
    T(r"hired|hires|has hired|hire|poached|poaches|recruited|recruits|recruit|lured|brought in|snapped up|signed|"
      r"(?:hiring|recruitment|recruiting) talks with",
      "join", "hire", "hire", needs="person_object"),
    T(r"(?:was |has been )?(?:hired|poached|recruited|lured|signed)(?: \w+ly)? by",
      "join", "hire", "hire", passive=True),
    T(r"was named|has been named|was appointed|has been appointed|named|appointed|was promoted to|promoted to|"
      r"became|becomes|will become|took over as|takes over as|will take over as|"
      r"returns as|returned as|will return as|is returning as|returns to lead|returned to lead|will return to lead|"
      r"was tapped as|tapped",
      "appointment", "appoint", "appoint", needs="role"),
    # A noun: the one appointed is its genitive ("the appointment of X", "X's appointment"),
    # never its speaker.
    T(r"appointment|nomination", "appointment", "appoint", "appoint", nominal=True, needs="role"),
    # a post proposed for a vote ("nominated X to lead the central bank", "intends to nominate X
    # to be the next CEO", the petrobras story)
    T(r"nominated|nominates|nominate|has nominated|was nominated|has been nominated", "appointment", "appoint",
      "appoint", needs="role"),
    T(rf"(?:posted|published|wrote|shared|tweeted|issued|sent|released|put out) {_POST}", "statement", "speech", "post"),
    T(r"(?:posted|tweeted|wrote)(?= [\"“«])", "statement", "speech", "post"),
    # "posted" alone says something only where it is posted: "posted on Twitter", "posted:".
    # AEB, TempEval-3 and MEANTIME write it of results 20 times ("posted a net loss of",
    # "posted earnings of"), of a post 6.
    T(r"posted(?= on | to |:)", "statement", "speech", "post"),
    # Not the passive: "was said to have been disapproving", "were said to be among" (AEB,
    # TempEval-3): hearsay, no one's statement.
    T(r"said|says|told|stated|added|explained|wrote|tweeted|announced|noted|argued|admitted|acknowledged|"
      r"confirmed|insisted|commented|responded|replied|warned|claimed",
      "statement", "speech", "say", not_before=r"was|were|is|are|been|be|being"),
    # Every tense of the verbs of saying ("stating that", "took to X to say", "has questioned").
    T(verbs("say", "tell", "add", "explain", "announce", "note", "argue", "admit", "acknowledge",
            "confirm", "insist", "comment", "respond", "reply", "warn", "deny", "stress",
            "declare", "tease", "praise", lang="en"),
      "statement", "speech", "say",
      # after a determiner the word is a noun: "their claim that", "any question about", "the state"
      not_before=_DETERMINERS),
    # "state", "question" and "claim" are nouns far more often than verbs (AEB, TempEval-3: "Arab
    # states", "secretary of state", "state court", "asked questions", "false claims"): only
    # their unambiguous forms, "states that" and "claims" before its clause ("claims its model
    # costs...", "claims that") say something.
    T(r"stating|questioned|questioning|claiming|states?(?= that\b| [\"“«])|"
      r"claims?(?= (?:that|its|his|her|their|the|a|an|it|he|she|they|we)\b| [\"“«])",
      "statement", "speech", "say", not_before=rf"{_DETERMINERS}|to"),  # "to claim the boy": to take
    # What was said, told as a noun: "X's claim that...", "the remarks of X".
    T(r"statements?|remarks|claims?", "statement", "speech", "say", nominal=True, needs="person"),
    T(r"released|releases|launched|launches|unveiled|unveils|introduced|rolled out|open-sourced|debuted|shipped",
      "release", "release", "release", needs="object_after", not_after=_EVENT_NOUNS),
    T(r"release|launch|debut|unveiling", "release", "release", "release", nominal=True, needs="product_or_owner",
      not_after=_EVENT_NOUNS),
    # Not the passive: "the decision was met with outrage", "will be met with the severest response".
    T(r"met with", "meeting", "meeting", "meeting", not_before=r"was|were|been|is|are|be|being"),
    # "gathered" is a crowd or evidence gathered (AEB, TempEval-3: five of five), no meeting; "met
    # expectations", "meeting demand": to meet is also to satisfy.
    T(r"met|meets with|held a meeting|held meetings|held talks|convened|summit|all-hands|meeting|"
      r"symposium|press conference|news conference",
      "meeting", "meeting", "meeting", not_after=_SATISFIED),
    # A company's own bodies: with no one named, the meeting is the company's (the article's).
    T(r"(?:annual |extraordinary |ordinary )?(?:general meeting|shareholders['’] meeting|shareholder meeting|"
      r"stockholders['’] meeting)",
      "meeting", "meeting", "general_meeting"),
    # A board's meeting is its org's, named or the article's, news or the setting of what it decided:
    # "at an extraordinary meeting of the orchestra's board", "the first meeting of the paper's new board".
    T(r"(?:(?:extraordinary|emergency|special|first|closed-door|ordinary) )?board meeting|"
      r"(?:(?:extraordinary|emergency|special|first|closed-door|ordinary) )?meeting of (?:the |its |their )?"
      r"(?:[a-z][\w-]*['’]s )?(?:(?:new|full|governing) )?(?:board|trustees)\b",
      "meeting", "meeting", "board"),
    # A body's sitting: "will hold an extraordinary session", "called an elective assembly".
    T(r"(?:extraordinary|emergency|special|plenary|elective|ordinary) (?:session|assembly)|"
      r"(?:board|council) session|general assembly",
      "meeting", "meeting", "sitting"),
    T(r"died|dies|has died|passed away|(?:was|were|has been|have been|had been|being) killed", "death", "death",
      "death"),
    # "the bombing that killed Ana Ruiz": who was killed is named after the verb, never before
    T(r"killed|kills", "death", "death", "killed"),
    T(r"death", "death", "death", "death", nominal=True, needs="person"),
    T(r"pay package|compensation package|compensation|salary|pay deal|signing bonus", "compensation", "pay", "pay"),
    # What one is paid for leaving (severance in seven unseen stories, quantities.DEAL_MEASURES).
    # Not the act of severing: "this severance of friendship" (AEB).
    T(r"severance(?! of (?!about|around|some|nearly|up to|more than|[$€£\d]))(?: payment| package| pay)?|"
      r"golden parachute|exit package|exit payment", "compensation", "pay", "severance"),
    T(r"funding round|financing round|investment round|seed round|Series [A-F]\+?(?: round)?|secured funding",
      "funding", "fund", "funding"),
    # Verbs that raise money only when money follows: not "raised concerns", "closed the office".
    # Nor a price, a stake, a dividend or an offer raised or received (TempEval-3: "raised its price
    # for", "raised its stake in", "raised its quarterly dividend", "received a $24-a-share offer").
    T(r"raised|raises|has raised|have raised|secured|secures|has secured|landed|bagged|received",
      "funding", "fund", "funding", needs="money",
      not_after=r"(?:its|their|his|her|the|a|an)\s+(?:\S+\s+){0,2}?(?:prices?|stakes?|offers?|bids?|dividends?|"
                r"forecasts?|estimates?|guidance|outlook|rates?|targets?|payouts?|holdings?|suspensions?|fines?)\b"),
    # Closing names any deal: money only when no purchase is what was closed ("closed the $44bn
    # deal to buy X" is the purchase), and no share price ("shares closed yesterday at $43.50").
    T(r"closed|closes|completed|closed a", "funding", "fund", "close", needs="money",
      not_after=r"(?:\w+day\s+|yesterday\s+|today\s+)?(?:at|up|down|higher|lower|flat|unchanged)\b",
      not_before=r"shares|stocks?|ADRs|index|indexes|indices"),
    # A listing raises money on the stock market (DuEE's 财经/交易-上市); financing names money
    # raised ("bridge financing from the government", MEANTIME), not a firm that lends it.
    T(r"IPOs?|initial public offerings?|stock market listing|public listing|stock market debut",
      "funding", "fund", "ipo", nominal=True),
    # Money lent or promised: "a R$600m loan from X", "Norway pledged $190m to the fund" (loans
    # in three unseen stories, pledges in two; TempEval-3's WSJ loans).
    T(r"loans?|credit line|credit facility", "funding", "fund", "loan", nominal=True, needs="money",
      not_after=r"loss(?:es)?|officers?|books?|portfolios?|rates?|demand|growth|guarantees?"),
    T(r"pledged|pledges|has pledged|have pledged", "funding", "fund", "pledge", needs="money"),
    T(r"financing", "funding", "fund", "financing", nominal=True,
      not_after=r"arm|firms?|compan(?:y|ies)|costs?|rounds?"),
    # Money put into a company by another party ("Acme invested $2bn in Globex", "Acme's
    # investment in Globex"; DuEE's 融资 events are told with 投资 too): the company named
    # after "in" raises it. "invest $500bn in the US", "investment in AI" fund no one.
    T(verbs("invest", lang="en"), "funding", "fund", "invest", needs="investee"),
    # Capital put into a company by its owner ("injected $800 million into the unit") and new
    # shares it sells to raise money ("a €25 million capital increase"): seven unseen stories
    # tell one (a club, a bank, a pension fund, an insurer, an e-commerce unit, a utility, a
    # game studio).
    T(verbs("inject", lang="en"), "funding", "fund", "invest", needs="investee"),
    T(r"capital increase|capital injection|cash injection|rights issue|share placement|private placement",
      "funding", "fund", "capital", nominal=True, needs="money"),
    T(r"investments?", "funding", "fund", "invest", nominal=True, needs="investee",
      not_after=r"banks?|bankers?|banking|firms?|funds?|managers?|arms?|vehicles?|grade|strateg(?:y|ies)"),
    # A share of a company bought or shown: "a 72.4 percent stake in X", "his 9% stake in X"
    # (MEANTIME); "sold 80% of its stake" has no share right before the noun.
    # A stake held or sold is none bought: "which has a 7.25% stake in", "sell back its 50% stake"
    # (TempEval-3).
    T(r"(?:\d[\d.,]*\s?(?:%|percent|per cent)|majority|minority|controlling)(?: [a-z]+)? stake(?= in\b)",
      "acquisition", "acquire", "stake", nominal=True,
      not_before=r"(?:has|have|had|hold|holds|held|holding|own|owns|owned|owning|sell|sells|sold|selling)"
                 r"(?:\s+back)?\s+(?:a|an|its|his|her|their|the)"),
    T(r"acquired|acquires|bought|buys|acquisition|takeover of", "acquisition", "acquire", "acquisition"),
    # a sale is the buyer's acquisition when the buyer is named ("sold X to Y for $2bn"; rules/events/money.py)
    T(verbs("sell", lang="en"), "acquisition", "acquire", "sale"),
    T(r"layoffs|laid off|job cuts|cut jobs|cuts jobs", "reorganization", "reorg", "layoff"),
    # Cutting a number of jobs or workers: "is cutting 10,000 jobs", "to lay off 300 workers"
    # (MEANTIME: "expects to cut approximately 4,300 jobs"; twitter's layoffs).
    T(rf"(?:(?:{verbs('cut', 'shed', 'eliminate', 'slash', 'axe', lang='en')}|lay(?:s|ing)? off|laid off)\s+"
      r"(?:about |around |roughly |some |nearly |up to |more than |over |almost |approximately )?"
      r"(?:\d[\d.,]*(?:\s?(?:million|thousand))?|hundreds of|thousands of)\s+(?:[a-z-]+\s+)?"
      r"(?:jobs|workers|employees|staff|positions|roles))",
      "reorganization", "reorg", "layoff"),
    T(r"dissolved|disbanded|shut down", "reorganization", "reorg", "dissolve"),
    T(r"reorganization|reorganisation|restructuring|restructured|reorganized|reorganised|split into|"
      r"broken up|break up|overhaul",
      "reorganization", "reorg", "restructure"),
    # Merging: of departments a reorganization, of companies an acquisition (`events/companies.py`).
    T(r"merged|merger|merging", "reorganization", "reorg", "merge"),
    T(r"shake-up|shakeup|changes|reshuffle", "reorganization", "reorg", "change", needs="structure"),
    T(r"reports to|reported to|will report to|reporting to|reports directly to|answers to",
      "other", "report", "reports_to"),
    # Every tense of the same acts (lang/verbs.py); the fixed phrases above win where both match.
    T(verbs("resign", "step down", "bow out", "retire", lang="en"), "departure", "leave", "resign"),
    T(verbs("leave", "depart", "exit", lang="en"), "departure", "leave", "exit", needs="org"),
    # Not a gun or a message fired: "started firing.", "the firing site", "fire them off to friends".
    T(verbs("fire", "dismiss", "oust", "sack", lang="en"), "departure", "dismiss", "fired", needs="person_object",
      not_after=r"[.,;:!?'\"”)]|(?:\w+\s+)?(?:off|back|away)\b|(?:at|on|upon|site|squad|range|line|shots?)\b",
      not_before=r"under|\w+-"),
    T(r"(?:was|were|has been|had been|will be|is being|to be)(?: also| then| later| \w+ly)? (?:fired|dismissed|ousted|sacked|removed|let go)",
      "departure", "dismiss", "fired", passive=True),
    # Made to go: "was forced out by the board", "had been pushed out" (three unseen stories).
    # One person is made to go: "were pushed out" is a party's or a group's (TempEval-3).
    T(r"(?:was|has been|had been|is being)(?: \w+ly)? (?:forced|pushed) out|"
      r"(?:was|has been|had been) forced to (?:resign|step down|quit|leave)",
      "departure", "dismiss", "fired", passive=True),
    # Standing in for the holder: "is serving as interim CFO", "will serve as acting chief".
    T(r"(?:serving|serve|serves|acting|act|acts) as(?= (?:the |an? )?(?:interim|acting)\b)", "appointment",
      "appoint", "appoint", needs="role"),
    # A post to be held, told by its verb: "will chair the merged company's board".
    T(r"will (?:chair|head|lead)", "appointment", "appoint", "appoint", needs="org"),
    # Succession: the one taking over is the subject, the one replaced stands after the verb.
    T(verbs("succeed", "replace", "take over from", lang="en"), "appointment", "appoint", "succeed", needs="role"),
    T(verbs("take over as", "take the helm", "take the reins", lang="en"), "appointment", "appoint", "appoint", needs="role"),
    # After a determiner "name" is the noun ("my name is", "changing the name of").
    T(verbs("appoint", "name", "elect", "promote", lang="en"), "appointment", "appoint", "appoint", needs="role",
      not_before=r"the|a|an|my|his|her|its|their|our|your|this|that|whose"),
    # "was chosen to lead the ceremony", "the board chose X to become its chief executive".
    T(verbs("choose", "select", lang="en"), "appointment", "appoint", "appoint", needs="post"),
    # Taking office is the day a post begins ("took office as president", "was sworn in as
    # CEO"), as 就任 in Chinese; "was made chairman" is the passive of giving a post.
    T(r"(?:was|were|is|has been|had been|will be|to be) sworn in(?= as\b)",
      "appointment", "appoint", "take_office", needs="role"),
    # "took office in 2025" names no post and needs none: office is a post ("assumiu o cargo").
    T(verbs("take office", lang="en"), "appointment", "appoint", "take_office"),
    # ...whose post comes right after it: "the decision was made after talks with X" gives none.
    T(r"(?:was|were|has been|had been) (?:made|created)(?= (?:an? |the )?\w)",
      "appointment", "appoint", "take_office", needs="role_next"),
    # A post taken, told with a copula: "will be chairman from September", "is the new coach".
    T(r"will be|would be|is to be|(?:is|was) (?:the|its|their) new", "appointment", "appoint", "appoint",
      needs="role_next"),
    # The post someone is confirmed in: "approved X as the company's new chief executive".
    T(r"as (?:its |the |their )?(?:[\w-]+['’]s )?new", "appointment", "appoint", "as_new", needs="role_next"),
    T(verbs("join", lang="en"), "join", "join", "join", needs="org"),
    T(verbs("die", "pass away", lang="en"), "death", "death", "death"),
    T(verbs("release", "launch", "unveil", "introduce", "roll out", "debut", lang="en"),
      "release", "release", "release", needs="object_after", not_after=_EVENT_NOUNS),
    # not the noun: "said the purchase would double its revenue"
    T(verbs("acquire", "buy", "purchase", lang="en"), "acquisition", "acquire", "acquisition", not_before=_DETERMINERS),
    # A post held since a year: "Zhang, CEO since 2015" tells when it was taken up.
    T(rf"since(?= (?:early |late |mid-)?(?:(?:{_MONTHS}) )?[12]\d{{3}}\b)", "appointment", "tenure", "since"),
    # A post held over a span of years: "led the agency from 2008 to 2016", "her tenure from
    # 2012 to 2015": an appointment at the first year and, once over, a departure at the last.
    T(verbs("lead", "head", "run", "chair", "serve as", lang="en"), "appointment", "tenure", "span", needs="year_span"),
    # "was finance minister from 2015 to 2019": a copula right before a post held over a span.
    T(r"was|had been", "appointment", "tenure", "held_post", needs="year_span"),
    T(r"tenure|terms?(?: in office)?|presidency", "appointment", "tenure", "span", nominal=True, needs="year_span"),
)

ROLES = (
    RoleWord(r"chief executive officer|chief executive|CEO", "CEO"),
    RoleWord(r"chief technology officer|CTO", "CTO"),
    RoleWord(r"chief financial officer|finance chief|financial chief|finance director|CFO", "CFO"),  # "finance director": 3 stories
    RoleWord(r"chief operating officer|chief operations officer|operations chief|COO", "COO"),  # 4 stories
    RoleWord(r"chief people officer|chief talent officer|chief human resources officer|head of HR|HR chief", "chief people officer"),
    RoleWord(r"chief AI scientist|chief artificial intelligence scientist", "chief AI scientist"),
    RoleWord(r"chief scientist", "chief scientist"),
    RoleWord(r"chief (?:[a-z]+ ){1,2}officer", AS_WRITTEN),
    RoleWord(r"research scientist", "research scientist"),
    RoleWord(r"senior researcher", "senior researcher"),
    RoleWord(r"researcher", "researcher"),
    RoleWord(r"technical lead|tech lead|technical head|head of technology", "technical lead"),
    RoleWord(r"senior vice[- ]president|SVP", "senior vice president"),
    RoleWord(r"vice[- ]president|VP", "vice president"),
    # the Spanish and Portuguese university's head (rector, reitor) as English writes it
    RoleWord(r"vice[- ]rector", "vice-rector"),
    RoleWord(r"rector", "rector"),
    RoleWord(r"president", "president"),
    RoleWord(r"prime minister|premier", "prime minister"),
    RoleWord(r"minister", "minister"),
    # Government and party posts (MEANTIME, CoNLL-2002, HAREM): "Secretary of State", "the
    # ministry's executive secretary", "secretario general".
    RoleWord(r"secretary[- ]general", "secretary-general"),
    RoleWord(r"secretary of state", "secretary of state"),
    RoleWord(r"(?:executive |permanent |treasury |press |general )?secretary", "secretary"),
    RoleWord(r"senator", "senator"),
    # AEB: governor 13 times; TempEval-3: mayor 4 times
    RoleWord(r"governor", "governor"),
    RoleWord(r"mayor", "mayor"),
    # TempEval-3 and AEB: ambassador 30 times, judge 13, congressman/-woman or lawmaker 3
    RoleWord(r"ambassador", "ambassador"),
    # a consul (general) and a museum's curator: two stories each, in all four languages
    RoleWord(r"consul[- ]general|consul", "consul"),
    RoleWord(r"(?:chief )?curator", "curator"),
    RoleWord(r"judge", "judge"),
    # Posts that four, three or two of the unseen stories' golds name: a team's captain, a
    # party's lawyer, an association's treasurer, a regulator's superintendent or commissioner.
    RoleWord(r"captain", "captain"),
    RoleWord(r"lawyer|attorney(?! general)", "lawyer"),
    RoleWord(r"treasurer", "treasurer"),
    RoleWord(r"superintendent", "superintendent"),
    RoleWord(r"commissioner", "commissioner"),
    # a firm's partner ("Atlas Ridge partner X"; zh 合伙人 in zhwce) and a prosecutor (TempEval-3's courts)
    RoleWord(r"(?:managing |general |senior |founding )?partner", "partner"),
    RoleWord(r"(?:public |federal |state |chief |labor |labour )?prosecutor", "prosecutor"),
    RoleWord(r"congressman|congresswoman|lawmaker", "deputy"),
    RoleWord(r"chairman|chairwoman|chairperson|chair", "chairman"),
    RoleWord(r"co-founders?|cofounders?", "co-founder"),
    RoleWord(r"founders?", "founder"),
    RoleWord(r"shareholder|stockholder", "shareholder"),
    RoleWord(r"core contributor|key contributor|lead contributor", "core contributor"),
    RoleWord(r"general manager", "general manager"),
    RoleWord(r"co-owner|co-owners", "co-owner"),
    RoleWord(r"owner|owners", "owner"),
    RoleWord(r"pope|pontiff", "pope"),
    RoleWord(r"cardinal", "cardinal"),
    RoleWord(r"archbishop|bishop", "bishop"),
    RoleWord(r"assistant coach|assistant manager", "assistant coach"),
    RoleWord(r"head coach|coach", "coach"),
    RoleWord(r"player|footballer|forward|striker|midfielder|defender|goalkeeper", "player"),
    RoleWord(r"agent|representative", "agent"),
    RoleWord(r"reporter|journalist|correspondent", "reporter"),
    RoleWord(r"editor", "editor"),
    RoleWord(r"head|lead|leader|director|chief|boss", "head"),
    RoleWord(r"engineer", "engineer"),
    RoleWord(r"spokesperson|spokesman|spokeswoman", "spokesperson"),
    # "an analyst at X" (AEB and TempEval-3's business news: brokers, banks, research firms)
    RoleWord(r"(?:senior |chief |equity |industry |research )?analysts?", "analyst"),
    # A company's chief lawyer (a title in ResumeNER too: 总法律顾问).
    RoleWord(r"general counsel|chief legal officer", "general counsel"),
    RoleWord(r"board member|member of the board|board director", "board member"),
)

DOMAINS = (
    (r"post-?training", "post-training"), (r"pre-?training", "pre-training"), (r"training", "training"),
    (r"research", "research"), (r"product", "product"), (r"engineering", "engineering"),
    (r"infrastructure", "infrastructure"), (r"safety", "safety"),
)

LEXICON = Lexicon(
    lang="en",
    states_subjects=True,
    cjk=False,
    triggers=TRIGGERS,
    roles=ROLES,
    domains=DOMAINS,
    rumor=r"reportedly|rumou?red|rumou?rs?|allegedly|purportedly|is said to|are said to|word is",
    # Lower case: "May 14 (Reuters) -" and "in May" are the month, not the modal.
    # AEB: "according to two people familiar with the matter", "sources told Reuters"
    unnamed_sources=r"(?:people|persons?|sources?|insiders?)\s+(?:familiar with|close to|briefed on|with knowledge of)|"
                    r"sources\s+(?:said|say|says|told)|according to (?:\w+ )?(?:people|sources|a person|insiders)",
    speculation=r"(?-i:may)|might|could|possibly|perhaps|likely|probably|analysts (?:think|believe|say)|speculate[sd]?|"
                r"speculation|is thought to|are thought to|presumably|it seems|apparently|I suspect|we suspect",
    denial=r"denied|denies|deny|rejected reports|dismissed reports|refuted",
    negation=r"not(?!\s+only)|never|didn't|did not|hasn't|has not|won't|will not|isn't|no longer|neither|nor",
    confirmation=r"confirmed|confirms|officially|announced|announces|formally",
    # Without the "to": a trigger may begin at it ("hopes to hire").
    demand=r"call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)",
    cancellation=r"scrapped|scraps|called off|calls off|cancell?ed|cancels|cancell?ation of|dropped (?:its|his|her|their) plans?",
    intention=r"hopes|hoped|hoping|look(?:s|ing)? forward|(?:is|are|was|were) expected|expects|intends|intending|"
              r"plans|planned|planning",
    attribution=(
        r"[Aa]ccording to [^,.;:]{2,50}?(?=,|\.|;|$)",
        r"[Aa]s (?:first )?reported by [^,.;:]{2,50}?(?=,|\.|;|$)",
        r"\b(?:(?-i:[A-Z])[\w.]*\s){1,5}(?:reported|reports|revealed|first reported)(?! to\b)(?: that)?",
        # up to the verb of saying: what the sources said after it is the sentence's news
        r"[Ss]ources (?:close to|familiar with)[^,.;:]{0,50}?(?:\s(?:said|say|says|told)\b|(?=[,.;:]|$))",
        r"[Ss]ources said",
        r"people familiar with [^,.;:]{2,50}?(?:\s(?:said|say|says|told)\b|(?=[,.;:]|$))",
    ),
    blocked_before=r"accepted|accepts|approved|approves|rejected|prevent|avoid",
    generic_after=r"\s(?:wave|rate|rumou?rs?)",
    report_nouns=r"report|article|newspaper|outlet",
    pronouns=r"he|she",
    possessives=r"his|her|their",
    org_possessives=r"its|their",
    masculine_pronouns=r"he|his|him|himself",
    feminine_pronouns=r"she|her|hers|herself",
    honorifics=r"Dr|Mr|Mrs|Ms|Prof",
    object_breaks=r"at|to|from|of|in|on|for|by|with|about|over|into|as|that|which|who|whom|when|where",
    to_whom=r"to",
    tells_whom=r"told|tells|tell|telling",
    plural_pronouns=r"they|we",
    object_pronouns=r"him|her",
    speaker_org_link=r"of|at|from",
    determiners=r"the|a|an|this|that|whose|his|her|their|its",
    continuation=r"(?:\s|,|in|on|during|also|then|later|since|just|recently|officially|formally|abruptly|quietly|and|but|who|has|have|had|will|would|eventually|finally|subsequently)*",
    companions=r"along with|together with|as well as|followed by|joined by",
    inclusion=r"including|includes?|included|among them|among whom",
    coordinators=r",|and|&|\s",
    conjunctions=r"and|&",
    genitive=r"of",
    locative=r"at",
    team_words=r"team|group|lab|division|unit",
    names_modify_nouns=True,
    product_nouns=r"model|models|version|app|product|chip|service|platform",
    bare_end=r"\s*(?:$|[,.;:!?)])",
    origin_marker=r"from",
    investee_marker=r"in|into",
    company_counts=r"percent|per cent|stakes?|shares|companies|firms|start-?ups|businesses|brands|rivals|"
                   r"competitors|subsidiaries|units",
    lending=verbs("offer", "provide", "grant", "extend", "lend", lang="en") + "|lent",
    award_marker=r"of the (?:year|month|season|decade)",
    earnings_nouns=r"profits?|revenues?|sales|earnings|income|loss(?:es)?|turnover|orders|contracts|deals",
    successor_noun=r"successors? (?:to|of)",
    agent_marker=r"by",
    replacement_marker=r"with",
    oblique_before=r"by|to|with|for|of|from|about|against|on|at|after|under",
    report_target=r"to",
    sequence=r"then|later|subsequently|afterwards|and then",
    org_structure=r"organi[sz]ational|structure|structural|teams?|departments?|divisions?|staff|management|leadership|org chart",
    job_nouns=r"post|position|role|job|company|firm|team|board|group",
    role_status={
        r"\b(?:ex|former|then|erstwhile|previous)\b": "former",
        r"\b(?:current|now|sitting|incumbent)\b": "current",
        r"\b(?:new|newly appointed|incoming|newly named|interim)\b": "new",
    },
    role_predicates={
        r"\b(?:was|had been|served as|worked as)\s+(?:the\s+|a\s+|an\s+)?$": "former",
        r"\b(?:became|becomes|will become|was named|named|was appointed|appointed|was promoted to|promoted to|"
        r"took over as|takes over as|will be|was elected|was re-elected|elected)\s+(?:the\s+|a\s+|an\s+)?$": "new",
        r"\b(?:is|remains|serves as|works as)\s+(?:the\s+|a\s+|an\s+)?$": "current",
        r"\b(?:resigned|resigns|stepped down|stepping down|steps down|quit|retired|gave up (?:his|her) roles?)"
        r"(?: [a-z]+){0,3} as\s+(?:the\s+|a\s+|an\s+|its\s+)?$": "former",  # "resigned from his post as" (MEANTIME)
        # "appointed X as interim president", "took over from Zhang as CEO": the role of the
        # person named right before, or of the clause's subject.
        r"\b(?:as|to be)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|the company's\s+)?$": "current",
    },
    # The verbs that give a post held ("has run X since 2018"): finite forms only, as "X heads Y"
    # reads a role too ("head", "leading" are nouns and adjectives as often).
    role_verbs={
        r"founded|co-founded|cofounded": "founder",
        r"led|leads|heads|headed|runs|ran|run|helms|helmed": "head",
        r"chairs|chaired": "chairman",
        r"owns|owned": "owner",
    },
    role_verbs_passive={
        r"(?:led|headed|run|helmed|managed) by": "head",
        r"(?:chaired|presided over) by": "chairman",
        r"(?:founded|co-founded) by": "founder",
        r"owned by": "owner",
    },
    anaphoric_days=r"the next day|the following day|that same day|the same day|the day before|hours later|that night",
    time_bound_before=r"(?:after|before|following|until|till)(?:\s+the)?|since\s+the",
    span_start_before=r"(?<!\w)since",
    time_relative=r"when\b",
    # AEB and TempEval-3 end 12 sentences with one; the rules gave 9 of them a name of the
    # sentence as speaker ("threatening to kill U.S. Rep. Ilhan Omar, ..., prosecutors said")
    bare_plural_subject=r"(?:[a-z][\w-]*\s+){0,2}(?:(?!(?:has|was|does|is|as|this|its|his|hers|ours|yours|theirs|us|"
                        r"thus|plus|always|perhaps|sometimes)\s*$)[a-z][\w-]*[^s\W]s|police)",
    event_offset=r"(?:before|after|later|earlier)\s+(?:than|the|his|her|its|their|[a-z]+ing\b)|(?:after|following)(?:\s+\S+){1,3}?\s+of",
    # "a day after firing X" as "después de destituir a X": the trigger is the point counted from
    reference_point=r"(?:after|before|following|since)\s+(?:the|its|his|her|their)|\b(?:after|before)",
    year_span_joiner=r"to|and|until|through",
    year_span_opener=r"from|between|during",
    same_day=r"(?:on the same day (?:that|as)|the same day (?:that|as))(?P<event>[^,.;]{2,60})",
    at_publication=r"at (?:the time of|press) (?:time|writing|publication)|as of (?:this )?writing|at press time|as of press time",
    as_of=r"as of|by|through|until",
    future=r"will|is set to|is poised to|is expected to|is to|is joining|in talks to|to join|to hire",
    concessive=r"although|even though|though|despite|in spite of",
    complementizer=r"that",
    gerund=r"\w+ing",
    infinitive=r"to\s+\w+",
    oblique_prepositions=r"against|with",
    becoming=r"became|becomes|will become",
    respectively=r"respectively",
    split_into=r"\s*into\b",
    announcing=r"announc\w*|confirm\w*|unveil\w*|disclos\w*",
    figure_keys=(
        # Levels of a listed company or a person, and how many people were there; a loss when
        # a verb of falling stands beside them (see `decrease`).
        # not what a price is paid in ("$3.2 billion in cash and shares", TempEval-3: "$13.65 in cash and
        # stock", "$30 million in stock")
        (r"(?<!\bin )(?<!\band )(?:shares|stock)(?! price)|share price|stock price|ADRs?", "share_price"),
        (r"market value|market capitali[sz]ation|market cap|in value", "valuation"),
        (r"net worth|fortune|personal wealth", "net_worth"),
        # a death toll: "16 dead", "270 deaths" (TempEval-3's bombings, MEANTIME's crashes)
        (r"(?-i:dead|deaths|fatalities)", "deaths"),  # lower case: not "Red Dead Redemption 2"
        # the injured, before the people they are: "23 people were injured" (two stories: a clash, a blast)
        (r"(?:people (?:were |was )?)?(?:injured|wounded)", "injured"),
        (r"people|fans|faithful|mourners|spectators|pilgrims|attendees", "people"),
        (r"downloads", "downloads"),
        (r"derivative models|derivatives|fine-tunes", "derivative_models"),
        (r"likes", "likes"),
        (r"views|impressions", "views"),
        (r"comments|replies", "comments"),
        (r"retweets|reposts|(?<!\bin )(?<!\band )shares", "reposts"),
        (r"salary|annual pay", "salary"),
        (r"pay package|compensation package|compensation", "compensation"),
        (r"valuation|valued at|values\s+(?:[\w.&-]+\s+){1,3}at", "valuation"),
        (r"funding|raised", "funding"),
        # public money given to a project (two stories: state aid, tax breaks for a battery plant)
        (r"grants?|subsid(?:y|ies)|state aid|public aid|tax breaks|tax incentives|incentives|soft loans", "aid"),
        (r"revenue|sales", "revenue"),
        # a bank's or a fund's size (TempEval-3 6 times, MEANTIME once)
        (r"assets", "assets"),
        # what a company owes (AEB, TempEval-3: 33 sentences with an amount, "long-term debt of $700 million")
        (r"debt|debts", "debt"),
        (r"profit|net income", "profit"),
        # what a company or a fund lost (TempEval-3: "a net loss of $50 million", "losses of more than $1 billion")
        (r"(?:net )?loss(?:es)?|write-?downs?", "loss"),
        # what a regulator fines, what a contract is worth, what a thing cost (a data breach's and
        # a water utility's fines, an electoral contract and a 5G one, two satellites' cost)
        (r"fine[sd]?|penalty|penalties", "fine"),
        (r"contracts?", "contract"),
        (r"cost(?:s|ing)?|price tag", "cost"),
        (r"employees|staff|workers|people on the team|staffers|headcount", "headcount"),
        # Jobs a company cuts or creates (MEANTIME: "cut 13,000 jobs", "30,000 positions")
        (r"jobs|positions", "jobs"),
        (r"researchers|research staff|scientists|research team|research group|research lab", "researchers"),
        (r"users", "users"),
        # A platform's customers are its users, as its articles write them in turn (an exchange's
        # "1,2 millones de clientes" and "800.000 usuarios", a bank's "clientes" and "用户"); a cruise
        # ship's and an airline's passengers are counted too.
        (r"customers|clients|account holders", "users"),
        (r"passengers", "passengers"),
        # a share of a company held or bought: "a 9% stake", "a stake of about 35%" (TempEval-3, the
        # Twitter story's Musk stake, zh's 股权)
        (r"stakes?|shareholding", "stake"),
        (r"parameters", "parameters"),
        (r"developers", "developers"),
        (r"GitHub stars|stars", "github_stars"),
    ),
    relative_pronoun=r"who|whom",
    relative_pronoun_any=r"who|whom|which",
    aside_participle=r"\w+ed|born|built|made|known|held|run|set up|grown",
    definite_determiners=r"the|its|his|her|their",
    place_prepositions=r"in|at",
    joining_prepositions=r"to|into",
    deal_nouns=r"deal|transaction|takeover|acquisition|purchase|merger|offer|bid|order|contract|agreement",
    holding=r"holds?|held|owns?|owned|controls?|controlled",
    toll_nouns=r"death toll|(?:number|count) of (?:the )?(?:confirmed )?(?:dead|deaths|fatalities|victims)",
    # "signed" alone is a player's signing (a hire): an agreement names what is signed
    signing=r"(?:was|were|been|be|is|are) signed|(?:signed|signs|sign) (?:the |an? |its |their )?(?:contract|agreement|deal|accord|memorandum)s?|signing ceremony",
    acting=r"interim|acting",
    mutual_agreement=r"by mutual (?:agreement|consent)|mutually agreed",
    at_meeting=r"(?:at|after|during|following) (?:the|their|a) (?:meeting|talks|ceremony|signing ceremony|summit)",
    post_modifiers=r"(?!several\b)[a-z]{3,}(?:al|ic|ive)|founding|managing|sporting",
    modifiers_before=True,
    sold_to=r"to",
    sold_parts=r"stakes?|shares|percent|\d[\d.,]*\s?%|units?|divisions?|business(?:es)?|assets|operations|subsidiar(?:y|ies)|branch(?:es)?|offices|plants?|factories|rights|brands?|compan(?:y|ies)|firms?|stores|control",
    held_by=r"(?:\s+(?:stake|share|interest))?\s+(?:is|are|was|were)\s+(?:held|owned|controlled)\s+by\s+(?:the\s+)?",
    market_share=r"(?:of )?(?:the |its |their )?(?:[\w.'-]+ ){0,3}(?:market|sales|votes?)\b",
    company_nouns=r"the company|the firm|the group|the automaker|the carmaker|the chipmaker|the bank|the university",
    decrease=r"fell|fall|falls|falling|down|lost|lose|loses|losing|shed|shedding|wiped|wiping|dropped|drops|drop|"
             r"plunged|plunge|slumped|slid|sank|tumbled|declined|erased",
    range_joiner=r"to",
    multiple=r"x|times|fold|-fold",
    scales=((r"billion|bn|b", 1e9), (r"trillion|tn", 1e12), (r"million|mn|m", 1e6), (r"thousand|k", 1e3)),
    more_than=r"more than|over|above|exceeding|at least|upwards of",
    less_than=r"less than|fewer than|under|below",
    about=r"about|around|nearly|almost|roughly|approximately|some|close to",
    # Dollars of other countries are marked before the sign (TempEval-3: C$ 30 times; MEANTIME:
    # CA$ 4, AU$ 3): the longest mark wins, so "HK$38" is no US dollar amount.
    currencies=((r"US\$|\$|dollars|USD", "USD"), (r"€|euros|EUR", "EUR"), (r"£|pounds|GBP", "GBP"), (r"yuan|RMB|CNY", "CNY"),
                (r"HK\$|Hong Kong dollars|HKD", "HKD"), (r"C\$|CA\$|Canadian dollars|CAD", "CAD"),
                (r"A\$|AU\$|Australian dollars|AUD", "AUD"), (r"R\$|reais|BRL", "BRL"),
                (r"yen|JPY", "JPY"), (r"Swiss francs|CHF", "CHF"), (r"rupees|INR", "INR"), (r"rubles|roubles|RUB", "RUB"),
                (r"KRW", "KRW"), (r"pesos|MXN|COP|ARS|CLP", "PESO")),
)
