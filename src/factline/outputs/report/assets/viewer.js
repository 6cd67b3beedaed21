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

function viewerHeader(doc) {
  const meta = [doc.outlet, doc.lang && `language: ${doc.lang}`, doc.published && `published ${doc.published}`]
    .filter(Boolean).join(" · ");
  const link = doc.url ? externalLink(doc.url) : null;
  const related = [];
  if (doc.duplicate_of) related.push(docJump("duplicate of", doc.duplicate_of));
  if (doc.translation_of) related.push(docJump("translation of", doc.translation_of));
  return [
    el("h2", { lang: doc.lang || null }, doc.title || fileName(doc.path)),
    el("p", { class: "meta" }, meta),
    doc.authors && doc.authors.length ? el("p", { class: "meta" }, `by ${doc.authors.join(", ")}`) : null,
    el("p", { class: "meta path" }, doc.path, link ? [" · ", link] : null),
    related.length ? el("p", { class: "meta" }, related) : null,
  ];
}

function docJump(label, id) {
  const target = docsById.get(id);
  return el("span", {}, `${label} `, el("button", { type: "button", class: "link", onclick: () => openDocument(id) },
    target ? truncate(target.title || fileName(target.path), 60) : id), " ");
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

function setHash(value) {
  history.replaceState(null, "", value ? `#${value}` : location.pathname + location.search);
}

/** Open what the URL's #cite=DOC:START-END or #doc=DOC names. */
function openFromHash() {
  const hash = location.hash.slice(1);
  const cite = /^cite=(.+):(\d+)-(\d+)$/.exec(hash);
  if (cite) {
    const id = decodeURIComponent(cite[1]);
    const ref = { document: id, start: Number(cite[2]), end: Number(cite[3]), quote: null };
    const known = findRef(ref);
    openCitation(known || ref);
    return;
  }
  const doc = /^doc=(.+)$/.exec(hash);
  if (doc) openDocument(decodeURIComponent(doc[1]));
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
