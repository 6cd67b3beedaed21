// ---- event details (shared by the timeline and the claims table) ---------------------
function eventDetail(ev) {
  const span = dateSpan(ev.date);
  const conflicts = (eventConflicts[ev.id] || []).map((id) => conflictsById.get(id)).filter(Boolean);
  return el("div", { class: `event-detail status-${ev.status}`, dataset: { event: ev.id } },
    el("h3", {}, ev.summary || ev.type),
    el("p", { class: "meta" }, badge(ev.type, "type"), " ", statusBadge(ev.status), " ",
      el("span", { class: "date" }, formatDate(ev.date)),
      span ? el("span", { class: "grain" }, ` (${span.grain} precision)`) : null,
      ev.date_text ? el("span", { class: "as-written" }, ` as written: “${ev.date_text}”`) : null,
      " ", confidenceBar(ev.confidence)),
    ev.participants.length ? el("p", { class: "participants" }, "Who: ",
      ev.participants.map((p) => entityChip(p.entity, p.role))) : null,
    conflicts.length ? el("div", { class: "conflict-links" }, conflicts.map((c) =>
      el("button", { type: "button", class: "conflict-link", onclick: () => showConflict(c.id) },
        `⚠ Sources disagree: ${c.about}`))) : null,
    el("div", { class: "sources" }, el("h4", {}, `Sources (${ev.sources.length})`), ev.sources.map(citation)));
}

function entityChip(id, role) {
  const entity = entitiesById.get(id);
  return el("button", { type: "button", class: `chip entity-chip type-${entity ? entity.type : "other"}`,
    onclick: () => showEntity(id) }, entityName(id), role ? el("span", { class: "role" }, ` ${role}`) : null);
}

// ---- timeline ------------------------------------------------------------------------
const TL = { laneHeight: 30, axisHeight: 38, pad: 24, minBar: 8, dot: 12 };
const timelineState = { pxPerDay: null, statuses: new Set(STATUSES), type: "", query: "", conflictsOnly: false };
let timelineParts = null;
let measureContext = null;

function labelWidth(text) {
  if (!measureContext) {
    measureContext = document.createElement("canvas").getContext("2d");
    measureContext.font = getComputedStyle(document.body).fontSize + " " + getComputedStyle(document.body).fontFamily;
  }
  return measureContext.measureText(text).width * 0.95 + 8;
}

function eventMatches(ev) {
  const s = timelineState;
  if (!s.statuses.has(ev.status) || (s.type && ev.type !== s.type)) return false;
  if (s.conflictsOnly && !(eventConflicts[ev.id] || []).length) return false;
  if (!s.query) return true;
  const names = ev.participants.map((p) => entityName(p.entity)).join(" ");
  return `${ev.summary} ${ev.date_text || ""} ${names}`.toLowerCase().includes(s.query);
}

function initTimeline(view) {
  const statusToggles = STATUSES.map((status) => el("label", { class: `toggle status-toggle status-${status}` },
    el("input", { type: "checkbox", checked: true, onchange: (event) => {
      if (event.target.checked) timelineState.statuses.add(status);
      else timelineState.statuses.delete(status);
      drawTimeline();
    } }), ` ${status}`));
  const types = uniqueSorted(DATA.events.map((e) => e.type));
  const zoom = (factor) => () => zoomTimeline(factor);
  const controls = el("div", { class: "controls" },
    searchBox("Filter events…", (q) => { timelineState.query = q; drawTimeline(); }),
    select("Type", [["", "all"], ...types.map((t) => [t, t])], (t) => { timelineState.type = t; drawTimeline(); }),
    el("span", { class: "status-toggles" }, statusToggles),
    el("label", { class: "toggle" }, el("input", { type: "checkbox", onchange: (event) => {
      timelineState.conflictsOnly = event.target.checked;
      drawTimeline();
    } }), " only conflicts"),
    el("span", { class: "zoom" },
      el("button", { type: "button", title: "Zoom out", onclick: zoom(1 / 1.6) }, "−"),
      el("button", { type: "button", title: "Zoom in", onclick: zoom(1.6) }, "+"),
      el("button", { type: "button", title: "Fit to width", onclick: () => {
        timelineState.pxPerDay = null;
        drawTimeline();
      } }, "Fit")));
  const legend = el("div", { class: "legend" },
    el("span", { class: "lg lg-day" }, "day"), el("span", { class: "lg lg-month" }, "month or year: drawn as its span"),
    el("span", { class: "lg lg-uncertain" }, "rumored / speculated"), el("span", { class: "lg lg-denied" }, "denied"),
    el("span", { class: "lg lg-conflict" }, "⚠ sources disagree"));
  const canvas = el("div", { class: "tl-canvas" });
  const scroller = el("div", { class: "tl-scroll", tabindex: "0", "aria-label": "Timeline" }, canvas);
  scroller.addEventListener("wheel", (event) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    zoomTimeline(event.deltaY < 0 ? 1.25 : 0.8, event.clientX - scroller.getBoundingClientRect().left);
  }, { passive: false });
  const count = el("p", { class: "count", id: "timeline-count" });
  const detail = el("div", { class: "tl-detail", id: "timeline-detail" },
    el("p", { class: "hint" }, "Select an event to see its sources."));
  const undated = el("div", { class: "undated" });
  append(view, [el("h2", {}, "Timeline"), controls, legend, count, scroller, detail, undated]);
  timelineParts = { scroller, canvas, detail, undated, count };
  drawTimeline();
}

function timelineDomain(items) {
  let start = Math.min(...items.map((i) => i.span.start));
  let end = Math.max(...items.map((i) => i.span.end));
  const pad = Math.max(3 * DAY_MS, (end - start) * 0.03);
  start -= pad;
  end += pad;
  return { start, end, days: (end - start) / DAY_MS };
}

function zoomTimeline(factor, anchorX) {
  const { scroller } = timelineParts;
  const current = timelineState.pxPerDay || Number(scroller.dataset.pxPerDay);
  if (!current) return;
  const x = anchorX === undefined ? scroller.clientWidth / 2 : anchorX;
  const dayAtAnchor = (scroller.scrollLeft + x - TL.pad) / current;
  timelineState.pxPerDay = Math.min(400, Math.max(0.02, current * factor));
  drawTimeline();
  scroller.scrollLeft = dayAtAnchor * timelineState.pxPerDay + TL.pad - x;
}

function drawTimeline() {
  const { scroller, canvas, undated, count } = timelineParts;
  const shown = DATA.events.filter(eventMatches);
  const items = [];
  const noDate = [];
  for (const ev of shown) {
    const span = dateSpan(ev.date);
    if (span) items.push({ ev, span });
    else noDate.push(ev);
  }
  items.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  count.textContent = `${number(shown.length)} of ${number(DATA.events.length)} events shown, ${number(noDate.length)} undated`;
  clear(canvas);
  drawUndated(undated, noDate);
  if (!items.length) {
    canvas.style.width = "100%";
    canvas.style.height = "60px";
    canvas.append(el("p", { class: "empty" }, "No dated events to draw."));
    return;
  }
  const domain = timelineDomain(items);
  const fit = Math.max(0.02, (scroller.clientWidth - 2 * TL.pad) / domain.days);
  const pxPerDay = timelineState.pxPerDay || fit;
  scroller.dataset.pxPerDay = pxPerDay;
  const xOf = (t) => TL.pad + ((t - domain.start) / DAY_MS) * pxPerDay;
  const lanes = placeItems(items, xOf, xOf(domain.end));
  const width = Math.max(xOf(domain.end), ...items.map((i) => i.right)) + TL.pad;
  const height = TL.axisHeight + Math.max(1, lanes) * TL.laneHeight + 12;
  canvas.style.width = `${Math.ceil(width)}px`;
  canvas.style.height = `${height}px`;
  drawAxis(canvas, domain, pxPerDay, xOf, height);
  const fragment = document.createDocumentFragment();
  for (const item of items) fragment.append(timelineItem(item));
  canvas.append(fragment);
}

/** Give each item a lane so that no bar or label overlaps another; returns the lane count.
 * A label that would run past `limit` (the right edge) is drawn left of its bar. */
function placeItems(items, xOf, limit) {
  const laneEnds = [];
  for (const item of items) {
    const { span, ev } = item;
    const left = xOf(span.start);
    const natural = xOf(span.end) - left;
    item.day = span.grain === "day" && natural < TL.dot * 1.5;
    item.barLeft = item.day ? left + natural / 2 - TL.dot / 2 : left;
    item.barWidth = item.day ? TL.dot : Math.max(TL.minBar, natural);
    item.label = truncate(ev.summary || ev.type, 64);
    const suffix = UNCERTAIN.has(ev.status) || ev.status === "denied" ? ` (${ev.status})` : "";
    const textWidth = labelWidth(item.label + suffix) + ((eventConflicts[ev.id] || []).length ? 18 : 0);
    const barRight = item.barLeft + item.barWidth;
    item.labelPlace = !item.day && textWidth + 10 < item.barWidth ? "inside"
      : barRight + 4 + textWidth > limit && item.barLeft - 4 - textWidth > 0 ? "left" : "right";
    item.textWidth = textWidth;
    item.left = item.labelPlace === "left" ? item.barLeft - 4 - textWidth : item.barLeft;
    item.right = item.labelPlace === "right" ? barRight + 4 + textWidth : barRight;
    let lane = laneEnds.findIndex((end) => end + 10 <= item.left);
    if (lane < 0) lane = laneEnds.push(-Infinity) - 1;
    laneEnds[lane] = Math.max(laneEnds[lane], item.right);
    item.lane = lane;
  }
  return laneEnds.length;
}

function timelineItem(item) {
  const { ev, span } = item;
  const conflicted = (eventConflicts[ev.id] || []).length > 0;
  const bar = el("span", { class: "tl-bar" });
  bar.style.width = `${item.barWidth}px`;
  const label = el("span", { class: "tl-label" }, conflicted ? el("span", { class: "tl-flag" }, "⚠") : null,
    item.label, UNCERTAIN.has(ev.status) || ev.status === "denied"
      ? el("span", { class: "tl-status" }, ` (${ev.status})`) : null);
  const labelLeft = { inside: 6, right: item.barWidth + 4, left: -4 - item.textWidth }[item.labelPlace];
  label.style.left = `${labelLeft}px`;
  const node = el("button", {
    type: "button",
    class: ["tl-item", `grain-${span.grain}`, item.day ? "as-dot" : "as-bar", `status-${ev.status}`,
      conflicted ? "has-conflict" : "", `label-${item.labelPlace}`].join(" ").trim(),
    title: `${ev.summary}\n${formatDate(ev.date)} (${span.grain})${ev.date_text ? ` — “${ev.date_text}”` : ""}` +
      `\n${ev.status}${conflicted ? " · sources disagree" : ""}`,
    dataset: { event: ev.id, grain: span.grain, status: ev.status },
    onclick: () => selectEvent(ev.id),
  }, bar, label);
  node.style.left = `${item.barLeft}px`;
  node.style.top = `${TL.axisHeight + item.lane * TL.laneHeight}px`;
  node.style.width = `${item.barWidth}px`;
  return node;
}

/** Start of each year, month or day from `domain.start` to `domain.end` (UTC ms). */
function* unitStarts(domain, unit) {
  const first = new Date(domain.start);
  let [y, m, d] = [first.getUTCFullYear(), unit === "year" ? 0 : first.getUTCMonth(), unit === "day" ? first.getUTCDate() : 1];
  for (let t = Date.UTC(y, m, d); t <= domain.end; t = Date.UTC(y, m, d)) {
    if (t >= domain.start) yield new Date(t);
    if (unit === "year") y++;
    else if (unit === "month") m++;
    else d++;
  }
}

function axisTicks(domain, pxPerDay) {
  const ticks = [];
  const monthLabel = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (pxPerDay * 30 < 36) {
    const monthsToo = pxPerDay * 30 >= 8;
    for (const d of unitStarts(domain, monthsToo ? "month" : "year")) {
      const yearStart = d.getUTCMonth() === 0;
      ticks.push({ t: d.getTime(), label: yearStart ? String(d.getUTCFullYear()) : "", major: yearStart });
    }
  } else if (pxPerDay < 16) {
    for (const d of unitStarts(domain, "month")) {
      const yearStart = d.getUTCMonth() === 0;
      ticks.push({ t: d.getTime(), label: yearStart || !ticks.length ? monthLabel(d) : MONTHS[d.getUTCMonth()],
        major: yearStart });
    }
  } else {
    const every = Math.max(1, Math.ceil(44 / pxPerDay));
    for (const d of unitStarts(domain, "day")) {
      const monthStart = d.getUTCDate() === 1;
      if (!monthStart && (d.getUTCDate() - 1) % every) continue;
      const label = monthStart ? monthLabel(d) : ticks.length ? String(d.getUTCDate()) : `${d.getUTCDate()} ${monthLabel(d)}`;
      ticks.push({ t: d.getTime(), label, major: monthStart });
    }
  }
  return ticks;
}

function drawAxis(canvas, domain, pxPerDay, xOf, height) {
  const fragment = document.createDocumentFragment();
  for (const tick of axisTicks(domain, pxPerDay)) {
    const line = el("div", { class: tick.major ? "tl-tick major" : "tl-tick" }, el("span", {}, tick.label));
    line.style.left = `${xOf(tick.t)}px`;
    line.style.height = `${height}px`;
    fragment.append(line);
  }
  canvas.append(fragment);
}

function drawUndated(host, events) {
  clear(host);
  if (!events.length) return;
  host.append(el("h3", {}, `Undated events (${number(events.length)})`),
    paged(events, 25, (slice) => el("ul", { class: "undated-list" }, slice.map((ev) => el("li", {},
      el("button", { type: "button", class: `link status-${ev.status}`, dataset: { event: ev.id },
        onclick: () => selectEvent(ev.id) }, ev.summary || ev.type), " ", statusBadge(ev.status),
      (eventConflicts[ev.id] || []).length ? el("span", { class: "tl-flag" }, " ⚠") : null))), "undated events"));
}

function selectEvent(id) {
  const ev = eventsById.get(id);
  if (!ev) return;
  showTab("timeline");
  for (const node of timelineParts.canvas.querySelectorAll(".tl-item.selected")) node.classList.remove("selected");
  const item = timelineParts.canvas.querySelector(`.tl-item[data-event="${CSS.escape(id)}"]`);
  if (item) {
    item.classList.add("selected");
    const scroller = timelineParts.scroller;
    const left = item.offsetLeft - scroller.clientWidth / 3;
    if (item.offsetLeft < scroller.scrollLeft || item.offsetLeft > scroller.scrollLeft + scroller.clientWidth - 40) {
      scroller.scrollLeft = Math.max(0, left);
    }
  }
  clear(timelineParts.detail).append(eventDetail(ev));
  flash(timelineParts.detail);
}
