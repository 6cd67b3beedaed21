// ---- page frame: header, tabs, start-up ----------------------------------------------
const VIEWS = { timeline: initTimeline, people: initPeople, graph: initGraph, claims: initClaims,
  conflicts: initConflicts, documents: initDocuments };
const initialized = new Set();

function showTab(name) {
  const view = document.getElementById(`view-${name}`);
  if (!view) return;
  for (const button of document.querySelectorAll(".tabs [data-tab]")) {
    const active = button.dataset.tab === name;
    button.setAttribute("aria-selected", String(active));
    button.classList.toggle("active", active);
  }
  for (const section of document.querySelectorAll("main .view")) section.hidden = section !== view;
  if (!initialized.has(name)) {
    initialized.add(name);
    VIEWS[name](view);
  }
  if (name === "graph") startGraph();
}

function stat(key, label, value, tab) {
  return el("div", { class: "stat" }, el("dt", {}, label),
    el("dd", {}, el("button", { type: "button", class: "link", dataset: { count: key }, onclick: () => showTab(tab) },
      number(value))));
}

function renderHeader() {
  const title = DATA.title || "factline dossier";
  document.title = `${title} — factline`;
  document.getElementById("story-title").textContent = title;
  const langs = uniqueSorted(DATA.documents.map((d) => d.lang));
  document.getElementById("generator").textContent =
    `${DATA.generator || "factline"} · ${langs.length} language${langs.length === 1 ? "" : "s"}: ${langs.join(", ") || "none"}`;
  const people = DATA.entities.filter((e) => e.type === "person").length;
  append(document.getElementById("stats"), [
    stat("documents", "documents", DATA.documents.length, "documents"),
    stat("entities", "entities", DATA.entities.length, "people"),
    stat("people", "people", people, "people"),
    stat("events", "events", DATA.events.length, "claims"),
    stat("conflicts", "conflicts", DATA.conflicts.length, "conflicts"),
    stat("errors", "skipped", DATA.errors.length, "documents"),
  ]);
}

function start() {
  renderHeader();
  for (const button of document.querySelectorAll(".tabs [data-tab]")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  initViewer();
  showTab("timeline");
  openFromHash();
  document.documentElement.dataset.ready = "true";
}

start();
