"""Portuguese: how Portuguese-language news reports personnel moves, releases, meetings, deaths, quotes.

"se foi" ("is gone") is left out on purpose: it can mean leaving or dying, and a rule
must not guess which.
"""

from __future__ import annotations

from factline.lang.event_lexicon import Lexicon, RoleWord, with_ranks
from factline.lang.event_lexicon import TriggerRule as T
from factline.lang.pt.calendar import MONTHS
from factline.lang.verbs import verbs

# A month before the year a post has been held since ("since June 2024", "desde mayo de 2024").
_MONTHS = "|".join(MONTHS)

_POST = r"(?:um|uma|sua|seu|o|a|este|esta)?\s*(?:breve|longo|longa|extenso|novo|nova|emocionante|último)?\s*(?:mensagem|despedida|tuíte|tweet|comunicado|carta|texto|post|publicação|nota|vídeo|artigo|declaração)"

TRIGGERS = (
    T(r"(?:anunciou|anuncia|confirmou|confirma|apresentou|comunicou|tornou pública)"
      r"(?: ontem| hoje| (?:nesta|neste|na|no) (?:segunda|terça|quarta|quinta|sexta)(?:-feira)?| (?:neste|no) (?:sábado|domingo))?"
      r" (?:a )?sua (?:renúncia|demissão|saída|partida)",
      "departure", "leave", "resign", confirmed=True),
    # Handing in one's resignation, in any tense: "ter apresentado a renúncia", "apresentou a demissão".
    T(rf"(?:{verbs('apresentar', 'entregar', lang='pt')}) (?:a |sua |a sua )?(?:renúncia|demissão|carta de demissão)",
      "departure", "leave", "resign"),
    T(r"(?:mudou|alterou|atualizou|alterando|mudando) (?:o )?seu perfil(?: n[oa] \w+)? para(?= [\"“«]?(?:ex|antigo|pre)\b)",
      "departure", "leave", "exit"),
    T(r"renunciou|renunciaram|renunciado|renunciará|pediu demissão|pediram demissão|pediu as contas|demitiu-se|se demitiu",
      "departure", "leave", "resign"),
    # "demissão" is a dismissal or a resignation alike; "renúncia" only a resignation
    T(r"renúncia", "departure", "leave", "resignation", nominal=True,
      not_before=r"pediu|pede|pedem|pediram|exigiu|exige|exigem|exigiram|cobrou|cobra|cobram"),
    T(r"demissão", "departure", "leave", "resign", nominal=True),
    # Retiring from work (HAREM: "tenha se aposentado", "encontram-se aposentados"): a departure.
    T(r"se aposent(?:a|ou|ará|aria|ava|am|aram|arão)|aposentou-se|aposenta-se|aposentar-se|vai se aposentar|"
      r"se aposentar", "departure", "leave", "retire"),
    T(r"aposentadoria", "departure", "leave", "retire", nominal=True, needs="person"),
    T(r"saída|partida", "departure", "leave", "exit", nominal=True, needs="person"),
    T(r"saiu|saíram|sairá", "departure", "leave", "exit"),
    T(r"deixou|deixa|deixava|deixará|deixaram|abandonou|abandona|abandonaram|despediu-se d[oa]",
      "departure", "leave", "exit", needs="org"),
    T(r"demitiu|demite|dispensou|destituiu|exonerou", "departure", "dismiss", "fired", needs="person"),
    # every finite form and the infinitive ("decidiu afastar X da presidência"); the participle is below
    T(r"afastou|afastaram|afastará|afastarão|afastaria|afastar|afasta", "departure", "dismiss", "suspended", needs="person"),
    # "foi afastado" (removed from the post, perhaps for a while) is not a dismissal: see below.
    T(r"foi demitid[oa]|foi dispensad[oa]|foi destituíd[oa]|foi exonerad[oa]",
      "departure", "dismiss", "fired", passive=True),
    T(r"foi suspens[oa]", "departure", "leave", "suspended"),
    T(r"juntou-se a|juntou-se ao|juntou-se à|se juntou a|se juntou ao|se juntou à|juntou-se|uniu-se a|se uniu a|"
      r"ingressou n[oa]|ingressou em|entrou n[oa]|entrou para|foi para|mudou-se para|transferiu-se para|"
      r"voltou para|voltou a|chegou a|chegou ao|chegou à|aderiu a|integrou|juntar-se a|juntar-se ao|juntar-se à|"
      r"se juntar a|se juntar ao|se juntar à|ingressar n[oa]|vai para|irá para|"
      r"(?:vai|irá|deve) (?:assumir|comandar|liderar|chefiar)(?: (?:a|o) (?:direção|chefia|liderança|comando|coordenação)"
      r"(?: de [\wáéíóúçãõ]+)?)?(?= (?:d[ao]s?|n[ao]s?) )|assumirá (?:a|o) (?:direção|chefia|liderança|comando|coordenação)"
      r"(?: de [\wáéíóúçãõ]+)?(?= (?:d[ao]s?|n[ao]s?) )",
      "join", "join", "join", needs="org"),
    T(r"chegada|contratação|ida para", "join", "join", "join", nominal=True, needs="person"),
    # Founding a company is joining it from its first day (cofundou a X); the participle is left out.
    T(r"fundou|cofundou|co-fundou|fundaram|cofundaram|co-fundaram|tinha fundado", "join", "join", "found", needs="org"),
    T(r"contratou|contrata|contratar|contratará|recrutou|recrutar|atraiu|atrair|fisgou", "join", "hire", "hire",
      needs="person"),
    T(r"(?:foi )?(?:contratad[oa]|recrutad[oa])(?: \w+mente)? (?:pel[oa]|por)",
      "join", "hire", "hire", passive=True),
    T(r"assumiu|assume|assumirá|foi nomead[oa]|nomead[oa]|nomeou|foi promovid[oa]|promovid[oa] a|tornou-se|"
      r"se tornou|torna-se|passou a ser|foi designad[oa]|designad[oa]",
      "appointment", "appoint", "appoint", needs="role"),
    # A noun: the one appointed is its genitive ("a nomeação de X"), never its speaker.
    T(r"nomeação", "appointment", "appoint", "appoint", nominal=True, needs="role"),
    T(rf"(?:publicou|publica|escreveu|compartilhou|postou|divulgou) {_POST}", "statement", "speech", "post"),
    T(r"(?:publicou|tuitou|escreveu|postou)(?= [\"“«])", "statement", "speech", "post"),
    T(r"disse|diz|afirmou|afirma|declarou|declara|garantiu|assegurou|explicou|explica|comentou|indicou|"
      r"acrescentou|escreveu|tuitou|postou|anunciou|admitiu|reconheceu|destacou|ressaltou|respondeu|"
      r"lamentou|agradeceu",
      "statement", "speech", "say"),
    # Every tense of the verbs of saying.
    T(verbs("dizer", "afirmar", "declarar", "garantir", "assegurar", "explicar", "comentar", "indicar",
            "acrescentar", "anunciar", "admitir", "ressaltar", "responder", "lamentar", "agradecer", "questionar",
            "negar", "desmentir", "confirmar", "informar", "insistir", "sublinhar", "alertar", "criticar", "defender", "prometer",
            lang="pt"),
      "statement", "speech", "say"),
    # O que foi dito, como substantivo: "a declaração de X sobre...", "as declarações de X".
    T(r"declarações|declaração", "statement", "speech", "say", nominal=True, needs="person"),
    T(r"lançou|lança|lançará|lançaram|apresentou|publicou|liberou|disponibilizou|estreou|abriu o código",
      "release", "release", "release", needs="object_after"),
    T(r"lançamento|apresentação|estreia", "release", "release", "release", nominal=True, needs="product_or_owner"),
    T(r"reuniu-se com|se reuniu com|reuniram-se|se reuniram|se reúne com|reúne-se com|realizou uma reunião|"
      r"realizaram uma reunião|convocou|reunião|cúpula|encontro com|simpósio|entrevista coletiva|"
      r"coletiva de imprensa",
      "meeting", "meeting", "meeting"),
    # Todas as formas proclíticas de reunir-se ("se reúna", "se reunirão"). As enclíticas novas
    # ("reuniu-se em Pequim com X") ficam fora: quando quem se reúne não é nomeado ("um grupo de
    # especialistas"), o quadro daria a reunião à pessoa depois de "com".
    T(rf"se (?:{verbs('reunir', lang='pt')})|reunir-se", "meeting", "meeting", "meeting"),
    # Os órgãos de uma empresa: sem ninguém nomeado, a assembleia é da empresa do artigo.
    T(r"assembleia[- ]geral(?: (?:ordinária|extraordinária))?(?: de acionistas)?|"
      r"assembleia (?:ordinária |extraordinária )?de acionistas",
      "meeting", "meeting", "general_meeting"),
    # A reunião de um conselho é a da sua organização, nomeada ou a do artigo.
    T(r"(?:reunião|sessão) (?:extraordinária |de emergência |urgente )?do (?:conselho(?: de administração| de curadores)?|"
      r"diretório)\b",
      "meeting", "meeting", "board"),
    # A sessão de um órgão: "convocou uma sessão extraordinária", "a assembleia eletiva".
    T(r"(?:sessão|assembleia) (?:extraordinária|plenária|eletiva|ordinária|de urgência)",
      "meeting", "meeting", "sitting"),
    T(r"morreu|faleceu|morre|falece|morreram|perdeu a vida|foi assassinad[oa]", "death", "death", "death"),
    T(r"falecimento|morte", "death", "death", "death", nominal=True, needs="person"),
    T(r"pacote de remuneração|pacote de compensação|pacote salarial|salário|remuneração|compensação|bônus|oferta milionária",
      "compensation", "pay", "pay"),
    T(r"indenização|indemnização|indenizações|indemnizações", "compensation", "pay", "severance"),
    T(r"rodada de investimento|rodada de financiamento|rodada (?:semente|seed)|rodada (?:de )?Série [A-F]",
      "funding", "fund", "funding"),
    T(r"captou|arrecadou|levantou|captará|obteve|recebeu|"
      # a round named by its kind is the noun's trigger above, which closing it must not hide
      r"fechou uma rodada(?! de (?:investimento|financiamento))",
      "funding", "fund", "funding", needs="money"),
    # Uma abertura de capital capta dinheiro (o 财经/交易-上市 do DuEE).
    T(r"oferta pública inicial(?: de ações)?|oferta pública de ações|abertura de capital|IPO",
      "funding", "fund", "ipo", nominal=True),
    # Dinheiro emprestado ou prometido: "um empréstimo de R$ 650 milhões", "comprometeu-se a aportar".
    T(r"empréstimos?|linha de crédito", "funding", "fund", "loan", nominal=True, needs="money"),
    T(r"comprometeu-se a aportar|comprometeram-se a aportar|prometeu aportar", "funding", "fund", "pledge",
      needs="money"),
    T(r"financiamento", "funding", "fund", "financing", nominal=True, not_after=r"rodada"),
    # Money put into a company by another party ("a Acme investiu R$ 2 bilhões na Globex",
    # "o investimento da Acme na Globex"): the company named after em/no/na raises it.
    T(verbs("investir", lang="pt"), "funding", "fund", "invest", needs="investee"),
    T(verbs("injetar", lang="pt"), "funding", "fund", "invest", needs="investee"),
    T(r"aumento de capital|injeção de capital|aporte de capital|colocação de ações",
      "funding", "fund", "capital", nominal=True, needs="money"),
    T(r"investimentos?", "funding", "fund", "invest", nominal=True, needs="investee",
      not_after=r"bancos?|fundos?|gestoras?|sociedades?"),
    T(r"participação(?: acionária)?(?: majoritária| minoritária| de controle)?(?: de| da)? "
      r"(?:cerca de |quase )?[\d.,]+ ?(?:%|por cento)",
      "acquisition", "acquire", "stake", nominal=True,
      # held or sold, none bought: "que detém uma participação de 18%"
      not_before=r"(?:tem|tinha|terá|detém|detinha|possui|possuía|mantém|mantinha|conserva|controla|"
                 r"vende|vendeu|venderá|vender)\s+(?:\w+\s+){0,2}(?:uma|um|sua|suas|a|o)"),
    T(r"adquiriu|adquire|comprou|compra|aquisição|incorporou", "acquisition", "acquire", "acquisition"),
    T(verbs("vender", lang="pt"), "acquisition", "acquire", "sale"),
    T(r"demissões em massa|cortes de pessoal|layoffs|cortou vagas", "reorganization", "reorg", "layoff"),
    # Demitir ou cortar um número de funcionários ou empregos: "vai demitir 10 mil funcionários".
    T(rf"(?:(?:{verbs('demitir', 'cortar', 'eliminar', 'despedir', 'dispensar', lang='pt')}|(?:cortes?|eliminação) de)\s+"
      r"(?:cerca de |mais de |até |quase )?\d[\d.,]*(?:\s+mil)?\s+"
      r"(?:funcionários|trabalhadores|empregos|postos(?: de trabalho)?|vagas|colaboradores))",
      "reorganization", "reorg", "layoff"),
    T(r"dissolveu|dissolução|desmontou", "reorganization", "reorg", "dissolve"),
    T(r"reorganização|reestruturação|reestrutura|reorganiza|reorganizou|reestruturou|se dividir|dividir-se|"
      r"dividirá|cisão",
      "reorganization", "reorg", "restructure"),
    T(r"fusão|fundiu-se|fundiram-se|se fundiram|fundir-se", "reorganization", "reorg", "merge"),
    T(r"mudanças|mudança|ajuste|ajustes|reajuste", "reorganization", "reorg", "change", needs="structure"),
    T(r"reporta-se a|reporta a|reportará a|se reporta a|responde a|responderá a|respondia a|subordinad[oa] a|"
      r"presta contas a",
      "other", "report", "reports_to"),
    # Every tense of the same acts (lang/verbs.py); the fixed phrases above win where both match.
    T(verbs("renunciar", "pedir demissão", lang="pt"), "departure", "leave", "resign"),
    T(verbs("deixar", "abandonar", "sair de", "sair da", "sair do", lang="pt"), "departure", "leave", "exit", needs="org"),
    T(verbs("demitir", "destituir", "exonerar", "dispensar", lang="pt"), "departure", "dismiss", "fired", needs="person"),
    T(r"(?:foi|foram|será|seria|tinha sido|teria sido|é)(?: também| mesmo| logo| \w+mente)? (?:demitid[oa]s?|destituíd[oa]s?|exonerad[oa]s?|dispensad[oa]s?)",
      "departure", "dismiss", "fired", passive=True),
    T(r"(?:foi|foram|será|seria|tinha sido|é) afastad[oa]s?|afastad[oa]s? d[oa]", "departure", "leave", "suspended"),
    T(verbs("suceder", "substituir", lang="pt"), "appointment", "appoint", "succeed", needs="role"),
    T(verbs("nomear", lang="pt"), "appointment", "appoint", "appoint", needs="role"),
    # Coming back to lead ("voltou para dirigir o seminário")
    T(rf"(?:{verbs('voltar', 'regressar', 'retornar', lang='pt')}) (?:para|a) (?:dirigir|presidir|comandar|liderar|chefiar)",
      "appointment", "appoint", "return"),
    # Choosing someone gives a post only where the post is named ("escolheu X para presidente");
    # "quando recasou, escolheu X" chose a husband (HAREM).
    T(verbs("eleger", "escolher", "selecionar", lang="pt"), "appointment", "appoint", "appoint", needs="post"),
    # Assumir um posto sem o nomear: "aceitou assumir o cargo", "assumirá temporariamente a administração".
    T(rf"(?:{verbs('assumir', lang='pt')})(?: \w+mente)? (?:o |a |as |os )?(?:cargo|posto|função|funções|comando|"
      r"presidência|direção|chefia|administração|liderança)\b",
      "appointment", "appoint", "take_office"),
    # Taking office is the day a post begins ("tomou posse como presidente"), as 就任 in Chinese.
    T(verbs("tomar posse", lang="pt"), "appointment", "appoint", "take_office", needs="role"),
    T(r"será|seria|(?:é|foi) (?:o|a) nov[oa]|exercerá o cargo de|atuará como", "appointment", "appoint", "appoint",
      needs="role_next"),
    # Um cargo que se ocupará, dito com o seu verbo: "presidirá o conselho de administração".
    T(r"presidirá|dirigirá|liderará|comandará", "appointment", "appoint", "appoint", needs="org"),
    # "tem como novo treinador X", "confirmou como sua nova presidente X".
    T(r"como (?:seu |sua |o |a )?nov[oa]", "appointment", "appoint", "as_new", needs="role_next"),
    T(verbs("falecer", "morrer", lang="pt"), "death", "death", "death"),
    T(verbs("lançar", "apresentar", lang="pt"), "release", "release", "release", needs="object_after"),
    T(verbs("adquirir", "comprar", lang="pt"), "acquisition", "acquire", "acquisition"),
    T(verbs("captar", "arrecadar", "conseguir", lang="pt"), "funding", "fund", "funding", needs="money"),
    # A post held since a year: "presidente desde 2019" tells when it was taken up.
    T(rf"desde(?= (?:o )?(?:ano )?(?:de )?(?:(?:{_MONTHS}) de )?[12]\d{{3}}\b)", "appointment", "tenure", "since"),
    # Um cargo ocupado durante anos: "dirigiu a agência de 2008 a 2016", "seu mandato (2011-2016)":
    # uma nomeação no primeiro ano e, já terminado, uma saída no último.
    T(verbs("dirigir", "presidir", "comandar", "chefiar", "liderar", "integrar", "ocupar", lang="pt"),
      "appointment", "tenure", "span", needs="year_span"),
    T(r"mandato|gestão|presidência", "appointment", "tenure", "span", nominal=True, needs="year_span"),
    # "foi maestro assistente entre 2010 e 2013": uma cópula logo antes de um cargo ocupado nesses anos.
    T(r"foi|tinha sido", "appointment", "tenure", "held_post", needs="year_span"),
)

ROLES = (
    RoleWord(r"diretor(?:a)?[- ]executiv[oa]|presidente[- ]executiv[oa]|CEO", "CEO"),
    RoleWord(r"diretor(?:a)? de tecnologia|CTO", "CTO"),
    RoleWord(r"diretor(?:a)? financeir[oa]|CFO", "CFO"),
    RoleWord(r"diretor(?:a)? de (?:pessoas|talentos|recursos humanos)", "chief people officer"),
    RoleWord(r"responsável técnic[oa]|líder técnic[oa]|diretor(?:a)? técnic[oa]|chefe técnic[oa]", "technical lead"),
    RoleWord(r"cientista-chefe|cientista chefe", "chief scientist"),
    RoleWord(r"cientista pesquisador(?:a)?|pesquisador(?:a)? cientista|cientista de pesquisa", "research scientist"),
    RoleWord(r"pesquisador(?:a)?", "researcher"),
    RoleWord(r"diretor(?:a)? de operações", "COO"),
    RoleWord(r"vice-president[ea]", "vice president"),
    # A university's head and deputies: HAREM reitor(a), vice-reitor, pró-reitor 64 times.
    RoleWord(r"vice-reitor(?:a)?|pró-reitor(?:a)?", "vice-rector"),
    RoleWord(r"reitor(?:a)?", "rector"),
    # The chair of a company's board ("conselho" in lower case), not of a state body ("presidente do
    # Conselho de Ministros").
    RoleWord(r"president[ea] do (?-i:conselho)(?: de administração)?|president[ea] do conselho de administração", "chairman"),
    RoleWord(r"president[ea]", "president"),
    RoleWord(r"primeir[oa]-ministr[oa]", "prime minister"),
    RoleWord(r"ministr[oa]", "minister"),
    RoleWord(r"secretári[oa][- ]geral", "secretary-general"),
    RoleWord(r"secretári[oa] de Estado", "secretary of state"),
    RoleWord(r"secretári[oa](?:[- ]executiv[oa])?", "secretary"),
    RoleWord(r"senador(?:a)?|ex-senador(?:a)?", "senator"),
    # HAREM: governador(a) 4 times; the Spanish and English words for the same posts are common
    RoleWord(r"governador(?:a)?", "governor"),
    RoleWord(r"prefeit[oa]", "mayor"),
    # the posts the Spanish and English sets name, in Portuguese
    RoleWord(r"embaixador(?:a)?", "ambassador"),
    RoleWord(r"c[ôo]nsul(?:[- ]geral)?", "consul"),
    RoleWord(r"(?:conservador|curador)(?:a)?[- ]chefe", "curator"),
    RoleWord(r"ju[ií]za?", "judge"),
    RoleWord(r"capitão|capitã", "captain"),
    RoleWord(r"advogad[oa]", "lawyer"),
    RoleWord(r"tesoureir[oa]", "treasurer"),
    RoleWord(r"superintendente", "superintendent"),
    RoleWord(r"deputad[oa]", "deputy"),
    RoleWord(r"coproprietári[oa]", "co-owner"),
    RoleWord(r"proprietári[oa]|don[oa]", "owner"),
    RoleWord(r"sumo pontífice|pontífice|papa", "pope"),
    RoleWord(r"cardeal", "cardinal"),
    RoleWord(r"arcebispo|bispo", "bishop"),
    RoleWord(r"treinador(?:a)?[- ](?:adjunt[oa]|assistente)|auxiliar técnic[oa]", "assistant coach"),
    RoleWord(r"treinador(?:a)?|selecionador(?:a)?|seleccionador(?:a)?|técnico", "coach"),
    RoleWord(r"jogador(?:a)?|futebolista|atacante|avançado|volante|zagueiro|goleiro|guarda-redes", "player"),
    RoleWord(r"empresári[oa]|agente|representante", "agent"),
    RoleWord(r"jornalista|correspondente|repórter", "reporter"),
    RoleWord(r"editor(?:a)?", "editor"),
    RoleWord(r"cofundador(?:a|es|as)?|co-fundador(?:a|es|as)?", "co-founder"),
    RoleWord(r"fundador(?:a|es|as)?", "founder"),
    RoleWord(r"acionista", "shareholder"),
    RoleWord(r"principal contribuinte|contribuinte principal|colaborador(?:a)? principal|contribuidor(?:a)? principal",
             "core contributor"),
    RoleWord(r"gerente[- ]geral", "general manager"),
    RoleWord(r"responsável|líder|chefe|diretor(?:a)?|encarregad[oa]|coordenador(?:a)?", "head"),
    RoleWord(r"engenheir[oa]", "engineer"),
    RoleWord(r"porta-voz", "spokesperson"),
    RoleWord(r"analistas?", "analyst"),
    RoleWord(r"conselheir[oa] geral|diretor(?:a)? jurídic[oa]", "general counsel"),
    RoleWord(r"membro do conselho(?: de administração)?|conselheir[oa]", "board member"),
    RoleWord(r"membro", "member"),
)

DOMAINS = (
    (r"pós-?treinamento", "post-training"), (r"pré-?treinamento", "pre-training"), (r"treinamento", "training"),
    (r"pesquisa", "research"), (r"produto", "product"), (r"engenharia", "engineering"),
    (r"infraestrutura", "infrastructure"), (r"segurança", "safety"),
)

LEXICON = Lexicon(
    lang="pt",
    cjk=False,
    triggers=TRIGGERS,
    roles=with_ranks(ROLES, {"sub": "deputy", "sub-": "deputy"}),
    domains=DOMAINS,
    rumor=r"rumores indicam|rumores|rumor|boatos|boato|comenta-se|diz-se|dizem que|supostamente|alegadamente|teria|teriam|"
          r"estaria|estariam|seria|seriam",
    # the twitter story: "segundo fontes relataram ao Washington Post"
    unnamed_sources=r"segundo (?:\w+ )?fontes|fontes (?:próximas|ligadas|ouvidas|consultadas)|de acordo com fontes|"
                    r"pessoas (?:familiarizadas com|a par d[oae]s?|próximas (?:a|d[oae]s?)|ligadas a|"
                    r"com conhecimento d[oae]s?)",
    speculation=r"a hipótese do editor|hipótese|acredita-se|especula-se|especula|talvez|possivelmente|provavelmente|"
                r"pode ter|poderia|poderiam|é possível que|parece que|ao que parece|suponho|acredito que|creio que",
    denial=r"negou|nega|negaram|havia negado|tinha negado|haviam negado|tinham negado|desmentiu|desmente|desmentiram|"
           r"havia desmentido|tinha desmentido|rejeitou os rumores",
    negation=r"não(?!\s+(?:s[óo]|apenas))|nunca|jamais|tampouco|ainda não",
    confirmation=r"confirmou|confirma|confirmaram|oficialmente|anunciou|confirmado",
    conditional_ending=r"r(?:ia|iam)",
    demand=r"ped(?:e|em|iu|iram|indo)|exig(?:e|em|iu|iram|indo)|reivindic(?:a|am|ou|aram|ando)",
    cancellation=r"cancelou|cancela|cancelamento d[aeo]|desistiu de|desiste de",
    intention=r"planeja|planejam|espera-se|esperam? que|esperam? (?=\w+(?:ar|er|ir)\b)|pretende|pretendem|deverá|deverão",
    attribution=(
        r"[Ss]egundo (?!rumores)[^,.;:]{2,50}?(?=,|\.|;|$)",
        r"[Dd]e acordo com [^,.;:]{2,50}?(?=,|\.|;|$)",
        r"[Cc]onforme [^,.;:]{2,50}?(?=,|\.|;|$)",
        # até o "que" do que dizem: o que vem depois é a notícia da frase
        r"[Ff]ontes (?:próximas|internas|ouvidas)[^,.;:]{0,50}?(?:\sque\b|(?=[,.;:]|$))",
        r"\b(?:(?-i:[A-ZÁÉÍÓÚ])[\w.]*\s){1,5}(?:informou|noticiou|revelou|publicou|apurou) que",
    ),
    blocked_before=r"aceitou|aceita|aprovou|aprova|rejeitou|evitar|impedir",
    generic_after=r"coletiva|em massa",
    report_nouns=r"reportagem|relatório|artigo|jornal|veículo",
    pronouns=r"ele|ela",
    possessives=r"sua|seu|suas|seus",
    org_possessives=r"(?:o |a |os |as )?(?:seu|sua|seus|suas)",
    masculine_pronouns=r"ele|dele|nele",
    feminine_pronouns=r"ela|dela|nela",
    plural_pronouns=r"eles|elas",
    honorifics=r"Sr|Sra|Dr|Dra",
    to_whom=r"a|à|ao",
    speaker_org_link=r"de|da|do|em",
    determiners=r"a|o|uma|um|esta|este|essa|esse|cuja|cujo|as|os|simples|nova|novo",
    prepositions=r"a|ao|à|de|do|da|em|no|na|com|por|pelo|pela|para|sem|após|desde|até|entre|sobre|durante|ante|"
                 r"segundo",
    continuation=r"(?:\s|,|em|no|na|entre|durante|desde|também|tampouco|depois|já|além disso|finalmente|então|e|mas|que|"
                 r"oficialmente|recentemente|posteriormente|mais tarde|hoje|ontem|discretamente)*",
    companions=r"junto com|juntamente com|assim como|acompanhad[oa] de|seguid[oa] de|e também",
    inclusion=r"entre el[ea]s|incluindo|incluíd[oa]s?|incluem|incluía",
    coordinators=r",|e|\s",
    conjunctions=r"e",
    genitive=r"de|do|da|dos|das",
    locative=r"em|no|na",
    team_words=r"equipe|time|grupo|laboratório|divisão",
    product_nouns=r"modelo|modelos|versão|aplicativo|produto|chip|serviço|plataforma",
    bare_end=r"\s*(?:$|[,.;:!?)])",
    origin_marker=r"vind[oa] d[oa]|procedente d[oa]|depois de deixar|após deixar|após sair d[oa]",
    investee_marker=r"em|no|na|nos|nas|num|numa",
    company_counts=r"por cento|participaç(?:ão|ões)|ações|empresas|companhias|marcas|subsidiárias|rivais",
    lending=verbs("oferecer", "conceder", "emprestar", "fornecer", "disponibilizar", lang="pt"),
    award_marker=r"do (?:ano|mês)|da (?:temporada|década)",
    earnings_nouns=r"lucros?|receitas?|faturamento|vendas|prejuízos?|resultados?|ganhos|encomendas|pedidos|contratos",
    successor_noun=r"sucess(?:or|ora|ores) (?:de|d[aeo]s?)",
    agent_marker=r"pel[oa]|por(?: parte d[oa])?",
    # Not "a": in Portuguese it is mostly the article.
    oblique_before=r"por|pel[oa]|à|ao|com|para|de|d[oa]|contra|sobre|perante|segundo|após",
    report_target=r"a|à|ao",
    sequence=r"depois|posteriormente|mais tarde|em seguida|e depois",
    org_structure=r"organizacional|organizacionais|estrutura|estrutural|equipes?|times?|departamentos?|quadro|pessoal",
    job_nouns=r"cargo|posto|empresa|companhia|equipe|time|posição|função|trabalho|conselho|grupo",
    role_status={
        r"\b(?:ex|antig[oa]|anterior|então)\b": "former",
        r"\b(?:atual)\b": "current",
        r"\b(?:nov[oa]|recém-nomead[oa])\b": "new",
    },
    role_predicates={
        r"\b(?:foi|era|tinha sido|atuou como|trabalhou como|atuava como|trabalhava como|exercia o cargo de|"
        r"ocupava o cargo de)\s*$": "former",
        r"\b(?:tornou-se|se tornou|torna-se|foi nomead[oa]|nomead[oa]|assumiu (?:o cargo de|como)?|assume|"
        r"foi promovid[oa] a|promovid[oa] a|passou a ser|será|foi eleit[oa]|eleit[oa]|reeleit[oa])\s*$": "new",
        r"\b(?:é|continua sendo|atua como|trabalha como)\s*$": "current",
        r"\b(?:deixar (?:o |seu )?cargo de|deixou (?:o |seu )?cargo de|renunciou ao cargo de)\s*$": "former",
        r"\b(?:tomou posse como|toma posse como|ocupa o cargo de|ocupou o cargo de|a?o cargo de)\s*$": "current",
        # "nomeou Eddie como presidente interino", "contratou X como treinador"
        r"\bcomo\s*(?:su[ao]\s+|seu\s+)?$": "current",
    },
    # Os verbos que dão o cargo ocupado ("comandava X desde 2020"), em formas conjugadas.
    role_verbs={
        r"fundou|cofundou|fundaram": "founder",
        r"dirige|dirigiu|dirigia|lidera|liderou|liderava|comanda|comandou|comandava": "head",
        r"preside|presidiu|presidia": "president",
    },
    role_verbs_passive={
        r"(?:dirigid[oa]|liderad[oa]|comandad[oa]) (?:por|pel[oa])": "head",
        r"presidid[oa] (?:por|pel[oa])": "president",
        r"(?:fundad[oa]|cofundad[oa]) (?:por|pel[oa])": "founder",
    },
    anaphoric_days=r"no dia seguinte|nesse mesmo dia|no mesmo dia|no dia anterior|horas depois|horas mais tarde",
    time_bound_before=r"(?:depois|antes|após|passado)\s+(?:do|da|dos|das|de|o|a)|até",
    span_start_before=r"(?<!\w)desde",
    time_relative=r"quando\b",
    event_offset=r"(?:antes|depois|após)(?:\s+\S+){0,3}?\s+(?:de|do|da|dos|das|que)",
    reference_point=r"(?:depois|antes|após)\s+(?:do|da|dos|das|de|o|a)",
    year_span_joiner=r"e|a|ao|até",
    year_span_opener=r"entre|de|desde|durante",
    same_day=r"(?:no mesmo dia em que|no mesmo dia d[oa])(?P<event>[^,.;]{2,60})",
    at_publication=r"até o momento (?:desta|da) publicação|no momento desta publicação|até o fechamento desta edição|"
                   r"até o momento",
    as_of=r"até|em",
    future=r"vai|irá|vão|deve|[a-zá-ú]+rá|[a-zá-ú]+rão|negociando|em negociações? para|negocia",
    concessive=r"embora|apesar de|ainda que|mesmo que|não obstante",
    complementizer=r"que",
    gerund=r"\w+(?:ando|endo|indo)",
    infinitive=r"para\s+\w+",
    # "murieron 30 personas", "morreram quatro pessoas": a subject after the verb that counts people names no one.
    unnamed_subject_after=r"(?:\d(?:[\d.,]*\d)?|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|vários|várias|muitos|muitas|dezenas de|centenas de|milhares de|uns|umas)\s+[^\W\d_]+",
    oblique_prepositions=r"contra|com",
    becoming=r"tornou-se|se tornou|torna-se",
    respectively=r"respectivamente",
    split_into=r"\s*em\b",
    announcing=r"anunci\w*|confirm\w*|comunic\w*|divulg\w*",
    figure_keys=(
        (r"(?<!\bem )(?<!\be )ações|cotações|cotação|papéis", "share_price"),  # not "em dinheiro e ações"
        (r"fortuna|patrimônio", "net_worth"),
        (r"mortos|mortes|vítimas fatais", "deaths"),
        (r"(?:pessoas (?:ficaram |foram )?)?(?:feridos|feridas)", "injured"),
        (r"pessoas|fiéis|torcedores|espectadores|peregrinos", "people"),
        (r"downloads", "downloads"),
        (r"modelos derivados|derivados", "derivative_models"),
        (r"curtidas|likes", "likes"),
        (r"visualizações|views|acessos", "views"),
        (r"comentários", "comments"),
        (r"compartilhamentos|retuítes", "reposts"),
        (r"salário(?: anual)?", "salary"),
        (r"pacote de remuneração|remuneração|compensação", "compensation"),
        (r"avaliação|valuation|valor de mercado", "valuation"),
        (r"financiamento|rodada", "funding"),
        (r"incentivos?(?: fiscais)?|benefícios fiscais|subsídios|subvenç(?:ão|ões)", "aid"),
        (r"receita|faturamento|vendas", "revenue"),
        (r"ativos", "assets"),
        (r"dívida|dívidas", "debt"),
        (r"lucro", "profit"),
        (r"perdas?|prejuízos?", "loss"),
        (r"multas?|mult(?:ou|ada|ado)", "fine"),
        (r"contratos?", "contract"),
        (r"cust(?:ou|aram|ará|o)", "cost"),
        (r"funcionários|empregados|colaboradores", "headcount"),
        (r"empregos|postos de trabalho|vagas|postos", "jobs"),
        (r"pesquisador(?:es|as)|cientistas|equipe de pesquisa", "researchers"),
        (r"usuários", "users"),
        (r"clientes|correntistas", "users"),
        (r"passageiros", "passengers"),
        (r"participação|fatia|capital social|do capital|de seu capital|do seu capital", "stake"),
        (r"parâmetros", "parameters"),
        (r"desenvolvedores", "developers"),
    ),
    relative_pronoun=r"que|quem|o qual|a qual",
    aside_participle=r"\w+(?:ad|id)[oa]s?|nascid[oa]s?|feit[oa]s?|eleit[oa]s?|abert[oa]s?",
    definite_determiners=r"o|a|os|as|seu|sua|seus|suas",
    place_prepositions=r"em|no|na",
    joining_prepositions=r"a|em|para",
    contracted_articles=(("na", "a"), ("no", "o"), ("da", "a"), ("do", "o"), ("à", "a"), ("ao", "o")),
    holding=r"detém|detinha|detêm|possui|possuía|controla|controlava",
    toll_nouns=r"(?:número|balanço|total) de (?:mortos|mortes|vítimas(?: fatais)?)",
    signing=r"assin(?:ou|aram|ado|ada|ados|adas|am|a|ar|arão|ará)",
    acting=r"interin[oa]s?|em exercício|provisóri[oa]s?",
    mutual_agreement=r"(?:de|por) (?:comum|mútuo) acordo",
    at_meeting=r"(?:na|no|após a|após o|depois da|depois do|durante a|durante o|ao fim da|ao fim do) (?:reunião|encontro|cerimônia|cerimónia|cúpula|cimeira)|à saída",
    post_modifiers=r"[a-zç]*[áéíóúâêô][a-zç]*ic[oa]s?|[a-záéíóúâêôãõç]{3,}(?:al|ais|iv[oa]s?)|financeir[oa]s?|adjunt[oa]s?",
    sold_to=r"ao|à|aos|às|para",
    sold_parts=r"participaç(?:ão|ões)|fatias?|ações|\d[\d.,]*\s?%|por cento|unidades?|divis(?:ão|ões)|negócios?|ativos|subsidiárias?|filiais|filial|fábricas?|direitos|marcas?|empresas?|companhias?|controle|controlo",
    market_share=r"(?:do |da )?(?:mercado|fatia de mercado|vendas|votos)\b",
    company_nouns=r"a empresa|a companhia|o grupo|a estatal|a montadora|o banco|a universidade|a instituição",
    decrease=r"caiu|caíram|cai|caem|cair|queda|perdeu|perderam|perda|recuou|recuo|despencou|despencaram|"
             r"desvalorização|baixa",
    range_joiner=r"para|a",
    multiple=r"x|vezes",
    scales=(
        # "mil milhões" is the billion of Portugal (Brazil writes "bilhões")
        (r"mil milhões|bilhões|bilhão|bi", 1e9), (r"trilhões|trilhão|tri", 1e12), (r"milhões|milhão|mi", 1e6), (r"mil", 1e3),
    ),
    more_than=r"mais de|superior a|supera|superou|superam|acima de|pelo menos|ao menos",
    less_than=r"menos de|inferior a|abaixo de",
    about=r"cerca de|quase|por volta de|aproximadamente|em torno de|uns|umas",
    currencies=((r"US\$|\$|dólares|USD", "USD"), (r"R\$|reais", "BRL"), (r"€|euros", "EUR"), (r"yuans|iuanes|RMB", "CNY"),
                (r"HK\$|dólares de Hong Kong", "HKD"), (r"C\$|CA\$|dólares canadenses", "CAD"),
                (r"A\$|AU\$|dólares australianos", "AUD"),
                (r"ienes", "JPY"), (r"francos suíços", "CHF"), (r"rúpias", "INR"), (r"rublos", "RUB"),
                (r"pesos(?: mexicanos| colombianos| argentinos| chilenos| uruguaios)?|MXN|COP|ARS|CLP", "PESO")),
)
