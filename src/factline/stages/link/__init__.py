"""Link stage: mentions → entities, one per real person or organization across scripts.

Linking works on entities, not on single mentions: every rule asks which *clusters* a
mention or a cluster could join, and joins only when exactly one fits. Clusters carry
what identifies them, and two clusters whose identities disagree never merge:
- a person's written Chinese name is an identity: two different Chinese full names are
  two people (周浩 ≠ 周靖人 ≠ 周畅); a foreign name's parts (马斯克 of 埃隆·马斯克) agree
  with the whole;
- full Latin person names agree when one's words hold the other's, up to a spelling
  variant (Agarwal/Agrawal, Leo/León);
- gazetteer entries: two known organisations are two organisations;
- regnal names (Leo XIV = León XIV = 利奥十四世): two with different ordinals or given
  names are two people, and a regnal name never disagrees with a birth name.

Before linking, each surface gets a type from the whole story (a one-word "person" the
story also writes as a company is that company); after linking, every mention takes its
entity's type.

Joining rules, in order: equal keys; equivalences the text states (brackets, "X, born
Y", "X本名Y", "adopting the name Y", between compatible types only); one regnal name
across languages; short forms inside one document; a Latin name inside a longer one (titles,
middle names, initials); a lone surname to the one full name that carries it; pinyin
readings (also the Chinese part of "Eddie Yongming Wu"); a Western given name with a
Chinese surname; transliterations of foreign names written in Chinese; spelling
variants; short or regional Chinese renderings (川普, 贝汉) by their syllables' onsets,
when one person fits; one-word names equal across documents when no full name claims
them, a given name's forms in other languages counting as one (Francis = Francisco).
Organisations never merge by substring across documents (阿里云 ≠ 阿里巴巴), and a
short form never folds a unit into its company (Alibaba ≠ Alibaba Cloud).

The stage is a package: `keys` and `spelling` (how names are compared), `surface_types`
(one type per surface), `clusters` (the union-find), `same_script` and `cross_script`
(the joining rules), `entities` (the rules in order, entities and their roles)."""

from __future__ import annotations

from factline.config import Config
from factline.model import Run
from factline.stages import Contract
from factline.stages.link.entities import (
    attach_roles,
    build_entities,
    merge_org_twins,
    merge_role_twins,
    without_shared_surnames,
)
from factline.stages.link.surface_types import (
    retype_by_context,
    retype_by_coordination,
    retype_by_title_before_name,
)

CONTRACT = Contract(
    requires=("Run.mentions", "Document.story"),
    assigns=("Run.entities", "Mention.entity"),
)


def apply(run: Run, config: Config) -> None:
    raw_of = {d.id: d.raw for d in run.documents}
    retype_by_context(run.mentions, raw_of)
    retype_by_coordination(run.mentions, raw_of)
    retype_by_title_before_name(run.mentions, raw_of)
    stories = {d.id: d.story for d in run.documents if d.story}
    run.entities = build_entities(run.mentions, stories or None)
    attach_roles(run.entities, run.role_claims, run)
    # Roles can show two unlinked names to be one person (唐唯实 = Carlos Tavares).
    merge_role_twins(run.entities, run)
    # ...and two unlinked names of an organisation to be one (月之光科技 = Moonlight AI).
    merge_org_twins(run.entities, run)
    without_shared_surnames(run.entities)
