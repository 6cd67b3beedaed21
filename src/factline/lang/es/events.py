"""Spanish: how Spanish-language news reports personnel moves, releases, meetings, deaths, quotes."""

from __future__ import annotations

from factline.lang.es.calendar import MONTHS
from factline.lang.event_lexicon import Lexicon, RoleWord, with_ranks
from factline.lang.event_lexicon import TriggerRule as T
from factline.lang.verbs import verbs

# A month before the year a post has been held since ("since June 2024", "desde mayo de 2024").
_MONTHS = "|".join(MONTHS)

_POST = r"(?:un|una|su|el|la|este|esta)?\s*(?:breve|largo|extenso|nuevo|emotivo|último)?\s*(?:mensaje|tuit|comunicado|carta|texto|hilo|post|publicación|nota|vídeo|video|artículo|declaración)"

TRIGGERS = (
    T(r"(?:anunció|anuncia|ha anunciado|presentó|presenta|ha presentado|confirmó|confirma|hizo pública|comunicó)"
      r"(?: ayer| hoy| anoche| (?:el|este) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))? "
      r"su (?:renuncia|dimisión|salida|marcha|retirada|retiro)",
      "departure", "leave", "resign", confirmed=True),
    # Handing in one's resignation, in any tense: "ha presentado su dimisión", "presentara la renuncia".
    T(rf"(?:{verbs('presentar', 'entregar', lang='es')}) (?:la |su )?(?:renuncia|dimisión|carta de renuncia)",
      "departure", "leave", "resign"),
    T(r"(?:cambió|actualizó|modificó) su (?:perfil|biografía|bio|descripción)(?: de \w+)? (?:a|por)(?= [\"“«]?(?:ex|antiguo|pre)\b)",
      "departure", "leave", "exit"),
    T(r"renunció|renunciaron|renunciado|renunciará|renunciar|dimitió|dimitieron|dimitido|dimite|dimitirá",
      "departure", "leave", "resign"),
    T(r"renuncia|dimisión", "departure", "leave", "resignation", nominal=True,
      not_before=r"pidió|pide|piden|pidieron|pedía|exigió|exige|exigen|exigieron|reclamó|reclama|reclaman|solicitó"),
    # Retiring from work (CoNLL-2002: "se jubilarán anticipadamente", "se jubilaron"): a departure.
    T(r"se jubil(?:a|ó|ará|aría|aba|an|aron|arán|e|en|ara)|jubilarse|va a jubilarse", "departure", "leave", "retire"),
    T(r"jubilación", "departure", "leave", "retire", nominal=True, needs="person"),
    # "puso en marcha", "en marcha": under way, not anyone's departure.
    T(r"salida|(?<!en )marcha|partida|retirada", "departure", "leave", "exit", nominal=True, needs="person"),
    T(r"dejó|deja|dejaba|dejará|dejado|dejaron|abandonó|abandona|abandonaba|abandonado|abandonaron|"
      r"salió de|sale de|ha salido de|se marchó de|se marcha de|se va de|se fue de",
      "departure", "leave", "exit", needs="org"),
    T(r"se fue(?= para| a (?:fundar|crear|iniciar|montar|emprender|lanzar))", "departure", "leave", "exit"),
    T(r"despidió a|despide a|ha despedido a|destituyó a|destituye a|cesó a|expulsó a",
      "departure", "dismiss", "fired", needs="person"),
    T(r"fue despedid[oa]|ha sido despedid[oa]|fue destituid[oa]|ha sido destituid[oa]|fue cesad[oa]|fue expulsad[oa]",
      "departure", "dismiss", "fired", passive=True),
    T(r"fue suspendid[oa]|ha sido suspendid[oa]", "departure", "leave", "suspended"),
    T(r"se unió a|se unió al|se une a|se une al|se unirá a|se ha unido a|se unieron a|se incorporó a|se incorpora a|"
      r"se incorporará a|se sumó a|se suma a|fichó por|ficha por|ha fichado por|recaló en|aterrizó en|"
      r"regresó a|volvió a|se unió|se incorporó|llegó a|entró en|entró a|unirse a|unirse al|incorporarse a|"
      r"incorporarse al|sumarse a|fichar por|fichará por|se sumará a|"
      r"(?:asumirá|va a asumir|asumiría) (?:la|el) (?:dirección|jefatura|liderazgo|mando|coordinación)(?: de(?:l)? [\wáéíóú]+)?(?= (?:de|del|en) )",
      "join", "join", "join", needs="org"),
    T(r"incorporación|fichaje|llegada", "join", "join", "join", nominal=True, needs="person"),
    # Founding a company is joining it from its first day (Liang fundó Jacobi); the participle
    # ("fundada por", "fundada en 1999") describes the company and is left out.
    T(r"fundó|cofundó|co-fundó|fundaron|cofundaron|ha fundado|ha cofundado|había fundado",
      "join", "join", "found", needs="org"),
    T(r"fichó a|ficha a|ha fichado a|contrató a|contrata a|ha contratado a|reclutó a|incorporó a|"
      r"arrebatarle a|arrebató a|le arrebató a|se hizo con|captó a|atraer a|contratar a|fichar a|contratará a|ficharía a|"
      r"incorporar a|reclutar a",
      "join", "hire", "hire", needs="person"),
    T(r"(?:fue |ha sido )?(?:fichad[oa]|contratad[oa]|reclutad[oa])(?: \w+mente)? por",
      "join", "hire", "hire", passive=True),
    T(r"fue nombrad[oa]|ha sido nombrad[oa]|nombrad[oa]|nombró a|nombra a|"
      r"fue designad[oa]|ha sido designad[oa]|designad[oa]|designó a|"
      r"asumió como|asumirá como|asume como|asumió el cargo de|se convirtió en|se convierte en|"
      r"fue ascendid[oa]|ascendid[oa] a|ascendió a|promovid[oa] a|ocupará el cargo de",
      "appointment", "appoint", "appoint", needs="role"),
    # A noun: the one appointed is its genitive ("el nombramiento de X"), never its speaker.
    T(r"nombramiento", "appointment", "appoint", "appoint", nominal=True, needs="role"),
    T(rf"(?:publicó|publica|ha publicado|escribió|compartió|difundió|colgó) {_POST}", "statement", "speech", "post"),
    T(r"(?:publicó|tuiteó|escribió)(?= [\"“«])", "statement", "speech", "post"),
    T(r"dijo|dice|ha dicho|afirmó|afirma|ha afirmado|declaró|declara|aseguró|asegura|señaló|señala|explicó|explica|"
      r"comentó|comenta|indicó|añadió|sostuvo|escribió|tuiteó|anunció|advirtió|admitió|reconoció|subrayó|"
      r"destacó|respondió|confesó|lamentó|agradeció",
      "statement", "speech", "say"),
    # Every tense of the verbs of saying.
    T(verbs("decir", "afirmar", "declarar", "asegurar", "señalar", "explicar", "comentar", "indicar", "añadir",
            "anunciar", "advertir", "admitir", "subrayar", "responder", "confesar", "lamentar", "agradecer",
            "cuestionar", "negar", "desmentir", "confirmar", "insistir", "manifestar", "criticar", "defender", "prometer",
            lang="es"),
      # "se negó a discutir" is a refusal, "se declaren exentas", "se anunció" a passive: no one said it
      "statement", "speech", "say", not_before=r"se"),
    # Lo dicho, como sustantivo: "la declaración de X sobre...", "las declaraciones de X".
    T(r"declaraciones|declaración", "statement", "speech", "say", nominal=True, needs="person"),
    T(r"lanzó|lanza|lanzará|ha lanzado|lanzaron|presentó|ha presentado|publicó|liberó|estrenó|"
      r"abrió el código de|puso a disposición",
      "release", "release", "release", needs="object_after"),
    T(r"lanzamiento|presentación|estreno", "release", "release", "release", nominal=True, needs="product_or_owner"),
    T(r"se reunió con|se reunieron|se reúne con|se reunirá con|se reúnen|mantuvo una reunión|mantuvieron una reunión|"
      r"celebró una reunión|celebraron una reunión|convocó a|convocó una|reunión|cumbre|encuentro con|simposio|"
      r"rueda de prensa|conferencia de prensa|sesión con",
      "meeting", "meeting", "meeting"),
    # Todas las formas de reunirse ("se reúna", "se reunirán"); "reunir a" (juntar) queda fuera.
    T(rf"se (?:{verbs('reunir', lang='es')})|reunirse", "meeting", "meeting", "meeting"),
    # Los órganos de una empresa: sin nadie nombrado, la junta es de la empresa del artículo.
    T(r"(?:junta|asamblea) (?:general(?: (?:ordinaria|extraordinaria))?(?: de accionistas)?|"
      r"(?:ordinaria |extraordinaria )?de accionistas)",
      "meeting", "meeting", "general_meeting"),
    # La reunión de un consejo es la de su organización, nombrada o la del artículo.
    T(r"(?:reunión|sesión) (?:extraordinaria |urgente |de urgencia )?del (?:consejo(?: de administración)?|patronato|"
      r"directorio)\b",
      "meeting", "meeting", "board"),
    # La sesión de un órgano: "fue convocado a una sesión extraordinaria", "la asamblea electiva".
    T(r"(?:sesión|asamblea) (?:extraordinaria|plenaria|electiva|ordinaria|de urgencia)",
      "meeting", "meeting", "sitting"),
    T(r"falleció|ha fallecido|fallece|murió|ha muerto|muere|murieron|perdió la vida|fue asesinad[oa]",
      "death", "death", "death"),
    T(r"fallecimiento|muerte", "death", "death", "death", nominal=True, needs="person"),
    T(r"paquete de compensación|paquete salarial|salario|sueldo|remuneración|compensación|bonificación|"
      r"oferta millonaria|oferta salarial",
      "compensation", "pay", "pay"),
    T(r"indemnización|indemnizaciones|finiquito", "compensation", "pay", "severance"),
    T(r"ronda de financiación|ronda de inversión|ronda semilla|ronda (?:de )?Serie [A-F]", "funding", "fund", "funding"),
    T(r"recaudó|ha recaudado|recauda|recaudará|levantó|ha levantado|captó|ha captado|obtuvo|consiguió|"
      # a round named by its kind is the noun's trigger above, which closing it must not hide
      r"cerró una ronda(?! de (?:financiación|inversión))",
      "funding", "fund", "funding", needs="money"),
    # Una salida a bolsa capta dinero (el 财经/交易-上市 de DuEE); "oferta pública de adquisición"
    # (una OPA) es una compra.
    T(r"oferta pública inicial(?: de (?:venta de )?acciones)?|oferta pública de (?:venta de )?acciones|"
      r"salida a (?:la )?bolsa|OPV|OPI|IPO",
      "funding", "fund", "ipo", nominal=True),
    # Dinero prestado o prometido: "un préstamo de 600 millones", "se comprometió a aportar".
    T(r"préstamos?|línea de crédito|crédito", "funding", "fund", "loan", nominal=True, needs="money",
      not_after=r"fiscal|fiscales|impositivo|tributario"),
    T(r"se comprometió a aportar|se comprometieron a aportar|prometió aportar|comprometió", "funding", "fund", "pledge",
      needs="money"),
    T(r"financiación|financiamiento", "funding", "fund", "financing", nominal=True,
      not_after=r"de (?:la )?(?:empresa|compañía|firma)s?\b|ronda"),
    # Money put into a company by another party ("Acme invirtió 2.000 millones en Globex",
    # "la inversión de Acme en Globex"): the company named after "en" raises it.
    T(verbs("invertir", lang="es"), "funding", "fund", "invest", needs="investee"),
    T(verbs("inyectar", lang="es"), "funding", "fund", "invest", needs="investee"),
    T(r"ampliación de capital|aumento de capital|inyección de capital|colocación de acciones",
      "funding", "fund", "capital", nominal=True, needs="money"),
    T(r"inversión|inversiones", "funding", "fund", "invest", nominal=True, needs="investee",
      not_after=r"bancos?|fondos?|firmas?|gestoras?|sociedad(?:es)?"),
    T(r"participación(?: accionari[ao]l?)?(?: mayoritaria| minoritaria| de control)?(?: de| del| de un)? "
      r"(?:cerca del? |casi (?:el |un )?)?[\d.,]+ ?(?:%|por ciento)",
      "acquisition", "acquire", "stake", nominal=True,
      # held or sold, none bought: "donde tiene una participación del 4,1 por ciento" (CoNLL-2002)
      not_before=r"(?:tiene|tenía|tendrá|posee|poseía|mantiene|mantenía|conserva|conservará|controla|"
                 r"vende|vendió|venderá|vender)\s+(?:\w+\s+){0,2}(?:una|un|su|sus|la|el)"),
    T(r"adquirió|ha adquirido|adquiere|compró|ha comprado|adquisición|absorbió", "acquisition", "acquire", "acquisition"),
    T(verbs("vender", lang="es"), "acquisition", "acquire", "sale"),
    T(r"despidos|recorte de plantilla|recortes de empleo|ERE", "reorganization", "reorg", "layoff"),
    # Despedir o recortar un número de empleados o empleos: "despedirá a 10.000 empleados",
    # "recortes de 10.000 empleos" (MEANTIME en español).
    T(rf"(?:(?:{verbs('despedir', 'recortar', 'eliminar', 'suprimir', lang='es')}|(?:recortes?|supresión|eliminación) de)"
      r"\s+(?:a\s+)?"
      r"(?:unos |unas |cerca de |más de |hasta |casi |alrededor de )?\d[\d.,]*(?:\s+mil)?\s+"
      r"(?:empleados|trabajadores|empleos|puestos(?: de trabajo)?))",
      "reorganization", "reorg", "layoff"),
    T(r"disolvió|disolución|desmanteló", "reorganization", "reorg", "dissolve"),
    T(r"reorganización|reestructuración|reestructura|reorganiza|reorganizó|reestructuró|dividirse|se dividirá|"
      r"escisión",
      "reorganization", "reorg", "restructure"),
    T(r"fusión|se fusionó|se fusionará|se fusionaron|se fusionarán|fusionarse", "reorganization", "reorg", "merge"),
    T(r"cambios|cambio|ajuste|ajustes|reajuste", "reorganization", "reorg", "change", needs="structure"),
    T(r"reporta a|reportará a|reportaba a|se reporta a|reportar a|responde a|responderá a|respondía a|"
      r"rinde cuentas a|rendirá cuentas ante|depende directamente de",
      "other", "report", "reports_to"),
    # Every tense of the same acts (lang/verbs.py); the fixed phrases above win where both match.
    T(verbs("renunciar", "dimitir", lang="es"), "departure", "leave", "resign"),
    T(verbs("dejar de ser", lang="es"), "departure", "leave", "resign", needs="role"),
    T(verbs("dejar", "abandonar", lang="es"), "departure", "leave", "exit", needs="org"),
    T(verbs("despedir a", "destituir a", "cesar a", "expulsar a", lang="es"), "departure", "dismiss", "fired",
      needs="person"),
    T(r"(?:fue|será|ha sido|había sido|habría sido)(?: también| luego| \w+mente)? (?:despedid[oa]|destituid[oa]|cesad[oa]|expulsad[oa])",
      "departure", "dismiss", "fired", passive=True),
    T(verbs("suceder a", "relevar a", "reemplazar a", "sustituir a", lang="es"), "appointment", "appoint", "succeed",
      needs="role"),
    T(verbs("nombrar", "designar", "ascender a", lang="es"), "appointment", "appoint", "appoint", needs="role"),
    # Coming back to lead: a post taken up again or anew ("En 1988 regresó para dirigir el
    # seminario", the pope story). Not "volver a ser": CoNLL-2002 writes it 3 times, each of a
    # post ruled out or supposed ("al descartar volver a ser candidato").
    T(rf"(?:{verbs('regresar', 'volver', lang='es')}) (?:para|a) (?:dirigir|presidir|encabezar|liderar|comandar)",
      "appointment", "appoint", "return"),
    # Choosing someone gives a post only where the post is named ("eligió a X como presidente").
    T(verbs("elegir", "escoger", "seleccionar", lang="es"), "appointment", "appoint", "appoint", needs="post"),
    # Asumir un puesto sin nombrarlo: "aceptó asumir el cargo", "asumirá temporalmente las funciones".
    T(rf"(?:{verbs('asumir', lang='es')})(?: \w+mente)? (?:el |la |las |los )?(?:cargo|puesto|funciones|función|mando|"
      r"presidencia|dirección|jefatura|administración|liderazgo|riendas)\b",
      "appointment", "appoint", "take_office"),
    # Taking office is the day a post begins ("tomó posesión como presidenta"), as 就任 in Chinese.
    T(verbs("tomar posesión", lang="es"), "appointment", "appoint", "take_office", needs="role"),
    T(r"será|sería|(?:es|fue) (?:el|la) nuev[oa]|ejercerá como|actuará como", "appointment", "appoint", "appoint",
      needs="role_next"),
    # Un cargo que se ocupará, dicho con su verbo: "presidirá la nueva compañía".
    T(r"presidirá|dirigirá|encabezará|liderará", "appointment", "appoint", "appoint", needs="org"),
    # "confirmó como su nueva presidenta a X", "tiene como nuevo entrenador a X".
    T(r"como (?:su |sus |el |la )?nuev[oa]", "appointment", "appoint", "as_new", needs="role_next"),
    T(verbs("fallecer", "morir", lang="es"), "death", "death", "death"),
    T(verbs("lanzar", "presentar", "estrenar", lang="es"), "release", "release", "release", needs="object_after"),
    T(verbs("adquirir", "comprar", lang="es"), "acquisition", "acquire", "acquisition"),
    T(verbs("recaudar", "captar", "conseguir", lang="es"), "funding", "fund", "funding", needs="money"),
    # A post held since a year: "presidente desde 2019" tells when it was taken up.
    T(rf"desde(?= (?:el )?(?:año )?(?:de )?(?:(?:{_MONTHS}) de )?[12]\d{{3}}\b)", "appointment", "tenure", "since"),
    # Un cargo ocupado durante años: "dirigió la agencia entre 2011 y 2016", "su mandato (2011-2016)":
    # un nombramiento el primer año y, ya terminado, una salida el último.
    T(verbs("dirigir", "presidir", "encabezar", "liderar", "integrar", "ocupar", "desempeñar", lang="es"),
      "appointment", "tenure", "span", needs="year_span"),
    T(r"mandato|gestión|presidencia", "appointment", "tenure", "span", nominal=True, needs="year_span"),
    # "fue director asistente entre 2010 y 2013": una cópula justo antes de un cargo ocupado esos años.
    T(r"fue|había sido", "appointment", "tenure", "held_post", needs="year_span"),
)

ROLES = (
    RoleWord(r"consejer[oa] delegad[oa]|director(?:a)? ejecutiv[oa]|CEO", "CEO"),
    RoleWord(r"director(?:a)? de tecnología|director(?:a)? tecnológic[oa]|CTO", "CTO"),
    # "director de finanzas" (two stories), "gerente de finanzas" (a story and AnCora)
    RoleWord(r"director(?:a)? financier[oa]|director(?:a)? de finanzas|gerente de finanzas|CFO", "CFO"),
    RoleWord(r"director(?:a)? de (?:personas|talento|recursos humanos)", "chief people officer"),
    RoleWord(r"líder técnic[oa]|responsable técnic[oa]|jef[ea] técnic[oa]|director(?:a)? técnic[oa]", "technical lead"),
    RoleWord(r"científic[oa] jefe de (?:IA|inteligencia artificial)|científic[oa] jefe", "chief scientist"),
    RoleWord(r"científic[oa] investigador(?:a)?|investigador(?:a)? científic[oa]", "research scientist"),
    RoleWord(r"investigador(?:a)?", "researcher"),
    RoleWord(r"director(?:a)? de operaciones", "COO"),
    RoleWord(r"vicepresident[ea]", "vice president"),
    # A university's head and deputy: CoNLL-2002 rector(a) 15 times, vicerrector 4; AnCora rector 11.
    RoleWord(r"vicerrector(?:a)?", "vice-rector"),
    RoleWord(r"rector(?:a)?", "rector"),
    # The chair of a company's board ("consejo" in lower case), not of a state body ("presidente del
    # Consejo de Estado").
    RoleWord(r"president[ea] del (?-i:consejo)(?: de administración)?|president[ea] del consejo de administración", "chairman"),
    RoleWord(r"president[ea] ejecutiv[oa]|president[ea]", "president"),
    RoleWord(r"primer(?:a)? ministr[oa]", "prime minister"),
    # The rank written into the word, second to the role: CoNLL-2002 viceministro(a)(s) 13 times,
    # subsecretario(a) 6, vicesecretario 4, subdirector(a) 2, vicealcalde 1. Other posts with a
    # rank glued to them are `with_ranks`' below.
    RoleWord(r"viceministr[oa]s?", "vice minister"),
    RoleWord(r"subsecretari[oa]", "undersecretary"),
    RoleWord(r"vicesecretari[oa]", "deputy secretary"),
    RoleWord(r"subdirector(?:a)?", "deputy director"),
    RoleWord(r"vicealcalde(?:sa)?", "deputy mayor"),
    RoleWord(r"ministr[oa]", "minister"),
    # CoNLL-2002: "secretario general" 44, "secretario de Estado" 13.
    RoleWord(r"secretari[oa] general", "secretary-general"),
    RoleWord(r"secretari[oa] de Estado", "secretary of state"),
    RoleWord(r"secretari[oa](?:[- ]ejecutiv[oa])?", "secretary"),
    RoleWord(r"senador(?:a)?|exsenador(?:a)?", "senator"),
    # CoNLL-2002: alcalde 29 times, alcaldesa 2, gobernador 5
    RoleWord(r"gobernador(?:a)?", "governor"),
    RoleWord(r"alcalde(?:sa)?", "mayor"),
    # CoNLL-2002: diputado(a) 12 times, juez 9, embajador 3
    RoleWord(r"embajador(?:a)?", "ambassador"),
    RoleWord(r"c[óo]nsul(?: general)?", "consul"),
    RoleWord(r"conservador(?:a)? jef[ea]", "curator"),
    RoleWord(r"juez(?:a)?", "judge"),
    RoleWord(r"capit[aá]n|capitana", "captain"),
    RoleWord(r"abogad[oa]", "lawyer"),
    RoleWord(r"tesorer[oa]", "treasurer"),
    RoleWord(r"superintendente", "superintendent"),
    RoleWord(r"comisionad[oa]", "commissioner"),
    RoleWord(r"diputad[oa]", "deputy"),
    RoleWord(r"copropietari[oa]", "co-owner"),
    RoleWord(r"propietari[oa]|dueñ[oa]", "owner"),
    RoleWord(r"sumo pontífice|pontífice|papa", "pope"),
    RoleWord(r"cardenal", "cardinal"),
    RoleWord(r"arzobispo|obispo", "bishop"),
    RoleWord(r"segundo entrenador|entrenador(?:a)? (?:adjunt|asistent)[oae]|(?:asistente|ayudante) técnico", "assistant coach"),
    RoleWord(r"entrenador(?:a)?|seleccionador(?:a)?|director técnico|técnico", "coach"),
    RoleWord(r"jugador(?:a)?|futbolista|delanter[oa]|centrocampista|porter[oa]|defensa central", "player"),
    RoleWord(r"representante|agente", "agent"),
    RoleWord(r"periodista|corresponsal|reporter[oa]", "reporter"),
    RoleWord(r"editor(?:a)?", "editor"),
    RoleWord(r"cofundador(?:a|es|as)?", "co-founder"),
    RoleWord(r"fundador(?:a|es|as)?", "founder"),
    RoleWord(r"accionista", "shareholder"),
    RoleWord(r"colaborador(?:a)? (?:central|principal|clave)|contribuidor(?:a)? (?:central|principal|clave)", "core contributor"),
    RoleWord(r"gerente general", "general manager"),
    RoleWord(r"jef[ea]|director(?:a)?|responsable|líder|encargad[oa]|cabeza", "head"),
    RoleWord(r"ingenier[oa]", "engineer"),
    RoleWord(r"portavoz|vocer[oa]", "spokesperson"),
    RoleWord(r"analistas?", "analyst"),
    RoleWord(r"director(?:a)? jurídic[oa]|asesor(?:a)? jurídic[oa] general|abogad[oa] general", "general counsel"),
    RoleWord(r"miembro del consejo(?: de administración)?|consejer[oa]", "board member"),
    RoleWord(r"miembro", "member"),
)

DOMAINS = (
    (r"post-?entrenamiento", "post-training"), (r"pre-?entrenamiento", "pre-training"),
    (r"entrenamiento", "training"), (r"investigación", "research"), (r"producto", "product"),
    (r"ingeniería", "engineering"), (r"infraestructura", "infrastructure"), (r"seguridad", "safety"),
)

LEXICON = Lexicon(
    lang="es",
    cjk=False,
    triggers=TRIGGERS,
    roles=with_ranks(ROLES, {"sub": "deputy", "vice": "vice"}),
    domains=DOMAINS,
    rumor=r"circulan rumores|se rumorea|rumores|rumor|según rumores|se dice que|se comenta que|dicen que|"
          r"trascendió|presuntamente|supuestamente|habría|habrían|estaría|estarían|sería|serían",
    # the twitter story: "según fuentes citadas por varios medios", and people in the know as
    # English wire copy names them (AEB: "people familiar with the matter"): "según personas
    # familiarizadas con la operación" (the twitter story)
    unnamed_sources=r"según (?:\w+ )?fuentes|fuentes (?:cercanas|próximas|conocedoras|consultadas)|"
                    r"personas (?:familiarizadas con|al tanto del?|al corriente del?|conocedoras del?|cercanas al?|"
                    r"próximas al?|con conocimiento del?)",
    speculation=r"el autor especula|especula|especulan|se especula|supongo|suponemos|quizás|quizá|tal vez|"
                r"posiblemente|probablemente|podría|podrían|puede que|es posible que|parece que|se cree que|"
                r"creo que|creemos que|hipótesis|al parecer",
    denial=r"negó|niega|ha negado|había negado|habían negado|negaron|desmintió|desmiente|ha desmentido|había desmentido|"
           r"desmintieron|rechazó los rumores",
    negation=r"no(?!\s+s[oó]lo)|nunca|jamás|tampoco|aún no|todavía no",
    confirmation=r"confirmó|confirma|ha confirmado|confirmaron|oficialmente|de forma oficial|anunció|confirmado",
    conditional_ending=r"r(?:ía|ían)",
    demand=r"pid(?:e|en|ió|ieron|iendo)|exig(?:e|en|ió|ieron|iendo)|reclam(?:a|an|ó|aron|ando)",
    cancellation=r"cancelación de|canceló|cancela|desistió de|desiste de",
    intention=r"planea|planean|se espera|esperan? que|esperan? (?=\w+(?:ar|er|ir)\b)|pretende|pretenden|deberá|deberán|confía en",
    attribution=(
        r"[Ss]egún (?!rumores)[^,.;:]{2,50}?(?=,|\.|;|$)",
        r"[Dd]e acuerdo con [^,.;:]{2,50}?(?=,|\.|;|$)",
        # hasta el "que" de lo que dicen: lo que sigue es la noticia de la frase
        r"[Ff]uentes (?:cercanas|internas|consultadas|próximas)[^,.;:]{0,50}?(?:\sque\b|(?=[,.;:]|$))",
        r"\b(?:(?-i:[A-ZÁÉÍÓÚ])[\w.]*\s){1,5}(?:informó|informa|reportó|reveló|publicó|adelantó) que",
        r"(?:informó|reportó|reveló|adelantó) (?:el diario|el periódico|la agencia|el medio|la cadena) [^,.;:]{2,40}",
    ),
    blocked_before=r"aceptó|acepta|aprobó|aprueba|rechazó|evitar|impedir",
    generic_after=r"masiva|masivo",
    report_nouns=r"informe|reportaje|artículo|diario|periódico|medio",
    pronouns=r"él|ella",
    possessives=r"su|sus",
    org_possessives=r"su|sus",
    masculine_pronouns=r"él",
    feminine_pronouns=r"ella",
    plural_pronouns=r"ellos|ellas",
    honorifics=r"Sr|Sra|Srta|Dr|Dra",
    to_whom=r"a|al",
    speaker_org_link=r"de|del|en",
    determiners=r"la|el|una|un|esta|este|dicha|dicho|cuya|cuyo|las|los|esa|ese|típica|típico|nueva|nuevo",
    prepositions=r"a|al|de|del|en|con|por|para|sin|tras|desde|hasta|entre|sobre|durante|ante|según",
    continuation=r"(?:\s|,|en|entre|durante|desde|también|tampoco|luego|después|ya|además|finalmente|entonces|y|pero|que|le|lo|"
                 r"oficialmente|recientemente|posteriormente|más tarde|hoy|ayer|discretamente|pronto)*",
    companions=r"junto con|junto a|al igual que|así como|acompañad[oa] de|seguid[oa] de|y también",
    inclusion=r"entre ell[oa]s|incluid[oa]s?|incluyendo|incluyen|incluía",
    coordinators=r",|y|e|\s",
    conjunctions=r"y|e",
    genitive=r"de|del|de la",
    locative=r"en",
    team_words=r"equipo|grupo|laboratorio|división",
    product_nouns=r"modelo|modelos|versión|aplicación|producto|chip|servicio|plataforma",
    bare_end=r"\s*(?:$|[,.;:!?)])",
    origin_marker=r"desde|procedente de|proveniente de|tras dejar|tras salir de",
    investee_marker=r"en",
    company_counts=r"por ciento|participaci[oó]n(?:es)?|acciones|empresas|compañías|firmas|marcas|filiales|rivales",
    lending=verbs("ofrecer", "conceder", "otorgar", "prestar", "brindar", "facilitar", lang="es"),
    award_marker=r"del (?:año|mes|ejercicio|decenio)|de la (?:temporada|década)",
    earnings_nouns=r"beneficios?|ganancias?|ingresos|facturación|ventas|pérdidas?|utilidad(?:es)?|resultados?|pedidos|contratos",
    successor_noun=r"suces(?:or|ora|ores) (?:de|del)",
    agent_marker=r"por(?: parte de)?",
    oblique_before=r"por|a|al|con|para|de|del|contra|sobre|ante|según|tras",
    report_target=r"a|ante|de",
    sequence=r"luego|después|posteriormente|más tarde|tras ello|a continuación|y luego",
    org_structure=r"organizacional(?:es)?|organizativ[oa]s?|estructura|estructural(?:es)?|equipos?|departamentos?|plantilla|organigrama|personal",
    job_nouns=r"cargo|puesto|empresa|compañía|equipo|posición|rol|trabajo|consejo|directorio|grupo",
    role_status={
        r"\b(?:ex|antigu[oa]|anterior|entonces)\b": "former",
        r"\b(?:actual)\b": "current",
        r"\b(?:nuev[oa]|recién nombrad[oa]|flamante)\b": "new",
    },
    role_predicates={
        r"\b(?:fue|era|había sido|ejerció como|trabajó como|ejercía como|trabajaba como|se desempeñaba como|"
        r"ocupaba el cargo de)\s*$": "former",
        r"\b(?:se convirtió en|se convierte en|fue nombrad[oa]|ha sido nombrad[oa]|nombrad[oa]|"
        r"fue designad[oa]|ha sido designad[oa]|designad[oa]|"
        r"asumió como|asume como|asumirá como|ascendid[oa] a|ascendid[oa] al|promovid[oa] a|pasa a ser|pasó a ser|será|"
        r"fue elegid[oa]|ha sido elegid[oa]|elegid[oa]|reelegid[oa])\s*$": "new",
        r"\b(?:es|sigue siendo|ejerce como|trabaja como)\s*$": "current",
        r"\b(?:dimisión como|renuncia como|dejará de ser|dejó de ser|deja de ser|dimitió como)\s*$": "former",
        # "dejar su puesto de CEO de la compañía" (XTN), as Portuguese "deixou o cargo de"
        r"\b(?:(?:dejar|deja|dejó|dejará|abandonar|abandonó)\s+(?:el|su)|"
        r"(?:renunciar|renuncia|renunció|renunciará)\s+(?:al|a su))\s+(?:cargo|puesto)\s+de\s*$": "former",
        r"\b(?:ocupar la silla de|ocupa el cargo de|ocupó el cargo de|asumir la dirección de|"
        r"se desempeña como|se desempeñó como)\s*$": "current",
        # "nombró a X como miembro", "fichó a X como entrenador", "confirmó como su nueva presidenta a X"
        r"\bcomo\s*(?:su\s+|sus\s+)?$": "current",
    },
    # Los verbos que dan el cargo ocupado ("dirigía X desde 2019"), en formas conjugadas.
    role_verbs={
        r"fundó|cofundó|fundaron": "founder",
        r"dirige|dirigió|dirigía|lidera|lideró|lideraba|encabeza|encabezó|encabezaba|comanda|comandó|comandaba": "head",
        r"preside|presidió|presidía": "president",
    },
    role_verbs_passive={
        r"(?:dirigid[oa]|liderad[oa]|encabezad[oa]|comandad[oa]) por": "head",
        r"presidid[oa] por|bajo la presidencia de": "president",
        r"(?:fundad[oa]|cofundad[oa]) por": "founder",
        r"propiedad de": "owner",
    },
    anaphoric_days=r"al día siguiente|ese mismo día|el mismo día|el día anterior|esa misma noche|horas (?:más tarde|después)",
    time_bound_before=r"(?:después|antes|tras|luego|pasado)\s+(?:del|de la|de los|de las|de)|hasta",
    span_start_before=r"(?<!\w)desde",
    time_relative=r"cuando\b",
    event_offset=r"(?:antes|después|despues|tras)(?:\s+\S+){0,3}?\s+(?:de|del|que)",
    reference_point=r"(?:después|antes|tras|luego)\s+(?:del|de la|de los|de las|de)",
    year_span_joiner=r"y|a|al|hasta",
    year_span_opener=r"entre|de|desde|durante",
    same_day=r"(?:el mismo día (?:en )?que|el mismo día de)(?P<event>[^,.;]{2,60})",
    at_publication=r"al momento de (?:la )?(?:publicación|redactar|escribir|cierre)|al cierre de esta edición|"
                   r"a la hora de publicar|hasta el momento",
    as_of=r"hasta|a fecha de|al cierre de",
    future=r"va a|van a|[a-zá-ú]+rá|[a-zá-ú]+rán|negociando|negocia|en conversaciones para|incorporación|fichaje",
    concessive=r"aunque|a pesar de|pese a|si bien",
    complementizer=r"que",
    gerund=r"\w+(?:ando|iendo|yendo)",
    infinitive=r"para\s+\w+",
    # "murieron 30 personas", "morreram quatro pessoas": a subject after the verb that counts people names no one.
    unnamed_subject_after=r"(?:\d(?:[\d.,]*\d)?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|muchos|muchas|decenas de|cientos de|miles de|unos|unas)\s+[^\W\d_]+",
    oblique_prepositions=r"contra|con",
    becoming=r"se convirti[óo] en|se convierte en",
    respectively=r"respectivamente",
    split_into=r"\s*en\b",
    announcing=r"anunci\w*|confirm\w*|comunic\w*|hizo públic\w*",
    figure_keys=(
        (r"(?<!\ben )(?<!\by )acciones|cotización", "share_price"),  # not "en efectivo y acciones"
        (r"valor de mercado|capitalización(?: bursátil)?", "valuation"),
        (r"fortuna|patrimonio", "net_worth"),
        (r"muertos|fallecidos|víctimas mortales", "deaths"),
        (r"(?:personas (?:resultaron |quedaron |fueron )?)?(?:heridos|heridas|lesionados|lesionadas)", "injured"),
        (r"personas|fieles|aficionados|espectadores|asistentes|peregrinos", "people"),
        (r"descargas", "downloads"),
        (r"modelos derivados|derivados", "derivative_models"),
        (r"me gusta|likes", "likes"),
        (r"visualizaciones|vistas|reproducciones|visitas", "views"),
        (r"comentarios", "comments"),
        (r"retuits|compartidos|republicaciones", "reposts"),
        (r"salario(?: anual)?|sueldo", "salary"),
        (r"paquete de compensación|compensación|remuneración", "compensation"),
        (r"valoración|valuación", "valuation"),
        (r"financiación|ronda", "funding"),
        (r"ayudas?(?: públicas)?|subvenci(?:ón|ones)|incentivos?(?: fiscales)?|préstamos blandos", "aid"),
        (r"ingresos|facturación|ventas", "revenue"),
        (r"activos", "assets"),
        (r"deuda|deudas", "debt"),
        (r"beneficios?|ganancias", "profit"),
        (r"pérdidas?", "loss"),
        (r"multas?|mult(?:ó|ada|ado)|sanci(?:ón|ones) económicas?", "fine"),
        (r"contratos?", "contract"),
        (r"cost(?:ó|aron|ará|e|o)", "cost"),
        (r"empleados|trabajadores|plantilla", "headcount"),
        (r"empleos|puestos de trabajo|puestos", "jobs"),
        (r"investigador(?:es|as)|científic(?:os|as)|equipo de investigación", "researchers"),
        (r"usuarios", "users"),
        (r"clientes", "users"),
        (r"pasajeros", "passengers"),
        (r"participación|capital social|del capital|de su capital", "stake"),
        (r"parámetros", "parameters"),
        (r"desarrolladores", "developers"),
    ),
    relative_pronoun=r"quien|quienes|que|el cual|la cual",
    aside_participle=r"\w+(?:ad|id)[oa]s?|nacid[oa]s?|hech[oa]s?|puest[oa]s?|elect[oa]s?|abiert[oa]s?",
    definite_determiners=r"el|la|los|las|su|sus",
    place_prepositions=r"en",
    joining_prepositions=r"a|en",
    contracted_articles=(("al", "el"), ("del", "el")),
    holding=r"posee|poseía|poseen|controla|controlaba|ostenta",
    toll_nouns=r"(?:cifra|número|balance|saldo) de (?:muertos|fallecidos|víctimas(?: mortales)?)",
    signing=r"firm(?:ó|aron|ado|ada|ados|adas|an|a|ar|arán|ará)",
    acting=r"interin[oa]s?|en funciones|provisional(?:es)?",
    mutual_agreement=r"(?:de|por) (?:mutuo|común) acuerdo",
    at_meeting=r"(?:en|tras|durante|después de|al término de) (?:la|el) (?:reunión|encuentro|ceremonia|cumbre)",
    post_modifiers=r"[a-zñ]*[áéíóú][a-zñ]*ic[oa]s?|[a-záéíóúñ]{3,}(?:al|ales|iv[oa]s?)|financier[oa]s?|adjunt[oa]s?",
    sold_to=r"a|al",
    sold_parts=r"participaci(?:ón|ones)|acciones|\d[\d.,]*\s?%|por ciento|unidad(?:es)?|divisi(?:ón|ones)|negocios?|activos|filial(?:es)?|sucursal(?:es)?|plantas?|fábricas?|derechos|marcas?|empresas?|compañías?|control",
    market_share=r"(?:del |de la |de los )?(?:mercado|cuota|ventas|votos)\b",
    company_nouns=r"la empresa|la compañía|la firma|el grupo|la compañia|el banco|la universidad|la institución",
    decrease=r"cayó|cayeron|cae|caen|caer|caída|perdió|perdieron|pierde|pérdida|bajó|bajaron|desplomó|desplome|"
             r"retrocedió|se hundió|recortó",
    range_joiner=r"a|hasta",
    multiple=r"x|veces",
    scales=(
        (r"mil millones|millardos?", 1e9), (r"billones|billón", 1e12), (r"millones|millón", 1e6), (r"mil", 1e3),
    ),
    more_than=r"más de|mas de|superior a|supera|superó|superan|por encima de|al menos|hasta",
    less_than=r"menos de|inferior a|por debajo de",
    about=r"cerca de|casi|alrededor de|unos|unas|aproximadamente|en torno a",
    currencies=((r"US\$|\$|dólares|USD", "USD"), (r"€|euros", "EUR"), (r"yuanes|RMB|CNY", "CNY"), (r"libras", "GBP"),
                (r"HK\$|dólares de Hong Kong", "HKD"), (r"C\$|CA\$|dólares canadienses", "CAD"),
                (r"A\$|AU\$|dólares australianos", "AUD"), (r"R\$|reales", "BRL"),
                (r"yenes", "JPY"), (r"francos suizos", "CHF"), (r"rupias", "INR"), (r"rublos", "RUB"),
                (r"wones", "KRW"), (r"pesos(?: mexicanos| colombianos| argentinos| chilenos| uruguayos)?|MXN|COP|ARS|CLP", "PESO")),
)
