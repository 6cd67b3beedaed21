// ---- claims table --------------------------------------------------------------------
const claimsState = { query: "", status: "", type: "", sort: "date", descending: false };
let claimsHost = null;
const CLAIM_SORTS = {
  date: (a, b) => compareDates(a.date, b.date),
  confidence: (a, b) => a.confidence - b.confidence,
  sources: (a, b) => support(a).independent - support(b).independent || a.sources.length - b.sources.length,
  status: (a, b) => STATUSES.indexOf(shownStatus(a)) - STATUSES.indexOf(shownStatus(b)),
};

function initClaims(view) {
  const types = uniqueSorted(DATA.events.map((e) => e.type));
  claimsHost = el("div", { class: "claims" });
  append(view, [el("h2", {}, "Claims"), el("p", { class: "hint" },
    "Each event as the sources state it: its status, how confident the dossier is, and the articles behind it. " +
    "“Confirmed” needs two independent articles; a copy or a translation counts with its original."),
  el("p", { class: "hint confidence-help" }, CONFIDENCE_HELP),
  el("div", { class: "controls" },
    searchBox("Filter claims…", (q) => { claimsState.query = q; drawClaims(); }),
    select("Status", [["", "all"], ...STATUSES.map((s) => [s, s])], (s) => { claimsState.status = s; drawClaims(); }),
    select("Type", [["", "all"], ...types.map((t) => [t, t])], (t) => { claimsState.type = t; drawClaims(); })),
  claimsHost]);
  drawClaims();
}

function claimMatches(ev) {
  const s = claimsState;
  if ((s.status && shownStatus(ev) !== s.status) || (s.type && ev.type !== s.type)) return false;
  if (!s.query) return true;
  const names = ev.participants.map((p) => entityName(p.entity)).join(" ");
  return `${ev.summary} ${ev.type} ${names} ${ev.sources.map((r) => r.quote).join(" ")}`.toLowerCase().includes(s.query);
}

/** Each participant once: an entity in two roles, or two entities with one name, is one name. */
function participantNames(ev) {
  const ids = Array.from(new Set(ev.participants.map((p) => p.entity)));
  return Array.from(new Set(ids.map(displayName)));
}

function sortHeader(key, text) {
  const active = claimsState.sort === key;
  return el("th", { scope: "col", "aria-sort": active ? (claimsState.descending ? "descending" : "ascending") : null },
    el("button", { type: "button", class: "sort", onclick: () => {
      claimsState.descending = active ? !claimsState.descending : key !== "date";
      claimsState.sort = key;
      drawClaims();
    } }, text, active ? (claimsState.descending ? " ▼" : " ▲") : ""));
}

function claimsHead() {
  return el("thead", {}, el("tr", {}, sortHeader("date", "Date"), el("th", { scope: "col" }, "Event"),
    sortHeader("status", "Status"), sortHeader("confidence", "Confidence"), sortHeader("sources", "Sources")));
}

function sourceCount(ev) {
  const { articles, independent } = support(ev);
  const text = `${independent} independent` + (articles > independent ? ` of ${articles} articles` : "");
  return el("div", { class: "source-count", title: "Copies and translations count with the article they come from" },
    text);
}

function drawClaims() {
  const compare = CLAIM_SORTS[claimsState.sort];
  const rows = DATA.events.filter(claimMatches).sort((a, b) => (claimsState.descending ? -1 : 1) * compare(a, b));
  clear(claimsHost).append(paged(rows, 50, (slice) => el("table", { class: "claims-table" }, claimsHead(),
    el("tbody", {}, slice.map(claimRow))), "claims"));
}

function claimRow(ev) {
  const span = dateSpan(ev.date);
  const conflicted = (eventConflicts[ev.id] || []).length > 0;
  const row = el("tr", { class: `status-${ev.status}${conflicted ? " has-conflict" : ""}`, dataset: { event: ev.id } });
  const toggle = el("button", { type: "button", class: "link summary", "aria-expanded": "false", onclick: () => {
    const open = row.nextElementSibling && row.nextElementSibling.classList.contains("detail-row");
    if (open) row.nextElementSibling.remove();
    else row.after(el("tr", { class: "detail-row" }, el("td", { colspan: "5" }, eventDetail(ev))));
    toggle.setAttribute("aria-expanded", String(!open));
  } }, ev.summary || ev.type);
  return append(row, [
    el("td", { class: "date" }, formatDate(ev.date), span ? el("small", {}, ` ${span.grain}`) : null),
    el("td", {}, conflicted ? el("span", { class: "tl-flag", title: "sources disagree" }, "⚠ ") : null, toggle, " ",
      badge(ev.type, "type"), el("div", { class: "who" }, participantNames(ev).join(", "))),
    el("td", {}, eventStatusBadge(ev)),
    el("td", {}, confidenceBar(ev.confidence, ev)),
    el("td", {}, sourceCount(ev), citeList(ev.sources, 3)),
  ]);
}

// ---- conflicts -----------------------------------------------------------------------
let conflictsList = null;
const eventsByConflict = new Map();
for (const [eventId, ids] of Object.entries(eventConflicts)) {
  for (const id of ids) {
    if (!eventsByConflict.has(id)) eventsByConflict.set(id, []);
    if (eventsById.has(eventId)) eventsByConflict.get(id).push(eventsById.get(eventId));
  }
}

for (const events of eventsByConflict.values()) events.sort((a, b) => compareDates(a.date, b.date));

function initConflicts(view) {
  conflictsList = paged(DATA.conflicts, 20, (slice) => el("div", { class: "conflicts" }, slice.map(conflictCard)),
    "conflicts");
  append(view, [el("h2", {}, "Conflicts"), el("p", { class: "hint" },
    "Where sources disagree: every version, with the articles that state it."), conflictsList]);
}

function conflictCard(c) {
  const events = eventsByConflict.get(c.id) || [];
  return el("article", { class: "card conflict", dataset: { conflict: c.id } },
    el("header", {}, el("h3", {}, `⚠ ${c.about}`), badge(c.kind, "kind")),
    c.entities.length ? el("p", { class: "participants" }, "Concerns: ", c.entities.map((id) => entityChip(id))) : null,
    el("ol", { class: "versions" }, c.values.map((v) => el("li", { class: "version" },
      el("div", { class: "version-head" }, el("strong", { class: "value" }, v.value),
        el("span", { class: "meta" }, ` ${statedBy(v)}`)),
      el("div", { class: "sources" }, v.sources.map(citation))))),
    events.length ? [el("h4", {}, `Events concerned (${events.length})`), el("ul", { class: "conflict-events" },
      events.map((ev) => el("li", {}, el("span", { class: "date" }, formatDate(ev.date)), " ",
        el("button", { type: "button", class: "link", onclick: () => selectEvent(ev.id) }, ev.summary || ev.type))))]
      : null);
}

function statedBy(value) {
  const articles = value.sources.length;
  const independent = value.independent_sources ?? articles;
  return `stated by ${articles} article${articles === 1 ? "" : "s"}` +
    (independent < articles ? ` (${independent} independent)` : "");
}

function showConflict(id) {
  const index = DATA.conflicts.findIndex((c) => c.id === id);
  if (index < 0) return;
  showTab("conflicts");
  conflictsList.showItem(index);
  const card = conflictsList.querySelector(`[data-conflict="${CSS.escape(id)}"]`);
  if (card) flash(card);
}

// ---- documents -----------------------------------------------------------------------
const documentsState = { query: "", lang: "", story: "", hideCopies: false };
let documentsHost = null;
const storyLabels = new Map((DATA.stories || []).map((s) => [s.id, s.label]));

function initDocuments(view) {
  const langs = uniqueSorted(DATA.documents.map((d) => d.lang));
  const stories = (DATA.stories || []).map((s) => [s.id, truncate(s.label || s.id, 50)]);
  documentsHost = el("div", { class: "documents" });
  append(view, [el("h2", {}, "Sources"), el("div", { class: "controls" },
    searchBox("Filter by title, outlet or file…", (q) => { documentsState.query = q; drawDocuments(); }),
    select("Language", [["", "all"], ...langs.map((l) => [l, languageName(l)])], (l) => {
      documentsState.lang = l;
      drawDocuments();
    }),
    stories.length > 1 && !CHOSEN_STORY ? select("Story", [["", "all"], ...stories], (s) => { documentsState.story = s; drawDocuments(); })
      : null,
    el("label", { class: "toggle" }, el("input", { type: "checkbox", onchange: (event) => {
      documentsState.hideCopies = event.target.checked;
      drawDocuments();
    } }), " hide duplicates and translations")), documentsHost, errorsSection()]);
  drawDocuments();
}

function documentMatches(d) {
  const s = documentsState;
  if ((s.lang && d.lang !== s.lang) || (s.story && d.story !== s.story)) return false;
  if (s.hideCopies && (d.duplicate_of || d.translation_of)) return false;
  return !s.query || `${docTitle(d)} ${docSource(d)} ${d.path}`.toLowerCase().includes(s.query);
}

function drawDocuments() {
  const rows = DATA.documents.filter(documentMatches);
  const heads = ["#", "Title", "Outlet", "Language", "Published", "Copies and translations"];
  if (STORIES.length > 1 && !CHOSEN_STORY) heads.push("Story");
  clear(documentsHost).append(paged(rows, 50, (slice) => el("table", { class: "documents-table" },
    el("thead", {}, el("tr", {}, heads.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, slice.map(documentRow))), "documents"));
}

function documentRow(d) {
  const guessed = !d.title;
  return el("tr", { dataset: { doc: d.id } },
    el("td", { class: "number" }, String((docIndex.get(d.id) ?? 0) + 1)),
    el("td", {}, el("button", { type: "button", class: `link${guessed ? " untitled" : ""}`, lang: d.lang || null,
      title: guessed ? "No title found: the article's first line" : null, onclick: () => openDocument(d.id) },
    docTitle(d)), el("div", { class: "path" }, fileName(d.path))),
    el("td", {}, d.outlet || urlHost(d.url) || el("span", { class: "unknown" }, "not stated")),
    el("td", {}, languageName(d.lang)),
    el("td", { class: "date" }, d.published || d.published_month ? formatDateTime(d.published || d.published_month) : el("span", { class: "unknown" }, "not stated")),
    el("td", { class: "lineage" }, lineageItems(d).map(([label, target, id]) =>
      el("div", {}, `${label} `, docJump(target, id)))),
    STORIES.length > 1 && !CHOSEN_STORY ? el("td", {}, truncate(storyLabels.get(d.story) || "", 40)) : null);
}

function errorsSection() {
  if (!DATA.errors.length) return null;
  return el("details", { class: "errors" }, el("summary", {}, `Inputs skipped (${number(DATA.errors.length)})`),
    paged(DATA.errors, 50, (slice) => el("ul", {}, slice.map((e) => el("li", {}, el("code", {}, e.path), `: ${e.error}`))),
      "skipped inputs"));
}
