// ---- who's who -----------------------------------------------------------------------
const peopleState = { query: "", type: "", only: null };
let peopleParts = null;
const SCRIPT_TESTS = [
  ["Han", /\p{Script=Han}/u], ["Latin", /\p{Script=Latin}/u], ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Arabic", /\p{Script=Arabic}/u], ["Hangul", /\p{Script=Hangul}/u],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];
const ENTITY_ORDER = { person: 0, org: 1, product: 2, place: 3, other: 4 };
// A name met fewer times than this, with no role and no event, is listed in passing, not
// given a card: such names are mostly words taken for names ("SOPs", a headline verb).
const CARD_MIN_MENTIONS = 3;

/** Entity ids -> people who hold a role there, for organization cards. */
const rolesAtOrg = new Map();
for (const e of DATA.entities) {
  e.roles.forEach((role) => {
    if (!role.org) return;
    if (!rolesAtOrg.has(role.org)) rolesAtOrg.set(role.org, []);
    rolesAtOrg.get(role.org).push({ person: e.id, role });
  });
}

function scriptOf(text) {
  const found = SCRIPT_TESTS.filter(([, re]) => re.test(text)).map(([name]) => name);
  return found.length === 1 ? found[0] : found.length ? "mixed" : "other";
}

// ---- one card per real thing ---------------------------------------------------------
function normalName(text) {
  return String(text || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** An alias distinctive enough that two entities sharing it are one: two words or more,
 * or two Han characters or more. A lone surname ("Wu", "Li") is not. */
function distinctive(alias) {
  const name = normalName(alias);
  return name.split(" ").length >= 2 || (/\p{Script=Han}/u.test(name) && Array.from(name).length >= 2);
}

/**
 * Entities of one type that the linker left apart but that name the same thing: the same
 * name, a shared distinctive alias, or a name that is another's with a title in front
 * ("Twitter CEO Parag Agrawal" and "Parag Agrawal"). Returns groups of entities.
 */
function groupEntities(entities) {
  const parent = new Map(entities.map((e) => [e.id, e.id]));
  const find = (id) => {
    while (parent.get(id) !== id) id = parent.get(id);
    return id;
  };
  const join = (a, b) => parent.set(find(a), find(b));
  const byKey = new Map();
  const claim = (key, id) => {
    if (byKey.has(key)) join(id, byKey.get(key));
    else byKey.set(key, id);
  };
  for (const e of entities) {
    claim(`${e.type}|${normalName(e.name)}`, e.id);
    for (const alias of e.aliases) if (distinctive(alias)) claim(`${e.type}|${normalName(alias)}`, e.id);
  }
  for (const e of entities) {
    const words = normalName(e.name).split(" ");
    for (let i = 1; i + 2 <= words.length; i++) {
      const other = byKey.get(`${e.type}|${words.slice(i).join(" ")}`);
      if (other) join(e.id, other);
    }
  }
  const groups = new Map();
  for (const e of entities) {
    const root = find(e.id);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(e);
  }
  return Array.from(groups.values(), makeCard);
}

function makeCard(members) {
  members.sort((a, b) => (b.mention_count || 0) - (a.mention_count || 0) || String(a.name).localeCompare(String(b.name)));
  const events = new Map();
  for (const e of members) for (const ev of eventsByEntity.get(e.id) || []) events.set(ev.id, ev);
  const main = members[0];
  return {
    id: main.id, ids: members.map((e) => e.id), type: main.type, name: main.name, members,
    aliases: uniqueSorted(members.flatMap((e) => [e.name, ...e.aliases])),
    mentions: members.reduce((n, e) => n + (e.mention_count || 0), 0),
    roles: members.flatMap((e) => e.roles),
    events: Array.from(events.values()).sort((a, b) => compareDates(a.date, b.date)),
    heldHere: members.flatMap((e) => rolesAtOrg.get(e.id) || []),
  };
}

const entityCards = groupEntities(DATA.entities).sort((a, b) =>
  b.mentions - a.mentions || b.events.length - a.events.length || String(a.name).localeCompare(String(b.name)));
const cardOfEntity = new Map(entityCards.flatMap((card) => card.ids.map((id) => [id, card])));

// Names that are words for a position ("CEO", "presidente"): found as the role of someone.
const ROLE_WORDS = new Set(DATA.entities.flatMap((e) => e.roles.flatMap((r) => [normalName(r.role),
  normalName(r.role_text)])).filter(Boolean));

function isMinor(card) {
  if (card.roles.length || card.events.length || card.heldHere.length) return false;
  return card.mentions < CARD_MIN_MENTIONS || ROLE_WORDS.has(normalName(card.name));
}

function cardMatches(card) {
  const s = peopleState;
  if (s.only) return card.ids.some((id) => s.only.has(id));
  if (s.type && card.type !== s.type) return false;
  if (!s.query) return true;
  return card.aliases.some((name) => String(name).toLowerCase().includes(s.query));
}

function initPeople(view) {
  const types = uniqueSorted(DATA.entities.map((e) => e.type))
    .sort((a, b) => (ENTITY_ORDER[a] ?? 9) - (ENTITY_ORDER[b] ?? 9));
  const showAll = el("button", { type: "button", class: "show-all", hidden: true, onclick: () => {
    peopleState.only = null;
    drawPeople();
  } }, "Show everyone");
  const list = el("div", { class: "people" });
  const passing = el("div", { class: "in-passing" });
  append(view, [el("h2", {}, "Who's who"), el("div", { class: "controls" },
    searchBox("Find a name in any script…", (q) => {
      peopleState.query = q;
      peopleState.only = null;
      drawPeople();
    }),
    select("Type", [["", "all"], ...types.map((t) => [t, t])], (t) => {
      peopleState.type = t;
      peopleState.only = null;
      drawPeople();
    }), showAll), list, passing]);
  peopleParts = { list, showAll, passing };
  drawPeople();
}

function drawPeople() {
  const { list, showAll, passing } = peopleParts;
  const shown = entityCards.filter(cardMatches);
  const cards = peopleState.only ? shown : shown.filter((card) => !isMinor(card));
  const minor = peopleState.only ? [] : shown.filter(isMinor);
  showAll.hidden = !peopleState.only;
  clear(list).append(paged(cards, 24, (slice) => el("div", { class: "cards" }, slice.map(entityCard)), "entities"));
  clear(passing);
  if (minor.length) {
    passing.append(el("h3", {}, `Named in passing (${number(minor.length)})`),
      el("p", { class: "hint" }, `No role and no event, and named fewer than ${CARD_MIN_MENTIONS} times or ` +
        "a word for a position (“CEO”): many are words taken for names. Click one for its card."),
      el("div", { class: "passing-names" }, minor.map((card) => el("button", { type: "button", class: "chip",
        dataset: { entity: card.id }, onclick: () => showEntity(card.id) }, card.name,
      el("span", { class: "role" }, ` ${card.type}`)))));
  }
}

// ---- role histories ------------------------------------------------------------------
function roleKey(role) {
  return normalName(role.role || role.role_text);
}

function latestDate(dates) {
  return dates.filter(Boolean).sort(compareDates).pop() || null;
}

function earliestDate(dates) {
  return dates.filter(Boolean).sort(compareDates)[0] || null;
}

/**
 * One history per role: the claims of every article about the same role (at one or more
 * organizations) folded together. A dated end wins over claims without dates that the
 * role is current, unless a claim dated after that end says it began again; where the
 * articles disagree the history says so. A role with no end is shown as lasting "now"
 * only when no other role of the person ended after it began.
 */
function roleHistories(roles) {
  const groups = new Map();
  for (const role of roles) {
    const key = roleKey(role);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(role);
  }
  const histories = Array.from(groups.values(), foldRoleClaims);
  const lastEnd = latestDate(histories.filter((h) => h.status === "former").map((h) => h.until));
  for (const h of histories) {
    if (lastEnd && (h.status === "current" || h.status === "new") && (!h.since || compareDates(h.since, lastEnd) < 0)) {
      h.endUnclear = lastEnd;
    }
  }
  const rank = { current: 0, new: 0, former: 1, rumored: 2 };
  return histories.sort((a, b) => rank[a.status] - rank[b.status] ||
    compareDates(b.until || b.since, a.until || a.since));
}

function foldRoleClaims(claims) {
  const ended = claims.filter((c) => c.status === "former" || c.until);
  const open = claims.filter((c) => (c.status === "current" || c.status === "new") && !c.until);
  const until = latestDate(ended.map((c) => c.until));
  const restarted = until && open.some((c) => c.since && compareDates(c.since, until) > 0);
  let status = open.some((c) => c.status === "new") ? "new" : "current";
  if (claims.every((c) => c.status === "rumored")) status = "rumored";
  else if (ended.length && !restarted) status = "former";
  const seen = new Set();
  const sources = claims.flatMap((c) => c.sources).filter((r) => {
    const key = `${r.document}:${r.start}:${r.end}`;
    return !seen.has(key) && seen.add(key);
  });
  return {
    label: claims[0].role || claims[0].role_text,
    written: uniqueSorted(claims.map((c) => c.role_text).filter((t) => t && t !== claims[0].role)).slice(0, 3),
    orgs: uniqueSorted(claims.map((c) => c.org)),
    since: earliestDate(claims.map((c) => c.since)),
    until: status === "former" ? until : null,
    status, sources,
    disagreement: ended.length && open.length ? { ended: ended.length, open: open.length, until } : null,
  };
}

function historyDates(h) {
  const end = h.until ? formatDate(h.until) : h.status === "former" ? "…" : h.endUnclear ? "?" : "now";
  if (!h.since && !h.until && !h.endUnclear) return "";
  return `${h.since ? formatDate(h.since) : "…"} – ${end}`;
}

function historyItem(h) {
  const dates = historyDates(h);
  const notes = [];
  if (h.disagreement) {
    const { ended, open } = h.disagreement;
    notes.push(`Articles differ: ${open} say${open === 1 ? "s" : ""} it is current, ${ended} that it ended` +
      (h.disagreement.until ? ` on ${formatDate(h.disagreement.until)}` : "") +
      (h.status === "former" ? "; shown as ended." : "; a start after that end is shown."));
  }
  if (h.endUnclear) notes.push(`No article gives an end, but another role of this person ended on ` +
    `${formatDate(h.endUnclear)}.`);
  return el("li", { class: `role status-${h.status}`, dataset: { role: normalName(h.label) } },
    el("span", { class: "role-name" }, h.label),
    h.written.length ? el("span", { class: "as-written" }, ` “${h.written.join("”, “")}”`) : null,
    h.orgs.length ? [" at ", h.orgs.map((id) => entityChip(id))] : null, " ",
    el("span", { class: `badge role-status status-${h.status}` }, h.status),
    dates ? el("span", { class: "when", title: h.endUnclear ? notes[notes.length - 1] : null }, ` ${dates}`) : null,
    notes.map((note) => el("div", { class: "role-note" }, note)),
    h.sources.length ? el("div", { class: "role-sources" }, citeList(h.sources, 3)) : null);
}

/** People with a role at this organization, one line per person and role, dated as on
 * the person's own card. */
function memberItems(card) {
  const here = new Set(card.ids);
  const people = new Map();
  for (const { person } of card.heldHere) {
    const personCard = cardOfEntity.get(person);
    if (personCard) people.set(personCard.id, personCard);
  }
  return Array.from(people.values()).flatMap((person) => roleHistories(person.roles)
    .filter((h) => h.orgs.some((id) => here.has(id))).map((h) =>
      el("li", {}, entityChip(person.id), ` ${h.label} `, el("span", { class: `badge role-status status-${h.status}` },
        h.status), historyDates(h) ? el("span", { class: "when" }, ` ${historyDates(h)}`) : null)));
}

function entityCard(card) {
  const members = memberItems(card);
  const merged = card.members.length > 1;
  return el("article", { class: `card entity-card type-${card.type}`, dataset: { entity: card.id,
    entities: card.ids.join(" ") } },
  el("header", {}, el("h3", {}, card.name), badge(card.type, `type type-${card.type}`)),
  el("p", { class: "meta" }, `${number(card.mentions)} mentions · ${number(card.events.length)} events`,
    merged ? el("span", { class: "merged", title: "The linker kept these apart; they share a name, so they are " +
      "shown together" }, ` · one card for ${card.members.length} entries: ${card.members.map((e) => e.name)
      .join(", ")}`) : null),
  el("div", { class: "aliases" }, card.aliases.map((alias) => {
    const script = scriptOf(alias);
    return el("span", { class: `alias script-${script}`, title: `${script} script` }, alias, el("small", {}, script));
  })),
  card.roles.length ? [el("h4", {}, "Roles"), el("ol", { class: "roles" }, roleHistories(card.roles).map(historyItem))]
    : null,
  members.length ? [el("h4", {}, "People with roles here"), el("ul", { class: "members" }, members.slice(0, 12))]
    : null,
  card.events.length ? [el("h4", {}, "Events"), el("ul", { class: "entity-events" }, card.events.slice(0, 6).map((ev) =>
    el("li", {}, el("span", { class: "date" }, formatDate(ev.date)), " ",
      el("button", { type: "button", class: "link", onclick: () => selectEvent(ev.id) }, ev.summary || ev.type),
      " ", eventStatusBadge(ev)))),
  card.events.length > 6 ? el("p", { class: "meta" }, `and ${card.events.length - 6} more in the claims table`)
    : null] : null,
  el("div", { class: "card-actions" }, el("button", { type: "button", onclick: () => showInGraph(card.id) },
    "Show in relations graph")));
}

function showEntity(id) {
  if (!entitiesById.has(id)) return;
  showTab("people");
  const card = cardOfEntity.get(id);
  peopleState.only = new Set(card ? card.ids : [id]);
  drawPeople();
  const node = peopleParts.list.querySelector(`[data-entity="${CSS.escape(card ? card.id : id)}"]`);
  if (node) flash(node);
}

/** The name on the entity's card: two entries the card joins read as one name. */
function displayName(id) {
  const card = cardOfEntity.get(id);
  return card ? card.name : entityName(id);
}
