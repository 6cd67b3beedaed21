// ---- data and indexes -------------------------------------------------------------
// Every string from DATA is untrusted article text: it only ever reaches the page as
// textContent, attribute values or canvas fillText, never as markup.
const DATA = JSON.parse(document.getElementById("factline-data").textContent);
const docsById = new Map(DATA.documents.map((d) => [d.id, d]));
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

function confidenceBar(value) {
  const pct = Math.round((Number(value) || 0) * 100);
  const fill = el("span", { class: "fill" });
  fill.style.width = `${pct}%`;
  return el("span", { class: "confidence", title: `confidence ${pct}%` }, el("span", { class: "bar" }, fill),
    el("span", { class: "num" }, `${pct}%`));
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

function docLabel(doc) {
  return doc.outlet || doc.title || fileName(doc.path);
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

function compareDates(a, b) {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  if (!sa || !sb) return (sa ? -1 : 0) + (sb ? 1 : 0);
  return sa.start - sb.start || sa.end - sb.end;
}

// ---- citations -----------------------------------------------------------------------
function citeButton(ref) {
  const doc = docsById.get(ref.document);
  const parts = doc ? [docLabel(doc), doc.lang, (doc.published || "").slice(0, 10)] : [ref.document];
  return el("button", {
    type: "button", class: "cite", title: ref.quote,
    dataset: { doc: ref.document, start: ref.start, end: ref.end },
    onclick: (event) => {
      event.stopPropagation();
      openCitation(ref);
    },
  }, parts.filter(Boolean).map((p) => truncate(p, 28)).join(" · "));
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
