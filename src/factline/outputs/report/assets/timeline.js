// ---- event details (shared by the timeline and the claims table) ---------------------
function eventDetail(ev) {
  const span = dateSpan(ev.date);
  const conflicts = (eventConflicts[ev.id] || []).map((id) => conflictsById.get(id)).filter(Boolean);
  return el("div", { class: `event-detail status-${ev.status}`, dataset: { event: ev.id } },
    el("h3", {}, ev.summary || ev.type),
    el("p", { class: "meta" }, badge(ev.type, "type"), " ", eventStatusBadge(ev), " ",
      el("span", { class: "date" }, formatDate(ev.date)),
      span ? el("span", { class: "grain" }, ` (${span.grain} precision)`) : null,
      ev.date_text ? el("span", { class: "as-written" }, ` as written: “${ev.date_text}”`) : null,
      " ", confidenceBar(ev.confidence, ev, true)),
    ev.participants.length ? el("p", { class: "participants" }, "Who: ", participantChips(ev)) : null,
    conflicts.length ? el("div", { class: "conflict-links" }, conflicts.map((c) =>
      el("button", { type: "button", class: "conflict-link", onclick: () => showConflict(c.id) },
        `⚠ Sources disagree: ${c.about}`))) : null,
    el("div", { class: "sources" }, el("h4", {}, `Sources (${ev.sources.length})`), ev.sources.map(citation)));
}

/** One chip per entity, with every role it plays in the event. */
function participantChips(ev) {
  const roles = new Map();
  for (const p of ev.participants) {
    const card = cardOfEntity.get(p.entity);
    const id = card ? card.id : p.entity;
    if (!roles.has(id)) roles.set(id, []);
    if (!roles.get(id).includes(p.role)) roles.get(id).push(p.role);
  }
  return Array.from(roles, ([id, list]) => entityChip(id, list.join(", ")));
}

function entityChip(id, role) {
  const entity = entitiesById.get(id);
  return el("button", { type: "button", class: `chip entity-chip type-${entity ? entity.type : "other"}`,
    onclick: () => showEntity(id) }, displayName(id), role ? el("span", { class: "role" }, ` ${role}`) : null);
}

// ---- timeline ------------------------------------------------------------------------
// The axis is folded: the densest period (the focus) is drawn at the zoom level, the
// months and years around it at a fixed small width, and stretches with no event fold
// into a narrow marker. Zoom changes the focus only; "fold quiet periods" off gives one
// linear axis.
const TL = { laneHeight: 30, axisHeight: 38, pad: 24, minBar: 8, dot: 12, monthPx: 44, yearPx: 72, foldPx: 30,
  maxPxPerDay: 400, clusterGapDays: 45, focusPadShare: 0.08, minFocusDays: 7, minFocusShare: 0.55, maxContextShare: 0.4,
  minContextScale: 0.35 };
const timelineState = { pxPerDay: null, contextScale: 1, statuses: new Set(STATUSES), type: "", query: "",
  conflictsOnly: false, fold: true };
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
  if (!s.statuses.has(shownStatus(ev)) || (s.type && ev.type !== s.type)) return false;
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
    el("label", { class: "toggle", title: "Draw the densest period wide and fold the quiet months and years around it" },
      el("input", { type: "checkbox", id: "timeline-fold", checked: true, onchange: (event) => {
        timelineState.fold = event.target.checked;
        timelineState.pxPerDay = null;
        drawTimeline(true);
      } }), " fold quiet periods"),
    el("span", { class: "zoom" },
      el("button", { type: "button", title: "Zoom out", class: "zoom-out", onclick: zoom(1 / 1.6) }, "−"),
      el("button", { type: "button", title: "Zoom in (to days)", class: "zoom-in", onclick: zoom(1.6) }, "+"),
      el("button", { type: "button", title: "Back to the densest period", class: "zoom-fit", onclick: () => {
        timelineState.pxPerDay = null;
        drawTimeline(true);
      } }, "Fit")));
  const legend = el("div", { class: "legend" },
    el("span", { class: "lg lg-day" }, "day"), el("span", { class: "lg lg-month" }, "month or year: drawn as its span"),
    el("span", { class: "lg lg-uncertain" }, "rumored / speculated"), el("span", { class: "lg lg-denied" }, "denied"),
    el("span", { class: "lg lg-conflict" }, "⚠ sources disagree"),
    el("span", { class: "lg lg-fold" }, "quiet period, folded"));
  const canvas = el("div", { class: "tl-canvas" });
  const scroller = el("div", { class: "tl-scroll", tabindex: "0", "aria-label": "Timeline" }, canvas);
  scroller.addEventListener("wheel", (event) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    zoomTimeline(event.deltaY < 0 ? 1.25 : 0.8, event.clientX - scroller.getBoundingClientRect().left);
  }, { passive: false });
  const count = el("p", { class: "count", id: "timeline-count" });
  const focusNote = el("p", { class: "hint", id: "timeline-focus" });
  const detail = el("div", { class: "tl-detail", id: "timeline-detail" },
    el("p", { class: "hint" }, "Select an event to see its sources."));
  const undated = el("div", { class: "undated" });
  append(view, [el("h2", {}, "Timeline"), controls, legend, count, focusNote, scroller, detail, undated]);
  timelineParts = { scroller, canvas, detail, undated, count, focusNote, scale: null };
  drawTimeline(true);
}

/**
 * The densest period: the finest-dated events (days, else months, else years), grouped
 * where fewer than clusterGapDays separate one from the next; the group with most events
 * per square root of its length in days (a week of six events beats a quarter of seven),
 * the latest on a tie.
 */
function densestPeriod(items) {
  const finest = ["day", "month", "year"].map((g) => items.filter((i) => i.span.grain === g)).find((g) => g.length);
  const pool = finest.slice().sort((a, b) => a.span.start - b.span.start);
  const groups = [];
  for (const item of pool) {
    const last = groups[groups.length - 1];
    if (last && item.span.start - last[last.length - 1].span.start <= TL.clusterGapDays * DAY_MS) last.push(item);
    else groups.push([item]);
  }
  const extent = (g) => ({ start: Math.min(...g.map((i) => i.span.start)), end: Math.max(...g.map((i) => i.span.end)) });
  const score = (g) => {
    const { start, end } = extent(g);
    return g.length / Math.sqrt(Math.max(7, (end - start) / DAY_MS));
  };
  const best = groups.reduce((a, b) => (score(b) >= score(a) ? b : a));
  const { start, end } = extent(best);
  const pad = Math.max(DAY_MS / 2, (end - start) * TL.focusPadShare);
  const grow = Math.max(0, (TL.minFocusDays * DAY_MS - (end - start + 2 * pad)) / 2);
  return { start: start - pad - grow, end: end + pad + grow, count: best.length, core: { start, end } };
}

function monthStart(t) {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextUnit(t, unit) {
  const d = new Date(t);
  return unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

/** Calendar months within a year of the focus, whole years further out, clipped to [from, to). */
function contextUnits(from, to, focus) {
  const monthsFrom = monthStart(focus.start - 365 * DAY_MS);
  const monthsTo = nextUnit(monthStart(focus.end + 365 * DAY_MS), "month");
  const units = [];
  let t = from;
  while (t < to) {
    const unit = t >= monthsFrom && t < monthsTo ? "month" : "year";
    let end = unit === "month" ? nextUnit(monthStart(t), "month") : nextUnit(t, "year");
    if (unit === "year" && t < monthsFrom) end = Math.min(end, monthsFrom);
    end = Math.min(end, to);
    units.push({ t0: t, t1: end, unit });
    t = end;
  }
  return units;
}

/** Segments of the axis: [{t0, t1, x0, x1, kind: focus | context | fold, unit}]. */
function buildSegments(items, domain, focus, pxPerDay, contextScale) {
  const occupied = (a, b) => items.some((i) => i.span.start < b && i.span.end > a);
  const pieces = [];
  const addContext = (from, to) => {
    for (const u of contextUnits(from, to, focus)) {
      const full = u.unit === "month" ? 30.44 : 365.25;
      const days = (u.t1 - u.t0) / DAY_MS;
      const linear = days * pxPerDay;
      if (occupied(u.t0, u.t1)) {
        pieces.push({ ...u, kind: "context", width: Math.min(linear, (u.unit === "month" ? TL.monthPx : TL.yearPx) *
          contextScale * Math.min(1, days / full)) });
      } else {
        const last = pieces[pieces.length - 1];
        if (last && last.kind === "fold") {
          last.t1 = u.t1;
          last.linear += linear;
        } else pieces.push({ ...u, kind: "fold", linear });
      }
    }
  };
  addContext(domain.start, focus.start);
  pieces.push({ t0: focus.start, t1: focus.end, kind: "focus", width: ((focus.end - focus.start) / DAY_MS) * pxPerDay });
  addContext(focus.end, domain.end);
  let x = TL.pad;
  return pieces.map((p) => {
    const width = p.kind === "fold" ? Math.min(p.linear, TL.foldPx) : p.width;
    const seg = { t0: p.t0, t1: p.t1, kind: p.kind, unit: p.unit, x0: x, x1: x + width };
    x += width;
    return seg;
  });
}

function makeScale(segments) {
  const find = (t) => segments.find((s) => t < s.t1) || segments[segments.length - 1];
  const findX = (x) => segments.find((s) => x < s.x1) || segments[segments.length - 1];
  return {
    segments,
    xOf(t) {
      const s = t <= segments[0].t0 ? segments[0] : find(t);
      return s.x0 + ((t - s.t0) / (s.t1 - s.t0 || 1)) * (s.x1 - s.x0);
    },
    tOf(x) {
      const s = findX(x);
      return s.t0 + ((x - s.x0) / (s.x1 - s.x0 || 1)) * (s.t1 - s.t0);
    },
    end: segments[segments.length - 1].x1,
  };
}

/** The axis for these items at the current zoom: folded around the densest period, or linear. */
function timelineScale(items, viewWidth) {
  const start = Math.min(...items.map((i) => i.span.start));
  const end = Math.max(...items.map((i) => i.span.end));
  const usable = Math.max(200, viewWidth - 2 * TL.pad);
  if (!timelineState.fold) {
    const pad = Math.max(3 * DAY_MS, (end - start) * 0.03);
    const domain = { start: start - pad, end: end + pad };
    const days = (domain.end - domain.start) / DAY_MS;
    const pxPerDay = timelineState.pxPerDay || Math.max(0.02, usable / days);
    return { pxPerDay, focus: domain, scale: makeScale([{ t0: domain.start, t1: domain.end, kind: "focus",
      x0: TL.pad, x1: TL.pad + days * pxPerDay }]) };
  }
  const focus = densestPeriod(items);
  const domain = { start: Math.min(start, focus.start), end: Math.max(end, focus.end) };
  const focusDays = (focus.end - focus.start) / DAY_MS;
  let pxPerDay = timelineState.pxPerDay;
  if (!pxPerDay) {
    // Fit: the context narrowed until it takes at most maxContextShare of the view, the
    // focus in what is left (never less than minFocusShare).
    const folded = buildSegments(items, domain, focus, TL.maxPxPerDay, 1).filter((s) => s.kind !== "focus")
      .reduce((sum, s) => sum + s.x1 - s.x0, 0);
    timelineState.contextScale = Math.max(TL.minContextScale, Math.min(1, (TL.maxContextShare * usable) / (folded || 1)));
    const context = folded * timelineState.contextScale;
    pxPerDay = Math.min(TL.maxPxPerDay, Math.max(usable - context, usable * TL.minFocusShare) / focusDays);
  }
  return { pxPerDay, focus, scale: makeScale(buildSegments(items, domain, focus, pxPerDay, timelineState.contextScale)) };
}

function periodText(period) {
  const first = formatDate(new Date(period.start).toISOString());
  const last = formatDate(new Date(period.end - 1).toISOString());
  return first === last ? first : `${first} – ${last}`;
}

function zoomTimeline(factor, anchorX) {
  const { scroller } = timelineParts;
  const current = timelineParts.scale;
  if (!current) return;
  const x = anchorX === undefined ? scroller.clientWidth / 2 : anchorX;
  const timeAtAnchor = current.scale.tOf(scroller.scrollLeft + x);
  timelineState.pxPerDay = Math.min(TL.maxPxPerDay, Math.max(0.02, current.pxPerDay * factor));
  drawTimeline();
  scroller.scrollLeft = timelineParts.scale.scale.xOf(timeAtAnchor) - x;
}

function drawTimeline(scrollToFocus) {
  const { scroller, canvas, undated, count, focusNote } = timelineParts;
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
    timelineParts.scale = null;
    focusNote.textContent = "";
    canvas.style.width = "100%";
    canvas.style.height = "60px";
    canvas.append(el("p", { class: "empty" }, "No dated events to draw."));
    return;
  }
  const view = timelineScale(items, scroller.clientWidth);
  timelineParts.scale = view;
  const { scale, focus, pxPerDay } = view;
  scroller.dataset.pxPerDay = pxPerDay;
  const folds = scale.segments.filter((s) => s.kind !== "focus").length;
  focusNote.textContent = timelineState.fold && folds
    ? `Drawn wide: ${periodText(focus.core)}, the densest period (${focus.count} events); ` +
      "the months and years around it are drawn narrow. Zoom with + and −, or untick “fold quiet periods”."
    : "";
  const lanes = placeItems(items, scale.xOf, scale.end);
  const width = Math.max(scale.end, ...items.map((i) => i.right)) + TL.pad;
  const height = TL.axisHeight + Math.max(1, lanes) * TL.laneHeight + 12;
  canvas.style.width = `${Math.ceil(width)}px`;
  canvas.style.height = `${height}px`;
  drawAxis(canvas, scale, pxPerDay, height);
  const fragment = document.createDocumentFragment();
  for (const item of items) fragment.append(timelineItem(item));
  canvas.append(fragment);
  if (scrollToFocus) {
    const focusX = scale.xOf(focus.start);
    const focusWidth = scale.xOf(focus.end) - focusX;
    scroller.scrollLeft = Math.max(0, focusX - Math.max(TL.pad, (scroller.clientWidth - focusWidth) / 2));
  }
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
      ticks.push({ t: d.getTime(), label, major: monthStart, day: true });
    }
  }
  return ticks;
}

/** Ticks of a narrow context segment: its month or year. */
function contextTick(seg) {
  const d = new Date(seg.t0);
  const startsUnit = seg.unit === "year" ? d.getUTCMonth() === 0 && d.getUTCDate() === 1 : d.getUTCDate() === 1;
  if (!startsUnit) return null;
  if (seg.unit === "year") return { t: seg.t0, label: String(d.getUTCFullYear()), major: true };
  return { t: seg.t0, label: d.getUTCMonth() === 0 ? `${MONTHS[0]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()],
    major: d.getUTCMonth() === 0 };
}

/** "2020", "2020–2022", "2024 – Feb 2026", "Jul–Aug 2023": whole years by their number. */
function foldLabel(seg) {
  const from = new Date(seg.t0);
  const to = new Date(seg.t1 - DAY_MS);
  const fromYear = from.getUTCMonth() === 0 && from.getUTCDate() === 1;
  const toYear = to.getUTCMonth() === 11 && to.getUTCDate() === 31;
  const [y0, y1] = [from.getUTCFullYear(), to.getUTCFullYear()];
  if (fromYear && toYear) return y0 === y1 ? String(y0) : `${y0}–${y1}`;
  const a = fromYear ? String(y0) : `${MONTHS[from.getUTCMonth()]} ${y0}`;
  const b = toYear ? String(y1) : `${MONTHS[to.getUTCMonth()]} ${y1}`;
  if (!fromYear && !toYear && y0 === y1) {
    return from.getUTCMonth() === to.getUTCMonth() ? a : `${MONTHS[from.getUTCMonth()]}–${MONTHS[to.getUTCMonth()]} ${y0}`;
  }
  return `${a} – ${b}`;
}

function drawAxis(canvas, scale, pxPerDay, height) {
  const fragment = document.createDocumentFragment();
  const ticks = [];
  for (const seg of scale.segments) {
    if (seg.kind === "focus") ticks.push(...axisTicks({ start: seg.t0, end: seg.t1 }, pxPerDay));
    else if (seg.kind === "context") ticks.push(contextTick(seg));
    else {
      const fold = el("div", { class: "tl-fold", title: `${foldLabel(seg)}: no event, folded` },
        el("span", {}, foldLabel(seg)));
      fold.style.left = `${seg.x0}px`;
      fold.style.width = `${seg.x1 - seg.x0}px`;
      fold.style.height = `${height}px`;
      fragment.append(fold);
    }
  }
  let labelEnd = -Infinity;
  for (const tick of ticks.filter(Boolean).sort((a, b) => a.t - b.t)) {
    const x = scale.xOf(tick.t);
    const fits = tick.label && x + 4 >= labelEnd + 6;
    const line = el("div", { class: ["tl-tick", tick.major ? "major" : "", tick.day ? "day" : ""].join(" ").trim() },
      fits ? el("span", {}, tick.label) : null);
    if (fits) labelEnd = x + 4 + labelWidth(tick.label) * 0.8;
    line.style.left = `${x}px`;
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
        onclick: () => selectEvent(ev.id) }, ev.summary || ev.type), " ", eventStatusBadge(ev),
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
