// ---- relation graph: people and organizations <-> events, on a canvas ----------------
const GRAPH_KINDS = ["person", "org", "product", "place", "other", "event"];
const GRAPH_COLORS = { person: "#2f6fdf", org: "#d9822b", product: "#7a4fd6", place: "#2c9c6a", other: "#8a8f98",
  event: "#c2410c" };
// Every kind is shown at first: a story's main product or place is often its centre. Names
// with no link are left out (they would be unlabelled dots); the count says how many.
const graphState = { kinds: new Set(GRAPH_KINDS), edges: new Set(["participant", "role"]),
  maxNodes: 250, focus: "", selected: null, forced: new Set() };
let graph = null;

/** One node per who's-who card: entities the card joins are one node here too. */
function nodeId(entityId) {
  const card = cardOfEntity.get(entityId);
  return card ? card.id : entityId;
}

function buildGraphData() {
  const nodes = new Map();
  const edges = [];
  const seen = new Set();
  for (const card of entityCards) nodes.set(card.id, { id: card.id, kind: card.type in GRAPH_COLORS ? card.type : "other",
    label: card.name, degree: 0, entity: card });
  for (const ev of DATA.events) nodes.set(ev.id, { id: ev.id, kind: "event", label: eventNodeLabel(ev),
    degree: 0, event: ev });
  const link = (from, to, kind, label, status) => {
    const [a, b] = [nodeId(from), nodeId(to)];
    const key = `${a}|${b}|${kind}|${label}`;
    if (!nodes.has(a) || !nodes.has(b) || a === b || seen.has(key)) return;
    seen.add(key);
    edges.push({ a, b, kind, label, status });
    nodes.get(a).degree++;
    nodes.get(b).degree++;
  };
  for (const ev of DATA.events) for (const p of ev.participants) link(p.entity, ev.id, "participant", p.role);
  for (const e of DATA.entities) for (const r of e.roles) if (r.org) link(e.id, r.org, "role", r.role || r.role_text, r.status);
  return { nodes, edges };
}

/** Events are labelled short ("departure, 11 Sep 2023"): the people and organizations
 * around them say who; the full summary is in the panel and the tooltip. */
function eventNodeLabel(ev) {
  return ev.date ? `${ev.type}, ${formatDate(ev.date)}` : ev.type;
}

function initGraph(view) {
  const data = buildGraphData();
  const counts = {};
  for (const n of data.nodes.values()) counts[n.kind] = (counts[n.kind] || 0) + 1;
  const kindToggles = GRAPH_KINDS.filter((k) => counts[k]).map((kind) => el("label", { class: "toggle" },
    el("input", { type: "checkbox", checked: graphState.kinds.has(kind), dataset: { kind }, onchange: (event) => {
      if (event.target.checked) graphState.kinds.add(kind);
      else graphState.kinds.delete(kind);
      refreshGraph();
    } }), el("span", { class: `swatch kind-${kind}` }), ` ${kind} (${number(counts[kind])})`));
  const edgeToggles = [["participant", "takes part in"], ["role", "holds a role at"]].map(([kind, text]) =>
    el("label", { class: "toggle" }, el("input", { type: "checkbox", checked: true, onchange: (event) => {
      if (event.target.checked) graphState.edges.add(kind);
      else graphState.edges.delete(kind);
      refreshGraph();
    } }), ` ${text}`));
  const total = data.nodes.size;
  graphState.maxNodes = Math.min(total, graphState.maxNodes);
  const sizeLabel = el("span", {}, String(graphState.maxNodes));
  const size = el("input", { type: "range", min: Math.min(10, total), max: Math.max(10, Math.min(total, 1500)),
    value: graphState.maxNodes, "aria-label": "Most nodes shown", oninput: (event) => {
      graphState.maxNodes = Number(event.target.value);
      sizeLabel.textContent = event.target.value;
    }, onchange: () => refreshGraph() });
  const canvas = el("canvas", { class: "graph-canvas", "aria-label": "Relation graph; the list beside it has the same data" });
  const info = el("div", { class: "graph-info", id: "graph-info" },
    el("p", { class: "hint" }, "Drag to pan, scroll to zoom, drag a node to move it, click a node for its links."));
  const status = el("p", { class: "count", id: "graph-count" });
  append(view, [el("h2", {}, "Relations"),
    el("div", { class: "controls" }, searchBox("Highlight a name…", (q) => {
      graphState.focus = q;
      drawGraph();
    }), el("span", { class: "kind-toggles" }, kindToggles), el("span", { class: "edge-toggles" }, edgeToggles),
    el("label", { class: "range", hidden: total <= 50 }, "most nodes ", size, " ", sizeLabel),
    el("button", { type: "button", onclick: () => reheat(1, true) }, "Re-layout"),
    el("button", { type: "button", onclick: () => {
      graph.userMoved = false;
      fitGraph();
    } }, "Fit")),
    status, el("div", { class: "graph-wrap" }, canvas, info)]);
  graph = { data, canvas, info, status, nodes: [], edges: [], view: { x: 0, y: 0, k: 1 }, alpha: 0, running: false,
    started: false };
  attachGraphPointer(canvas);
}

/** Called when the tab becomes visible: the canvas has a size only then. */
function startGraph() {
  if (!graph) return;
  resizeGraph();
  if (!graph.started) {
    graph.started = true;
    refreshGraph();
    new ResizeObserver(() => {
      resizeGraph();
      if (graph.userMoved) drawGraph();
      else fitGraph();
    }).observe(graph.canvas);
  }
}

function resizeGraph() {
  const { canvas } = graph;
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 800;
  const height = canvas.clientHeight || 560;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
}

function seededPosition(index) {
  const angle = index * 2.399963;  // golden angle: an even spiral, the same on every load
  const radius = 12 * Math.sqrt(index + 1);
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

function refreshGraph() {
  if (!graph || !graph.started) return;
  const { nodes, edges } = graph.data;
  const chosen = chooseNodes(nodes, graphState.maxNodes);
  for (const id of graphState.forced) if (nodes.has(id)) chosen.add(id);
  graph.nodes = Array.from(chosen, (id) => nodes.get(id));
  graph.nodes.forEach((n, i) => {
    if (n.x === undefined) Object.assign(n, seededPosition(i), { vx: 0, vy: 0 });
  });
  graph.edges = edges.filter((e) => graphState.edges.has(e.kind) && chosen.has(e.a) && chosen.has(e.b))
    .map((e) => ({ ...e, source: nodes.get(e.a), target: nodes.get(e.b) }));
  graph.neighbors = new Map(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    graph.neighbors.get(e.a).push({ node: e.target, edge: e });
    graph.neighbors.get(e.b).push({ node: e.source, edge: e });
  }
  // A node with no link in view says nothing in a relation graph: an event whose
  // participants are filtered out, a name no event or role connects.
  const linked = graph.nodes.filter((n) => graph.neighbors.get(n.id).length || graphState.forced.has(n.id));
  const unlinked = graph.nodes.length - linked.length;
  graph.nodes = linked;
  graph.status.textContent = `Showing ${number(graph.nodes.length)} of ${number(nodes.size)} nodes and ` +
    `${number(graph.edges.length)} links` + (unlinked ? `; ${number(unlinked)} without a link left out` : "");
  graph.status.dataset.unlinked = unlinked;
  graph.status.dataset.nodes = graph.nodes.length;
  if (graphState.selected && !chosen.has(graphState.selected)) graphState.selected = null;
  settle(300);
  fitGraph();
  reheat(0.5, false);
}

const byDegree = (a, b) => b.degree - a.degree || String(a.label).localeCompare(String(b.label));

/**
 * The most connected entities, then the events among them that most sources report:
 * degree alone would fill the budget with organizations and leave the events out.
 */
function chooseNodes(nodes, budget) {
  const shown = Array.from(nodes.values()).filter((n) => graphState.kinds.has(n.kind));
  const entities = shown.filter((n) => !n.event).sort(byDegree);
  const events = shown.filter((n) => n.event);
  const chosen = new Set(entities.slice(0, events.length ? Math.ceil(budget / 2) : budget).map((n) => n.id));
  const linked = (n) => n.event.participants.filter((p) => chosen.has(nodeId(p.entity))).length;
  events.sort((a, b) => linked(b) - linked(a) || b.event.sources.length - a.event.sources.length || byDegree(a, b));
  for (const n of events) {
    if (chosen.size >= budget) break;
    chosen.add(n.id);
  }
  for (const n of entities) {
    if (chosen.size >= budget) break;
    chosen.add(n.id);
  }
  return chosen;
}

function reheat(alpha, scatter) {
  if (scatter) graph.nodes.forEach((n, i) => Object.assign(n, seededPosition(i), { vx: 0, vy: 0 }));
  graph.alpha = Math.max(graph.alpha, alpha);
  if (!graph.running) {
    graph.running = true;
    requestAnimationFrame(animate);
  }
}

function animate() {
  if (graph.alpha < 0.01 || document.getElementById("view-graph").hidden) {
    graph.running = false;
    drawGraph();
    return;
  }
  tick();
  drawGraph();
  requestAnimationFrame(animate);
}

/** Run the layout without drawing, so the first frame is already mostly untangled. */
function settle(ticks) {
  graph.alpha = 1;
  const budget = Math.max(10, Math.floor(ticks * Math.min(1, 250 / Math.max(1, graph.nodes.length))));
  for (let i = 0; i < budget; i++) tick();
}

function tick() {
  const nodes = graph.nodes;
  const alpha = graph.alpha;
  const n = nodes.length;
  for (let i = 0; i < n; i++) {
    const a = nodes[i];
    for (let j = i + 1; j < n; j++) {
      const b = nodes[j];
      let dx = a.x - b.x;
      let dy = a.y - b.y;
      let d2 = dx * dx + dy * dy;
      if (d2 > 250000) continue;  // beyond 500px the push is negligible
      if (d2 < 1) {
        dx = (i - j) * 0.1 + 0.1;
        dy = 0.1;
        d2 = dx * dx + dy * dy;
      }
      const force = (1400 * alpha) / d2;
      a.vx += dx * force;
      a.vy += dy * force;
      b.vx -= dx * force;
      b.vy -= dy * force;
    }
  }
  for (const e of graph.edges) {
    const dx = e.target.x - e.source.x;
    const dy = e.target.y - e.source.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const pull = ((d - 80) / d) * 0.06 * alpha;
    e.source.vx += dx * pull;
    e.source.vy += dy * pull;
    e.target.vx -= dx * pull;
    e.target.vy -= dy * pull;
  }
  for (const node of nodes) {
    node.vx -= node.x * 0.004 * alpha;
    node.vy -= node.y * 0.004 * alpha;
    if (node.fixed) {
      node.vx = 0;
      node.vy = 0;
      continue;
    }
    node.vx *= 0.6;
    node.vy *= 0.6;
    node.x += Math.max(-40, Math.min(40, node.vx));
    node.y += Math.max(-40, Math.min(40, node.vy));
  }
  graph.alpha *= 0.985;
}

function nodeRadius(node) {
  return (node.kind === "event" ? 4 : 5) + Math.min(12, Math.sqrt(node.degree) * 1.6);
}

function fitGraph() {
  if (!graph || !graph.nodes.length) return;
  const xs = graph.nodes.map((n) => n.x);
  const ys = graph.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = graph.canvas.clientWidth || 800;
  const height = graph.canvas.clientHeight || 560;
  const k = Math.min(2, 0.9 * Math.min(width / (maxX - minX + 80), height / (maxY - minY + 80)));
  graph.view = { k, x: width / 2 - ((minX + maxX) / 2) * k, y: height / 2 - ((minY + maxY) / 2) * k };
  drawGraph();
}

function highlighted() {
  const selected = graphState.selected;
  if (selected && graph.neighbors.has(selected)) {
    return new Set([selected, ...graph.neighbors.get(selected).map((n) => n.node.id)]);
  }
  if (!graphState.focus) return null;
  const hits = graph.nodes.filter((n) => String(n.label).toLowerCase().includes(graphState.focus) ||
    (n.entity && n.entity.aliases.some((a) => String(a).toLowerCase().includes(graphState.focus))));
  const set = new Set(hits.map((n) => n.id));
  for (const hit of hits) for (const nb of graph.neighbors.get(hit.id) || []) set.add(nb.node.id);
  return set;
}

function drawGraph() {
  if (!graph || !graph.started) return;
  const { canvas, view } = graph;
  const ctx = canvas.getContext("2d");
  const ratio = canvas.width / (canvas.clientWidth || 1);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y);
  const lit = highlighted();
  ctx.lineWidth = 1 / view.k;
  for (const e of graph.edges) {
    const on = !lit || (lit.has(e.a) && lit.has(e.b));
    ctx.strokeStyle = e.kind === "role" ? (on ? "rgba(47,111,223,0.55)" : "rgba(47,111,223,0.08)")
      : (on ? "rgba(90,96,110,0.45)" : "rgba(90,96,110,0.06)");
    ctx.setLineDash(e.status === "rumored" ? [4 / view.k, 3 / view.k] : []);
    ctx.beginPath();
    ctx.moveTo(e.source.x, e.source.y);
    ctx.lineTo(e.target.x, e.target.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const node of graph.nodes) drawNode(ctx, node, lit, view.k);
  drawLabels(ctx, lit, view);
}

/** Priority for a label: the selected and hovered node, then names before events, then
 * the most connected. */
function labelRank(node) {
  if (node.id === graphState.selected || node.id === graph.hover) return -1e9;
  return (node.event ? 1e6 : 0) - node.degree;
}

/**
 * Labels that never overlap one another or another node: each goes right of its node,
 * else left, else it is left out (hover or zoom shows it). The boxes drawn are kept on the
 * canvas (data-labels) in screen pixels.
 */
function drawLabels(ctx, lit, view) {
  const k = view.k;
  ctx.font = `${12 / k}px ${getComputedStyle(document.body).fontFamily}`;
  ctx.textBaseline = "middle";
  const height = 15 / k;
  const pad = 2 / k;
  const boxes = [];
  const obstacles = graph.nodes.map((n) => {
    const r = Math.max(nodeRadius(n), 3.5 / k);
    return { id: n.id, x: n.x - r, y: n.y - r, w: 2 * r, h: 2 * r };
  });
  const clashes = (box, own) => boxes.some((b) => overlaps(b, box)) ||
    obstacles.some((o) => o.id !== own && overlaps(o, box));
  const drawn = [];
  for (const node of graph.nodes.slice().sort((a, b) => labelRank(a) - labelRank(b))) {
    if (lit && !lit.has(node.id)) continue;
    const width = ctx.measureText(node.label).width;
    const r = Math.max(nodeRadius(node), 3.5 / k);
    const right = { x: node.x + r + pad, y: node.y - height / 2, w: width + pad, h: height };
    const left = { x: node.x - r - pad - width - pad, y: right.y, w: width + pad, h: height };
    const forced = labelRank(node) === -1e9;
    const box = !clashes(right, node.id) ? right : !clashes(left, node.id) ? left : forced ? right : null;
    if (!box) continue;
    boxes.push(box);
    drawn.push({ id: node.id, box });
    ctx.lineWidth = 3 / k;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.strokeText(node.label, box.x, node.y);
    ctx.fillStyle = "#1d2330";
    ctx.fillText(node.label, box.x, node.y);
  }
  graph.canvas.dataset.labels = JSON.stringify(drawn.map(({ id, box }) => ({ id,
    box: [box.x * k + view.x, box.y * k + view.y, box.w * k, box.h * k].map((v) => Math.round(v * 10) / 10) })));
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function drawNode(ctx, node, lit, k) {
  const r = Math.max(nodeRadius(node), 3.5 / k);  // stays visible when zoomed far out
  const on = !lit || lit.has(node.id);
  ctx.globalAlpha = on ? 1 : 0.15;
  ctx.fillStyle = GRAPH_COLORS[node.kind];
  ctx.beginPath();
  if (node.kind === "event") {
    ctx.moveTo(node.x, node.y - r);
    ctx.lineTo(node.x + r, node.y);
    ctx.lineTo(node.x, node.y + r);
    ctx.lineTo(node.x - r, node.y);
    ctx.closePath();
  } else {
    ctx.arc(node.x, node.y, r, 0, Math.PI * 2);
  }
  const uncertain = node.event && UNCERTAIN.has(node.event.status);
  if (uncertain) {
    ctx.fillStyle = "#fff";
    ctx.fill();
    ctx.setLineDash([3 / k, 2 / k]);
    ctx.strokeStyle = GRAPH_COLORS.event;
    ctx.lineWidth = 2 / k;
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    ctx.fill();
  }
  if (node.id === graphState.selected || node.id === graph.hover) {
    ctx.strokeStyle = "#111";
    ctx.lineWidth = 2.5 / k;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function nodeAt(clientX, clientY) {
  const rect = graph.canvas.getBoundingClientRect();
  const x = (clientX - rect.left - graph.view.x) / graph.view.k;
  const y = (clientY - rect.top - graph.view.y) / graph.view.k;
  for (let i = graph.nodes.length - 1; i >= 0; i--) {
    const n = graph.nodes[i];
    const r = nodeRadius(n) + 3 / graph.view.k;
    if ((n.x - x) ** 2 + (n.y - y) ** 2 <= r * r) return n;
  }
  return null;
}

function attachGraphPointer(canvas) {
  let drag = null;
  canvas.addEventListener("pointerdown", (event) => {
    const node = nodeAt(event.clientX, event.clientY);
    drag = { node, x: event.clientX, y: event.clientY, moved: false, view: { ...graph.view } };
    if (node) node.fixed = true;
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drag) {
      const hover = nodeAt(event.clientX, event.clientY);
      const id = hover ? hover.id : null;
      canvas.style.cursor = hover ? "pointer" : "grab";
      if (id !== graph.hover) {
        graph.hover = id;
        canvas.title = hover ? (hover.event ? hover.event.summary : hover.label) : "";
        drawGraph();
      }
      return;
    }
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (drag.node) {
      const rect = canvas.getBoundingClientRect();
      drag.node.x = (event.clientX - rect.left - graph.view.x) / graph.view.k;
      drag.node.y = (event.clientY - rect.top - graph.view.y) / graph.view.k;
      reheat(0.2, false);
    } else {
      graph.view.x = drag.view.x + dx;
      graph.view.y = drag.view.y + dy;
      graph.userMoved = true;
    }
    drawGraph();
  });
  const release = () => {
    if (!drag) return;
    if (drag.node) drag.node.fixed = false;
    if (!drag.moved) selectGraphNode(drag.node ? drag.node.id : null);
    drag = null;
  };
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener("wheel", (event) => {
    event.preventDefault();
    const rect = canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const factor = event.deltaY < 0 ? 1.15 : 1 / 1.15;
    const k = Math.min(8, Math.max(0.05, graph.view.k * factor));
    graph.view.x = px - ((px - graph.view.x) * k) / graph.view.k;
    graph.view.y = py - ((py - graph.view.y) * k) / graph.view.k;
    graph.view.k = k;
    graph.userMoved = true;
    drawGraph();
  }, { passive: false });
}

function selectGraphNode(id) {
  graphState.selected = id;
  drawGraph();
  const info = clear(graph.info);
  const node = id ? graph.data.nodes.get(id) : null;
  if (!node) {
    info.append(el("p", { class: "hint" }, "Click a node for its links."));
    return;
  }
  const open = node.event
    ? el("button", { type: "button", onclick: () => selectEvent(node.id) }, "Open event")
    : el("button", { type: "button", onclick: () => showEntity(node.id) }, "Open card");
  const links = (graph.neighbors.get(id) || []).slice(0, 60);
  info.append(el("h3", {}, node.event ? node.event.summary : node.label),
    el("p", { class: "meta" }, el("span", { class: `swatch kind-${node.kind}` }), ` ${node.kind} · ${node.degree} links`),
    open, el("ul", { class: "neighbors" }, links.map(({ node: other, edge }) => el("li", {},
      el("span", { class: "edge-label" }, edge.label || edge.kind), " ",
      el("button", { type: "button", class: "link", onclick: () => selectGraphNode(other.id) }, other.label)))));
}

function showInGraph(entityId) {
  showTab("graph");
  const node = graph.data.nodes.get(nodeId(entityId));
  if (!node) return;
  const id = node.id;
  graphState.kinds.add(node.kind);
  graphState.forced.add(id);
  const toggle = document.querySelector(`#view-graph .kind-toggles input[data-kind="${CSS.escape(node.kind)}"]`);
  if (toggle) toggle.checked = true;
  refreshGraph();
  selectGraphNode(id);
  const width = graph.canvas.clientWidth || 800;
  const height = graph.canvas.clientHeight || 560;
  graph.view.x = width / 2 - node.x * graph.view.k;
  graph.view.y = height / 2 - node.y * graph.view.k;
  drawGraph();
}
