// ---- data and indexes -------------------------------------------------------------
// Every string from DATA is untrusted article text: it only ever reaches the page as
// textContent, attribute values or canvas fillText, never as markup.
const FULL_DATA = JSON.parse(document.getElementById("factline-data").textContent);
const STORIES = FULL_DATA.stories || [];
const CHOSEN_STORY = chosenStory();
// With several stories the reader picks one (#story=ID in the address); every view then
// shows that story's articles and what they say, and nothing else.
const DATA = CHOSEN_STORY ? storySlice(FULL_DATA, CHOSEN_STORY) : FULL_DATA;
// Every article stays reachable: a citation may point into another story's article.
const docsById = new Map(FULL_DATA.documents.map((d) => [d.id, d]));
const docIndex = new Map(FULL_DATA.documents.map((d, i) => [d.id, i]));
const entitiesById = new Map(DATA.entities.map((e) => [e.id, e]));
const eventsById = new Map(DATA.events.map((e) => [e.id, e]));
const conflictsById = new Map(DATA.conflicts.map((c) => [c.id, c]));
const eventConflicts = DATA.event_conflicts || {};
const eventsByEntity = new Map();
for (const ev of DATA.events) {
  for (const p of ev.participants) {
    if (!eventsByEntity.has(p.entity)) eventsByEntity.set(p.entity, []);
    eventsByEntity.get(p.entity).push(ev);
  }
}
const STATUSES = ["confirmed", "reported", "rumored", "speculated", "denied"];
const UNCERTAIN = new Set(["rumored", "speculated"]);
const LANGUAGE_NAMES = { zh: "Chinese", en: "English", es: "Spanish", pt: "Portuguese" };

function hashParams() {
  return new URLSearchParams(location.hash.slice(1));
}

function chosenStory() {
  const id = hashParams().get("story");
  return STORIES.length > 1 && STORIES.some((s) => s.id === id) ? id : "";
}

function storySlice(data, storyId) {
  const docs = new Set(data.documents.filter((d) => d.story === storyId).map((d) => d.id));
  const cited = (refs) => refs.some((r) => docs.has(r.document));
  const events = data.events.filter((ev) => cited(ev.sources));
  const entities = new Set(Object.entries(data.entity_stories || {})
    .filter(([, stories]) => stories.includes(storyId)).map(([id]) => id));
  for (const ev of events) for (const p of ev.participants) entities.add(p.entity);
  const conflicts = data.conflicts.filter((c) => c.values.some((v) => cited(v.sources)));
  const eventIds = new Set(events.map((ev) => ev.id));
  const story = data.stories.find((s) => s.id === storyId);
  return { ...data, title: story.label || data.title, documents: data.documents.filter((d) => docs.has(d.id)),
    entities: data.entities.filter((e) => entities.has(e.id)), events, conflicts,
    event_conflicts: Object.fromEntries(Object.entries(data.event_conflicts || {})
      .filter(([id]) => eventIds.has(id))) };
}

function chooseStory(id) {
  location.hash = id ? `story=${encodeURIComponent(id)}` : "";
  location.reload();
}

// ---- DOM helpers --------------------------------------------------------------------
const FORBIDDEN_ATTRS = new Set(["href", "src", "srcdoc", "style", "action", "formaction"]);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) {
      if (typeof value !== "function") throw new TypeError("event handlers must be functions");
      node.addEventListener(key.slice(2), value);
    } else if (FORBIDDEN_ATTRS.has(key)) throw new TypeError(`set ${key} with a dedicated helper`);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

/** An <a> to an http(s) URL from the data, or null for anything else. */
function externalLink(url, label) {
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch (_) {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const a = el("a", { target: "_blank", rel: "noopener noreferrer nofollow" }, label || parsed.href);
  a.href = parsed.href;
  return a;
}

function badge(text, kind) {
  return el("span", { class: `badge ${kind || ""}`.trim() }, text);
}

function statusBadge(status) {
  return el("span", { class: `badge status status-${status}`, title: `status: ${status}` },
    UNCERTAIN.has(status) ? `${status}?` : status);
}

/** How many articles state an event, and how many of them are independent: a copy or a
 * translation counts with the article it comes from. */
function support(ev) {
  const articles = ev.sources.length;
  const independent = ev.independent_sources ?? articles;
  return { articles, independent };
}

/** The status to show: "confirmed" only when two independent articles back the event. */
function shownStatus(ev) {
  return ev.status === "confirmed" && support(ev).independent < 2 ? "reported" : ev.status;
}

function eventStatusBadge(ev) {
  const status = shownStatus(ev);
  const badgeNode = statusBadge(status);
  if (status === ev.status) return badgeNode;
  badgeNode.title = "One article calls this confirmed, but no independent second article states it";
  return el("span", { class: "status-wrap" }, badgeNode, " ",
    el("span", { class: "badge single-source", title: badgeNode.title }, "single source"));
}

const CONFIDENCE_HELP = "Confidence: how likely the event is, from how many independent articles state it " +
  "(copies and translations count once) and how firmly each puts it (confirmed > reported > rumored > " +
  "speculated; a denial counts against).";

function confidenceWord(value) {
  return value >= 0.8 ? "high" : value >= 0.5 ? "medium" : "low";
}

/** The confidence as a word and a bar; with `ev` and `explain`, why, in words. */
function confidenceBar(value, ev, explain) {
  const share = Number(value) || 0;
  const pct = Math.round(share * 100);
  const fill = el("span", { class: "fill" });
  fill.style.width = `${pct}%`;
  let why = "";
  if (ev) {
    const { articles, independent } = support(ev);
    why = `${independent} independent article${independent === 1 ? "" : "s"}` +
      (articles > independent ? ` (${articles} with copies and translations)` : "") + `; strongest wording: ${ev.status}`;
  }
  return el("span", { class: "confidence", title: `${CONFIDENCE_HELP}${why ? `\nThis event: ${why}.` : ""}` },
    el("span", { class: "bar" }, fill), el("span", { class: "num" }, `${confidenceWord(share)} · ${pct}%`),
    why && explain ? el("span", { class: "why" }, why) : null);
}

function number(n) {
  return Number(n).toLocaleString("en-US");
}

function truncate(text, max) {
  const chars = Array.from(String(text || ""));
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}

function fileName(path) {
  const parts = String(path || "").split(/[\\/]/);
  return parts[parts.length - 1] || String(path || "");
}

function entityName(id) {
  const e = entitiesById.get(id);
  return e ? e.name : id;
}

function urlHost(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.hostname.replace(/^www\./, "") : "";
  } catch (_) {
    return "";
  }
}

function languageName(code) {
  return LANGUAGE_NAMES[code] || code || "";
}

/** The article's title, else its first line of text; never a file name. */
function docTitle(doc) {
  if (doc.title) return doc.title;
  const first = (doc.segments || []).find((s) => s[0] === "body" && String(s[2]).trim());
  return first ? truncate(String(first[2]).trim(), 90) : `Article ${(docIndex.get(doc.id) ?? 0) + 1}`;
}

/** Who published it: the outlet, else the site's host name, else "article N". */
function docSource(doc) {
  return doc.outlet || urlHost(doc.url) || `article ${(docIndex.get(doc.id) ?? 0) + 1}`;
}

/** outlet · language · date, the words a source chip shows. */
function docLabel(doc) {
  return [docSource(doc), languageName(doc.lang), doc.published || doc.published_month ? formatDate(doc.published || doc.published_month) : ""]
    .filter(Boolean).join(" · ");
}

// ---- dates ---------------------------------------------------------------------------
const DAY_MS = 86400000;

/** A date string as the span of time it names: a year, a month or a day (UTC ms). */
function dateSpan(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(value || ""));
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const start = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
    return { start, end: start + DAY_MS, grain: "day" };
  }
  if (m[2]) {
    const month = Number(m[2]) - 1;
    return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1), grain: "month" };
  }
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), grain: "year" };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDate(value) {
  const span = dateSpan(value);
  if (!span) return "undated";
  const d = new Date(span.start);
  if (span.grain === "year") return String(d.getUTCFullYear());
  if (span.grain === "month") return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2026-03-06T11:22" as "6 Mar 2026, 11:22"; a bare date as formatDate does. */
function formatDateTime(value) {
  const time = /T(\d{2}:\d{2})/.exec(String(value || ""));
  const date = formatDate(value);
  return time && date !== "undated" ? `${date}, ${time[1]}` : date;
}

function compareDates(a, b) {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  if (!sa || !sb) return (sa ? -1 : 0) + (sb ? 1 : 0);
  return sa.start - sb.start || sa.end - sb.end;
}

// ---- citations -----------------------------------------------------------------------
function citeButton(ref) {
  const doc = docsById.get(ref.document);
  const label = doc ? docLabel(doc) : ref.document;
  return el("button", {
    type: "button", class: "cite", title: doc ? `${docTitle(doc)}\n${label}\n“${ref.quote}”` : ref.quote,
    dataset: { doc: ref.document, start: ref.start, end: ref.end },
    onclick: (event) => {
      event.stopPropagation();
      openCitation(ref);
    },
  }, label);
}

/** A quoted span with the button that opens it in its article. */
function citation(ref) {
  const doc = docsById.get(ref.document);
  return el("div", { class: "citation" },
    el("q", { lang: (doc && doc.lang) || null }, truncate(ref.quote, 240)), " ", citeButton(ref));
}

function citeList(refs, max) {
  const shown = refs.slice(0, max);
  const wrap = el("span", { class: "cites" }, shown.map(citeButton));
  if (refs.length > max) {
    const more = el("button", { type: "button", class: "more", onclick: () => {
      more.remove();
      append(wrap, refs.slice(max).map(citeButton));
    } }, `+${refs.length - max} more`);
    wrap.append(more);
  }
  return wrap;
}

// ---- paging --------------------------------------------------------------------------
/**
 * A page of `items` drawn by `renderPage(slice, offset)`, with previous/next controls.
 * Only one page of a long list is ever in the DOM.
 */
function paged(items, pageSize, renderPage, label) {
  const body = el("div", { class: "page-body" });
  const info = el("span", { class: "page-info" });
  const prev = el("button", { type: "button", onclick: () => draw(page - 1) }, "‹ Previous");
  const next = el("button", { type: "button", onclick: () => draw(page + 1) }, "Next ›");
  const controls = el("div", { class: "pager" }, prev, info, next);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  let page = 0;
  function draw(target) {
    page = Math.min(Math.max(target, 0), pages - 1);
    const offset = page * pageSize;
    clear(body).append(renderPage(items.slice(offset, offset + pageSize), offset));
    info.textContent = items.length
      ? `${number(offset + 1)}–${number(Math.min(offset + pageSize, items.length))} of ${number(items.length)} ${label}`
      : `no ${label}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    controls.hidden = items.length <= pageSize && items.length > 0;
  }
  draw(0);
  const wrap = el("div", { class: "paged" }, body, controls);
  wrap.showItem = (index) => draw(Math.floor(index / pageSize));
  return wrap;
}

function flash(node) {
  node.classList.remove("flash");
  void node.offsetWidth; // restart the animation
  node.classList.add("flash");
  node.scrollIntoView({ block: "center", behavior: "auto" });
}

function searchBox(placeholder, onInput) {
  let timer = 0;
  return el("input", { type: "search", class: "search", placeholder, "aria-label": placeholder,
    oninput: (event) => {
      clearTimeout(timer);
      timer = setTimeout(() => onInput(event.target.value.trim().toLowerCase()), 120);
    } });
}

function select(label, options, onChange) {
  return el("label", { class: "select" }, `${label} `,
    el("select", { onchange: (event) => onChange(event.target.value) },
      options.map(([value, text]) => el("option", { value }, text))));
}

function uniqueSorted(values) {
  return Array.from(new Set(values.filter(Boolean))).sort();
}
