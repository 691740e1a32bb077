// The graph page: loaded once per session in a sandboxed iframe; every filter change arrives as data by
// postMessage from the host ({source: "actornet-host", kind: "graph" | "select"}) and updates the DataSets in
// place, so the view (zoom, pan) and every node's position stay. Clicks go back to the parent window as
// {source: "actornet-graph", kind: "node" | "edge" | "none" | "legend" | "ready", id}. Strings from the data are
// only ever set as text (textContent, canvas text, vis-network's plain-text titles), never as HTML.
(function () {
  "use strict";
  var container = document.getElementById("net");
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var network = null;
  var optionsJson = null;
  window.graphReady = false;  // true once the first data has been drawn
  window.graphUpdates = 0;     // how many data updates this document has drawn (tests: the page was not reloaded)

  function send(msg) {
    msg.source = "actornet-graph";
    try { parent.postMessage(msg, "*"); } catch (e) { /* no parent */ }
  }

  // ---- labels that stay readable: drawn by us at a fixed size on screen, hubs first, none over another.
  // vis-network's own labels are kept in the data (names, for search and tests) but drawn at a size it skips.
  var LABEL_PX = 12, MIN_SCALE_FOR_ALL = 1.2, HIDDEN = {size: 0.001};
  var degree = {}, order = [];
  var measure = document.createElement("canvas").getContext("2d");
  var FONT = LABEL_PX + "px sans-serif";
  measure.font = FONT;
  var focusIds = null;  // the selected node and its neighbours: labelled first, the rest dimmed
  var placements = {}, placedAt = null;
  function overlaps(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
  function place() {
    var s = network.getScale(), placed = [], shown = 0, out = {};
    var W = container.clientWidth, Hh = container.clientHeight;
    var ids = focusIds ? focusIds.concat(order.filter(function (i) { return focusIds.indexOf(i) < 0; })) : order;
    var pos = network.getPositions(ids);
    function reserve(list) {  // a node's own disc is taken before labels that may not cover it
      list.forEach(function (id) {
        var n = nodes.get(id), p = network.canvasToDOM(pos[id]), r = (n.size || 10) * s;
        placed.push({x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, node: id});
      });
    }
    var TOP = 10;  // the busiest actors' labels may cover a small node; no other label may
    reserve(ids.slice(0, TOP));
    ids.forEach(function (id, rank) {
      if (rank === TOP) reserve(ids.slice(TOP));
      var n = nodes.get(id), p = network.canvasToDOM(pos[id]), r = (n.size || 10) * s;
      var wanted = rank < 60 || s >= MIN_SCALE_FOR_ALL || (focusIds && focusIds.indexOf(id) >= 0);
      if (!wanted) return;
      for (var px = LABEL_PX; px >= LABEL_PX - 2 && !out[id]; px -= 2) {  // a size smaller before giving up
        var w = measure.measureText(n.label || "").width * px / LABEL_PX + 4, h = px * 1.25, g = 2;
        var cands = [  // below, above, right, left, then the four corners
          {x: p.x - w / 2, y: p.y + r + g}, {x: p.x - w / 2, y: p.y - r - g - h},
          {x: p.x + r + g, y: p.y - h / 2}, {x: p.x - r - g - w, y: p.y - h / 2},
          {x: p.x + r * 0.7, y: p.y + r * 0.7}, {x: p.x - r * 0.7 - w, y: p.y + r * 0.7},
          {x: p.x + r * 0.7, y: p.y - r * 0.7 - h}, {x: p.x - r * 0.7 - w, y: p.y - r * 0.7 - h},
          {x: p.x - w / 2, y: p.y + r + g + h}, {x: p.x - w / 2, y: p.y - r - g - 2 * h},
          {x: p.x, y: p.y + r + g}, {x: p.x - w, y: p.y + r + g}, {x: p.x, y: p.y - r - g - h},
          {x: p.x - w, y: p.y - r - g - h}, {x: p.x + r + g, y: p.y + h / 2}, {x: p.x + r + g, y: p.y - 1.5 * h},
          {x: p.x - r - g - w, y: p.y + h / 2}, {x: p.x - r - g - w, y: p.y - 1.5 * h}];
        var near = cands.length;
        if (rank < TOP) {  // the busiest actors always get a label: further out, with a leader line
          for (var ring = 1; ring <= 5; ring++) {
            for (var a = 0; a < 16; a++) {
              var t = a * Math.PI / 8, dx = Math.cos(t) * (r + g + ring * h + w / 2), dy = Math.sin(t) * (r + g + ring * h);
              cands.push({x: p.x + dx - w / 2, y: p.y + dy - h / 2});
            }
          }
        }
        for (var k = 0; k < cands.length; k++) {
          var box = {x: cands[k].x, y: cands[k].y, w: w, h: h};
          if (box.x < 0 || box.y < 0 || box.x + w > W || box.y + h > Hh) continue;  // never cut off at the edge
          var hit = placed.some(function (q) { return q.node !== id && overlaps(q, box); });
          if (!hit) {
            placed.push(box);
            out[id] = {x: box.x, y: box.y, w: w, h: h, px: px, leader: k >= near ? [p.x, p.y] : null};
            shown++;
            break;
          }
        }
      }
    });
    placements = out;
    placedAt = JSON.stringify([s, network.getViewPosition(), focusIds, window.graphUpdates]);
    window.labelsShown = shown;
  }
  function drawLabels(ctx) {
    var now = JSON.stringify([network.getScale(), network.getViewPosition(), focusIds, window.graphUpdates]);
    if (now !== placedAt && nodes.length <= 600) place();
    var ratio = window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = FONT;
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    Object.keys(placements).forEach(function (id) {
      var b = placements[id], n = nodes.get(id);
      if (!n) return;
      ctx.font = b.px + "px sans-serif";
      var dim = focusIds && focusIds.indexOf(id) < 0;
      if (b.leader) {  // a label placed away from its node points back to it
        ctx.lineWidth = 1;
        ctx.strokeStyle = dim ? "#dddddd" : "#9a9a9a";
        ctx.beginPath();
        ctx.moveTo(b.leader[0], b.leader[1]);
        ctx.lineTo(b.x + b.w / 2, b.y + b.h / 2);
        ctx.stroke();
      }
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(n.label || "", b.x + 2, b.y + 1);
      ctx.fillStyle = dim ? "#b0b0b0" : "#1e1e1e";
      ctx.fillText(n.label || "", b.x + 2, b.y + 1);
    });
    ctx.restore();
  }
  var pending = null;
  function relabelSoon() {
    if (pending) clearTimeout(pending);
    pending = setTimeout(function () { pending = null; place(); network.redraw(); }, 80);
  }
  function relabel() { place(); network.redraw(); }
  // test hooks: the label boxes on screen (CSS pixels inside the frame) with their font size on screen
  window.labelBoxes = function (ids) {
    var out = {};
    ids.forEach(function (id) { out[id] = placements[id] ? Object.assign({degree: degree[id]}, placements[id])
                                                           : {px: 0, degree: degree[id]}; });
    return out;
  };
  window.nodesByDegree = function () { return order.slice(); };

  // ---- selection: the selected node and its neighbours stand out, the rest is dimmed
  var initial = [];
  function highlight(id) {
    focusIds = id ? [id].concat(network.getConnectedNodes(id)) : null;
    if (focusIds) {
      edges.update(edges.getIds().filter(function (eid) {
        return network.getConnectedNodes(eid).indexOf(id) < 0;
      }).map(function (eid) { return {id: eid, color: {opacity: 0.15}}; }));
    }
    relabel();
  }
  function clearHighlight() {
    if (focusIds) edges.update(initial.filter(function (e) { return edges.get(e.id); }));
    focusIds = null;
    relabel();
  }
  var selected = null;
  function select(sel) {
    selected = sel || null;
    if (!network) return;
    if (!sel || !sel.id) { network.unselectAll(); clearHighlight(); return; }
    if (sel.kind === "node" && nodes.get(sel.id)) {
      network.selectNodes([sel.id], true);
      clearHighlight(); highlight(sel.id);
      var p = network.getPositions([sel.id])[sel.id];
      var c = network.canvasToDOM(p), box = container.getBoundingClientRect();
      if (c.x < 0 || c.y < 0 || c.x > box.width || c.y > box.height) {  // bring a found actor into view
        network.moveTo({position: p, scale: network.getScale()});
      }
    } else if (sel.kind === "edge" && edges.get(sel.id)) {
      clearHighlight(); network.selectEdges([sel.id]);
    } else {
      network.unselectAll(); clearHighlight();
    }
  }

  // ---- the legend: one button per relation (a click asks the dashboard to show or hide it) and the actor types
  var SHAPES = {dot: "\u25cf", square: "\u25a0", triangle: "\u25b2", diamond: "\u25c6"};
  function legend(items, types) {
    var box = document.getElementById("legend");
    while (box.firstChild) box.removeChild(box.firstChild);
    (items || []).forEach(function (it) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = it.on ? "on" : "off";
      b.setAttribute("data-relation", String(it.id));
      b.setAttribute("aria-pressed", it.on ? "true" : "false");
      b.title = (it.on ? "Hide " : "Show ") + String(it.label);
      var sw = document.createElement("span");
      sw.className = "sw";
      sw.style.background = /^#[0-9a-fA-F]{3,8}$/.test(it.color) ? it.color : "#7f7f7f";
      b.appendChild(sw);
      b.appendChild(document.createTextNode((it.symmetric ? "\u2014 " : "\u2192 ") + String(it.label)));
      b.onclick = function () { send({kind: "legend", id: String(it.id)}); };
      box.appendChild(b);
    });
    (types || []).forEach(function (t) {
      var s = document.createElement("span");
      s.className = "kind";
      var mark = document.createElement("span");
      mark.style.color = /^#[0-9a-fA-F]{3,8}$/.test(t.color) ? t.color : "#9a9a9a";
      mark.textContent = SHAPES[t.shape] || SHAPES.dot;
      s.appendChild(mark);
      s.appendChild(document.createTextNode(" " + String(t.type)));
      box.appendChild(s);
    });
  }

  // ---- data: the first message builds the network, later ones update it in place
  function apply(graph) {
    var newNodes = (graph.nodes || []).map(function (n) { return Object.assign({}, n, {font: HIDDEN}); });
    var newEdges = graph.edges || [];
    var nodeIds = {}, edgeIds = {};
    newNodes.forEach(function (n) { nodeIds[n.id] = true; });
    newEdges.forEach(function (e) { edgeIds[e.id] = true; });
    var json = JSON.stringify(graph.options || {});
    if (!network) {
      nodes.add(newNodes);
      edges.add(newEdges);
      optionsJson = json;
      network = new vis.Network(container, {nodes: nodes, edges: edges}, graph.options || {});
      window.network = network;  // test hook: Playwright computes canvas positions from it
      network.on("click", function (p) {
        if (p.nodes.length) send({kind: "node", id: String(p.nodes[0])});
        else if (p.edges.length) send({kind: "edge", id: String(p.edges[0])});
        else send({kind: "none", id: null});
      });
      network.on("afterDrawing", drawLabels);
      network.on("zoom", relabelSoon);
      network.on("dragEnd", relabelSoon);
      network.on("resize", relabelSoon);
    } else {
      focusIds = null;
      edges.remove(edges.getIds().filter(function (id) { return !edgeIds[id]; }));
      nodes.remove(nodes.getIds().filter(function (id) { return !nodeIds[id]; }));
      nodes.update(newNodes);
      edges.update(newEdges);
      if (json !== optionsJson) { optionsJson = json; network.setOptions(graph.options || {}); }
    }
    initial = newEdges.map(function (e) { return {id: e.id, color: e.color}; });
    degree = {};
    nodes.getIds().forEach(function (id) { degree[id] = network.getConnectedEdges(id).length; });
    order = nodes.getIds().slice().sort(function (a, b) { return degree[b] - degree[a]; });
    document.getElementById("empty").style.display = nodes.length ? "none" : "block";
    legend(graph.legend, graph.types);
    window.graphUpdates += 1;
    if (window.graphReady) {
      select(selected);
      relabel();
    } else {
      network.once("afterDrawing", function () {  // the first view is fitted: select and label on it
        select(selected);
        relabel();
        window.graphReady = true;
        send({kind: "drawn"});
      });
    }
  }

  document.getElementById("zin").onclick = function () { if (network) network.moveTo({scale: network.getScale() * 1.4}); };
  document.getElementById("zout").onclick = function () { if (network) network.moveTo({scale: network.getScale() / 1.4}); };
  document.getElementById("fit").onclick = function () { if (network) network.fit(); };

  window.addEventListener("message", function (ev) {
    var m = ev.data;
    if (ev.source !== parent || !m || typeof m !== "object" || m.source !== "actornet-host") return;
    if (m.kind === "graph" && m.graph && typeof m.graph === "object") {
      selected = m.selected || null;
      apply(m.graph);
    } else if (m.kind === "select") {
      select(m.selected);
    }
  });
  send({kind: "ready", id: null});
})();
