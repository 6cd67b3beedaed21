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
    `${DATA.generator || "factline"} · ${langs.length} language${langs.length === 1 ? "" : "s"}: ` +
    `${langs.map(languageName).join(", ") || "none"}`;
  const people = DATA.entities.filter((e) => e.type === "person").length;
  renderStoryPicker();
  append(document.getElementById("stats"), [
    stat("documents", "documents", DATA.documents.length, "documents"),
    stat("entities", "entities", DATA.entities.length, "people"),
    stat("people", "people", people, "people"),
    stat("events", "events", DATA.events.length, "claims"),
    stat("conflicts", "conflicts", DATA.conflicts.length, "conflicts"),
    stat("errors", "skipped", DATA.errors.length, "documents"),
  ]);
}

/** With several stories: a picker in the header and, until one is picked, a card per story. */
function renderStoryPicker() {
  if (STORIES.length < 2) return;
  const host = document.getElementById("stories");
  host.hidden = false;
  const picker = select("Story", [["", `All ${STORIES.length} stories`],
    ...STORIES.map((s) => [s.id, `${truncate(s.label || s.id, 70)} (${s.documents.length})`])], chooseStory);
  picker.querySelector("select").value = CHOSEN_STORY;
  picker.querySelector("select").id = "story-picker";
  host.append(picker);
  if (CHOSEN_STORY) return;
  host.append(el("p", { class: "stories-hint" }, `These articles tell ${STORIES.length} different stories. ` +
    "Pick one to see only its timeline, people, claims and sources:"),
  el("div", { class: "story-cards" }, STORIES.map(storyCard)));
}

function storyCard(story) {
  const docs = story.documents.map((id) => docsById.get(id)).filter(Boolean);
  const langs = uniqueSorted(docs.map((d) => d.lang)).map(languageName);
  const dates = docs.map((d) => d.published || d.published_month).filter(Boolean).sort(compareDates);
  const when = dates.length ? (formatDate(dates[0]) === formatDate(dates[dates.length - 1]) ? formatDate(dates[0])
    : `${formatDate(dates[0])} – ${formatDate(dates[dates.length - 1])}`) : "";
  return el("button", { type: "button", class: "story-card", dataset: { story: story.id },
    onclick: () => chooseStory(story.id) },
  el("strong", {}, story.label || story.id),
  el("span", { class: "meta" }, [`${docs.length} article${docs.length === 1 ? "" : "s"}`, langs.join(", "), when]
    .filter(Boolean).join(" · ")));
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
