"""Words the role rules share across languages.

Common nouns by which an article names the org it is about ("owner of the club", "la
empresa", "membro do Conselho de Administração", "俱乐部主席"): a role phrase that names its
org only so belongs to the article's main org (or, when the article names none often
enough, the story's). Verbs of succession ("succeeded X as CEO", "sucedió a X como"): the
person they name held the role before."""

from __future__ import annotations

import re

# Inside a Latin role phrase: "proprietário do clube", "board member", "dueño de la franquicia".
LATIN = re.compile(
    r"\b(?:company|firm|club|franchise|board|empresa|compañía|compañia|franquicia|consejo|directorio|companhia|"
    r"clube|franquia|conselho)\b", re.IGNORECASE)
# Inside a role phrase, also the nouns of a kind of body (`KINDS`): "presidente do sindicato",
# "portavoz del fondo". Not among LATIN, which the name finder reads too: "Fondo de Garantía de
# Depósito" and "Orquesta Sinfónica de Galicia" are names that such a noun heads.
LATIN_OR_KIND = re.compile(
    LATIN.pattern[:-3] + r"|fondo|fundo|orquesta|orquestra|federación|federação|sindicato)\b", re.IGNORECASE)
# Before a Latin role word: "the company's new CEO", "the club's president", "the fund's spokeswoman".
LATIN_POSSESSOR = re.compile(r"\bthe (?:company|firm|club|franchise|group|fund|orchestra|federation|union)(?:'s|’s)"
                             r"\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# The nouns any body goes by, after "of": "presidente de la entidad", "presidente do órgão", "a
# diretora da instituição". CoNLL-2002 and the stories use them for the club, regulator or bank
# the text has just named. Followed by an adjective ("la entidad china") they set another body
# apart, and are left out.
ANY_BODY = re.compile(r"\b(?:del|de la|da|do)\s+(?:entidad|entidade|institución|instituição|organismo|órgano|órgão)"
                      r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:y|e)\s)", re.IGNORECASE)
# Company nouns that name a kind of body, and the words a body of that kind is named with: "the
# fund's spokeswoman" is the spokeswoman of the article's fund, not of whatever org it names most.
KINDS = {
    "fund": ("fund", "fondo", "fundo", "基金"),
    "orchestra": ("orchestra", "orquesta", "orquestra", "philharmonic", "filarmónica", "filarmônica", "乐团"),
    "federation": ("federation", "federación", "federação", "联合会", "足协"),
    "union": ("union", "sindicato", "工会"),
}
KIND_OF_NOUN = {noun: kind for kind, nouns in KINDS.items() for noun in nouns}


def of_the_kind_named(role_text: str, org_names: str) -> bool:
    """Whether an org with these names (casefolded, joined) can be the body a role phrase names
    by a kind noun ("la portavoz del fondo": a fund; "presidente do sindicato": a union); any
    org can be when the phrase names no kind."""
    kinds = {KIND_OF_NOUN[w] for w in re.findall(r"\w+", role_text.casefold()) if w in KIND_OF_NOUN}
    return not kinds or any(w in org_names for kind in kinds for w in KINDS[kind])
# Right before a Chinese role word (read in Simplified): "公司董事长", "俱乐部主席".
CJK_BEFORE = re.compile(r"(?:公司|集团|俱乐部|董事会|球会)$")
# Anywhere in a role text as written, Simplified or Traditional.
ANY = re.compile(LATIN_OR_KIND.pattern + r"|公司|集团|集團|俱乐部|俱樂部|董事会|董事會|球会|球會", re.IGNORECASE)

# Role labels that only an org gives (a company, a club, a church); with no org read for
# them anywhere, the story's main org. Public roles (president of a country, minister) and
# trades (reporter, engineer) are not among them; a vice president is, as news names a
# company's or a bank's far more often than a country's, whose title a nationality word or the
# same person's role elsewhere in the story gives its country first.
ORG_ROLES = frozenset({"CEO", "CTO", "CFO", "COO", "chairman", "vice chairman", "founder", "co-founder", "owner",
                       "co-owner", "shareholder", "board member", "general manager", "deputy general manager",
                       "player", "coach", "pope", "cardinal", "chief people officer", "chief scientist",
                       "technical lead", "general counsel", "deputy director", "curator", "vice president",
                       "chief investment officer", "partner"})

# Offices one person holds at a time at one org (casefolded labels): a CEO, a president, a
# pope. Shared roles (player, board member, founder) are not among them.
SINGLE_HOLDER_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "president", "pope", "coach",
                                 "head coach", "general manager", "prime minister"})

# Roles a departure never ends: whoever founded a company stays its founder after leaving it.
LASTING_ROLES = frozenset({"founder", "co-founder"})
# The posts whose "de" phrase names a portfolio ("ministro de Minas e Energia", "secretary of
# Homeland Security"); a place after the portfolio is whose office it is.
PORTFOLIO_POSTS = frozenset({"ministro", "ministra", "minister", "secretario", "secretaria", "secretário",
                             "secretária", "secretary"})

# Right before a predecessor's name, with at most one title or article between:
# "took over from co-founder X as", "sucedió a X como", "substituiu o X como".
SUCCEEDED = re.compile(
    r"\b(?:succeeded|succeeds|succeed|succeeding|took over from|takes over from|taking over from|replaced|replaces|"
    r"replacing|sucedió a|sucede a|suceder a|sucediendo a|sustituyó a|sustituye a|sustituir a|reemplazó a|"
    r"reemplaza a|reemplazar a|relevó a|releva a|sucedeu|sucede|suceder|substituiu|substitui|substituir|"
    r"substituindo)(?:\s+(?:the|el|la|o|a|his|her|su|seu|sua))?(?:\s+[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)?\s+$",
    re.IGNORECASE)

# Who speaks for someone: "Mr Erdogan's office said", "el portavoz de X", "a assessoria de X".
# What they say is that person's statement (AEB, TempEval-3: office, spokeswoman, rep, administration).
SPEAKS_FOR = re.compile(
    r"\b(?:office|spokes(?:man|woman|person)|reps?|representatives?|administration|campaign|press secretary|"
    r"oficina|portavoz|vocero|vocera|gabinete|administración|campaña|"
    r"assessoria|porta-voz|campanha)\b", re.IGNORECASE)
