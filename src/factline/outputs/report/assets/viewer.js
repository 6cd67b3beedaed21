// ---- source viewer -------------------------------------------------------------------
// Offsets in the data count Unicode code points (Python string indices); JavaScript
// strings count UTF-16 units, so a character outside the BMP (an emoji, a rare hanzi)
// before a quote would shift a naive slice.
const viewer = document.getElementById("viewer");
const viewerHead = document.getElementById("viewer-head");
const viewerBody = document.getElementById("viewer-body");
const viewerNote = document.getElementById("viewer-note");
const showDropped = document.getElementById("show-dropped");
const SEG = { kind: 0, start: 1, text: 2, lang: 3, reason: 4 };
const TARGET_PREFERENCE = { title: 0, body: 0, excerpt: 1, dropped: 2 };

function isHighSurrogatePair(text, i) {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** UTF-16 index of the code point at `codePoints` in `text`. */
function unitIndex(text, codePoints) {
  let units = 0;
  for (let cp = 0; cp < codePoints && units < text.length; cp++) units += isHighSurrogatePair(text, units) ? 2 : 1;
  return units;
}

function codePointLength(text) {
  let count = 0;
  for (let i = 0; i < text.length; i += isHighSurrogatePair(text, i) ? 2 : 1) count++;
  return count;
}

function holds(seg, ref) {
  const start = seg[SEG.start];
  return start !== null && start <= ref.start && ref.end <= start + codePointLength(seg[SEG.text]);
}

/** Index of the segment that shows the cited span, preferring the cleaned text. */
function targetSegment(segments, ref) {
  let best = -1;
  segments.forEach((seg, i) => {
    const rank = TARGET_PREFERENCE[seg[SEG.kind]];
    if (rank === undefined || !holds(seg, ref)) return;
    if (best < 0 || rank < TARGET_PREFERENCE[segments[best][SEG.kind]]) best = i;
  });
  return best;
}

function segmentNode(doc, seg, ref) {
  const kind = seg[SEG.kind];
  const node = el(kind === "title" ? "h3" : "p", {
    class: `seg seg-${kind}`, lang: seg[SEG.lang] || doc.lang || null,
    title: seg[SEG.reason] ? `${kind}: ${seg[SEG.reason]}` : null,
    dataset: { start: seg[SEG.start] === null ? "" : seg[SEG.start] },
  });
  const text = seg[SEG.text];
  if (!ref) return append(node, [text]);
  const from = unitIndex(text, ref.start - seg[SEG.start]);
  const to = unitIndex(text, ref.end - seg[SEG.start]);
  return append(node, [text.slice(0, from), el("mark", { class: "cited", id: "cited" }, text.slice(from, to)),
    text.slice(to)]);
}

/** A title element: the article's title, or its first line marked as such. */
function titleNode(tag, doc, props) {
  const guessed = !doc.title;
  return el(tag, { ...props, lang: doc.lang || null, class: `${(props && props.class) || ""}${guessed ? " untitled" : ""}`
    .trim() || null, title: guessed ? "No title found: the article's first line" : null }, docTitle(doc));
}

/** Documents that copy or translate `doc`. */
function derivedFrom(doc) {
  return FULL_DATA.documents.filter((d) => d.translation_of === doc.id || d.duplicate_of === doc.id);
}

function lineageItems(doc) {
  const items = [];
  if (doc.translation_of) items.push(["Translation of", docsById.get(doc.translation_of), doc.translation_of]);
  if (doc.duplicate_of) items.push(["Copy of", docsById.get(doc.duplicate_of), doc.duplicate_of]);
  for (const other of derivedFrom(doc)) {
    items.push([other.translation_of === doc.id ? "Translated as" : "Copied as", other, other.id]);
  }
  return items;
}

function viewerHeader(doc) {
  const link = doc.url ? externalLink(doc.url) : null;
  const facts = el("dl", { class: "doc-facts" },
    el("dt", {}, "Outlet"), el("dd", { class: "outlet" }, doc.outlet || urlHost(doc.url) || "not stated"),
    el("dt", {}, "Published"), el("dd", { class: "published" },
      doc.published ? formatDateTime(doc.published)
        : doc.published_month ? `${formatDate(doc.published_month)} (no day stated)` : "date not stated"),
    el("dt", {}, "Language"), el("dd", { class: "language" }, languageName(doc.lang) || "unknown"),
    doc.authors && doc.authors.length ? [el("dt", {}, "By"), el("dd", {}, doc.authors.join(", "))] : null);
  const lineage = lineageItems(doc);
  return [
    titleNode("h2", doc),
    facts,
    lineage.length ? el("ul", { class: "lineage" }, lineage.map(([label, target, id]) =>
      el("li", {}, `${label} `, docJump(target, id)))) : null,
    el("p", { class: "meta path" }, `file: ${fileName(doc.path)}`, link ? [" · ", link] : null),
  ];
}

function docJump(target, id) {
  return el("button", { type: "button", class: "link doc-jump", onclick: () => openDocument(id) },
    target ? `${truncate(docTitle(target), 60)} (${docLabel(target)})` : id);
}

function showNote(text) {
  viewerNote.hidden = !text;
  viewerNote.textContent = text || "";
}

function renderSource(docId, ref) {
  const doc = docsById.get(docId);
  viewer.hidden = false;
  document.body.classList.add("viewer-open");
  clear(viewerHead);
  clear(viewerBody);
  showNote("");
  if (!doc) {
    showNote(`Document ${docId} is not in this dossier.`);
    return null;
  }
  append(viewerHead, viewerHeader(doc));
  const target = ref ? targetSegment(doc.segments, ref) : -1;
  let excerptHeading = false;
  doc.segments.forEach((seg, i) => {
    if (seg[SEG.kind] === "excerpt" && !excerptHeading) {
      excerptHeading = true;
      viewerBody.append(el("h4", { class: "excerpt-heading" }, "From the raw input, outside the cleaned text"));
    }
    viewerBody.append(segmentNode(doc, seg, i === target ? ref : null));
  });
  if (target >= 0 && doc.segments[target][SEG.kind] === "dropped") showDropped.checked = true;
  viewerBody.classList.toggle("show-dropped", showDropped.checked);
  return doc;
}

function openCitation(ref) {
  renderSource(ref.document, ref);
  setHash(`cite=${encodeURIComponent(ref.document)}:${ref.start}-${ref.end}`);
  const mark = document.getElementById("cited");
  if (!mark) {
    if (docsById.has(ref.document)) showNote("This citation's offsets fall outside the stored text.");
    viewerBody.scrollTop = 0;
    return;
  }
  if (typeof ref.quote === "string" && mark.textContent !== ref.quote) showNote("The text at this citation's offsets differs from its quote.");
  mark.scrollIntoView({ block: "center" });
}

function openDocument(id) {
  renderSource(id, null);
  setHash(`doc=${encodeURIComponent(id)}`);
  viewerBody.scrollTop = 0;
}

function closeViewer() {
  viewer.hidden = true;
  document.body.classList.remove("viewer-open");
  setHash("");
}

/** Keep the chosen story in the address next to what the viewer shows. */
function setHash(value) {
  const parts = CHOSEN_STORY ? [`story=${encodeURIComponent(CHOSEN_STORY)}`] : [];
  if (value) parts.push(value);
  history.replaceState(null, "", parts.length ? `#${parts.join("&")}` : location.pathname + location.search);
}

/** Open what the URL's #cite=DOC:START-END or #doc=DOC names. */
function openFromHash() {
  const params = hashParams();
  const cite = /^(.+):(\d+)-(\d+)$/.exec(params.get("cite") || "");
  if (cite) {
    const ref = { document: cite[1], start: Number(cite[2]), end: Number(cite[3]), quote: null };
    const known = findRef(ref);
    openCitation(known || ref);
    return;
  }
  const doc = params.get("doc");
  if (doc) openDocument(doc);
}

function findRef(probe) {
  const lists = [
    ...DATA.events.map((e) => e.sources),
    ...DATA.conflicts.flatMap((c) => c.values.map((v) => v.sources)),
    ...DATA.entities.flatMap((e) => e.roles.map((r) => r.sources)),
  ];
  for (const refs of lists) {
    for (const r of refs) {
      if (r.document === probe.document && r.start === probe.start && r.end === probe.end) return r;
    }
  }
  return null;
}

function initViewer() {
  document.getElementById("viewer-close").addEventListener("click", closeViewer);
  showDropped.addEventListener("change", () => viewerBody.classList.toggle("show-dropped", showDropped.checked));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !viewer.hidden) closeViewer();
  });
}
