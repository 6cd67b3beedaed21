// ---- who's who -----------------------------------------------------------------------
const peopleState = { query: "", type: "", only: null };
let peopleParts = null;
const SCRIPT_TESTS = [
  ["Han", /\p{Script=Han}/u], ["Latin", /\p{Script=Latin}/u], ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Arabic", /\p{Script=Arabic}/u], ["Hangul", /\p{Script=Hangul}/u],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
];
const ENTITY_ORDER = { person: 0, org: 1, product: 2, place: 3, other: 4 };

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

function entitySortKey(e) {
  return [-(e.mention_count || 0), -(eventsByEntity.get(e.id) || []).length];
}

const sortedEntities = DATA.entities.slice().sort((a, b) => {
  const ka = entitySortKey(a);
  const kb = entitySortKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || String(a.name).localeCompare(String(b.name));
});

function entityMatches(e) {
  const s = peopleState;
  if (s.only) return s.only.has(e.id);
  if (s.type && e.type !== s.type) return false;
  if (!s.query) return true;
  return [e.name, ...e.aliases].some((name) => String(name).toLowerCase().includes(s.query));
}

function initPeople(view) {
  const types = uniqueSorted(DATA.entities.map((e) => e.type))
    .sort((a, b) => (ENTITY_ORDER[a] ?? 9) - (ENTITY_ORDER[b] ?? 9));
  const showAll = el("button", { type: "button", class: "show-all", hidden: true, onclick: () => {
    peopleState.only = null;
    drawPeople();
  } }, "Show everyone");
  const list = el("div", { class: "people" });
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
    }), showAll), list]);
  peopleParts = { list, showAll };
  drawPeople();
}

function drawPeople() {
  const { list, showAll } = peopleParts;
  const shown = sortedEntities.filter(entityMatches);
  showAll.hidden = !peopleState.only;
  clear(list).append(paged(shown, 24, (slice) => el("div", { class: "cards" }, slice.map(entityCard)), "entities"));
}

function roleDates(role) {
  if (!role.since && !role.until) return "";
  return `${role.since ? formatDate(role.since) : "…"} – ${role.until ? formatDate(role.until) : role.status === "former" ? "…" : "now"}`;
}

function roleItem(role) {
  return el("li", { class: `role status-${role.status}` },
    el("span", { class: "role-name" }, role.role || role.role_text),
    role.role_text && role.role_text !== role.role ? el("span", { class: "as-written" }, ` “${role.role_text}”`) : null,
    role.org ? [" at ", entityChip(role.org)] : null, " ", el("span", { class: `badge role-status status-${role.status}` },
      role.status), role.since || role.until ? el("span", { class: "when" }, ` ${roleDates(role)}`) : null,
    role.sources.length ? el("div", { class: "role-sources" }, citeList(role.sources, 3)) : null);
}

function compareRoles(a, b) {
  return compareDates(a.since || a.until, b.since || b.until);
}

function entityCard(e) {
  const events = (eventsByEntity.get(e.id) || []).slice().sort((a, b) => compareDates(a.date, b.date));
  const members = rolesAtOrg.get(e.id) || [];
  const aliases = uniqueSorted([e.name, ...e.aliases]);
  return el("article", { class: `card entity-card type-${e.type}`, dataset: { entity: e.id } },
    el("header", {}, el("h3", {}, e.name), badge(e.type, `type type-${e.type}`)),
    el("p", { class: "meta" }, `${number(e.mention_count || 0)} mentions · ${number(events.length)} events`),
    el("div", { class: "aliases" }, aliases.map((alias) => {
      const script = scriptOf(alias);
      return el("span", { class: `alias script-${script}`, title: `${script} script` }, alias,
        el("small", {}, script));
    })),
    e.roles.length ? [el("h4", {}, "Roles"), el("ol", { class: "roles" }, e.roles.slice().sort(compareRoles).map(roleItem))]
      : null,
    members.length ? [el("h4", {}, "People with roles here"), el("ul", { class: "members" },
      members.slice(0, 12).map(({ person, role }) => el("li", {}, entityChip(person), ` ${role.role || role.role_text} `,
        el("span", { class: `badge role-status status-${role.status}` }, role.status))))] : null,
    events.length ? [el("h4", {}, "Events"), el("ul", { class: "entity-events" }, events.slice(0, 6).map((ev) =>
      el("li", {}, el("span", { class: "date" }, formatDate(ev.date)), " ",
        el("button", { type: "button", class: "link", onclick: () => selectEvent(ev.id) }, ev.summary || ev.type),
        " ", statusBadge(ev.status)))),
    events.length > 6 ? el("p", { class: "meta" }, `and ${events.length - 6} more in the claims table`) : null] : null,
    el("div", { class: "card-actions" }, el("button", { type: "button", onclick: () => showInGraph(e.id) },
      "Show in relations graph")));
}

function showEntity(id) {
  if (!entitiesById.has(id)) return;
  showTab("people");
  peopleState.only = new Set([id]);
  drawPeople();
  const card = peopleParts.list.querySelector(`[data-entity="${CSS.escape(id)}"]`);
  if (card) flash(card);
}
