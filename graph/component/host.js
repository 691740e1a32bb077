// Streamlit components-v2 host for the graph page: one sandboxed iframe (scripts only, no same origin) on a static
// page, loaded once per session. `data.graph` names the current graph's JSON (nodes, edges, positions, options,
// legend), a small static file of this app; the host fetches it and posts it into the iframe, which updates the
// network in place. Clicks come back by postMessage. The render function runs again on every rerun and its
// cleanup is not called, so the message listener is replaced (never added twice) and the iframe is reused.
const GRAPH_URL = /^app\/static\/graph-[0-9a-f]{20}\.json$/;
const PAGE_URL = /^app\/static\/graph-shell-[0-9a-f]{16}\.html$/;

export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  if (!data || !PAGE_URL.test(data.page || "") || !GRAPH_URL.test(data.graph || "")) return;

  let frame = parentElement.querySelector("iframe.actornet-graph");
  if (!frame) {
    frame = document.createElement("iframe");
    frame.className = "actornet-graph";
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.setAttribute("title", "Actor network");
    frame.style.cssText = "width:100%;border:1px solid #d6d6d6;border-radius:6px;display:block;background:#fff";
    frame.__actornet = { ready: false, wanted: null, graph: null, graphUrl: null, posted: null, selected: null };
    parentElement.appendChild(frame);
  }
  frame.style.height = (Number(data.height) || 620) + "px";
  const state = frame.__actornet;
  state.selected = data.selected || null;

  const post = () => {  // the newest graph once (then only selections), as soon as both page and data are there
    if (!state.ready || !frame.contentWindow) return;
    if (state.graph && state.posted !== state.graphUrl) {
      state.posted = state.graphUrl;
      frame.contentWindow.postMessage(
        { source: "actornet-host", kind: "graph", graph: state.graph, selected: state.selected }, "*");
    } else if (state.posted) {
      frame.contentWindow.postMessage({ source: "actornet-host", kind: "select", selected: state.selected }, "*");
    }
  };

  if (state.wanted !== data.graph) {
    const url = data.graph;
    state.wanted = url;
    fetch(url, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))))
      .then((graph) => {
        if (state.wanted !== url) return;  // a newer graph was asked for meanwhile
        state.graph = graph;
        state.graphUrl = url;
        post();
      })
      .catch((err) => console.error("actornet graph data", err));
  }

  // A new session's sidebar waits for the first drawing (so the graph's code loads first); it is told once, and
  // after a few seconds anyway, so a page that never draws does not keep the controls away.
  const announce = () => {
    if (!data.announce || state.announced) return;
    state.announced = true;
    setTriggerValue("drawn", true);
  };
  if (data.announce && !state.announceTimer) {
    state.announceTimer = setTimeout(announce, 4000);
  } else if (!data.announce && state.announceTimer) {
    clearTimeout(state.announceTimer);
  }

  const onMessage = (event) => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data;
    if (!m || typeof m !== "object" || m.source !== "actornet-graph") return;
    if (m.kind === "ready") {  // the page (re)loaded: it has no data yet
      state.ready = true;
      state.posted = null;
      post();
    } else if ((m.kind === "node" || m.kind === "edge") && typeof m.id === "string" && m.id.length <= 64) {
      setTriggerValue("select", { kind: m.kind, id: m.id });
    } else if (m.kind === "none") {
      setTriggerValue("select", { kind: "none", id: null });
    } else if (m.kind === "legend" && typeof m.id === "string" && m.id.length <= 64) {
      setTriggerValue("legend", m.id);
    } else if (m.kind === "drawn") {
      announce();
    }
  };
  if (window.__actornetGraphListener) {
    window.removeEventListener("message", window.__actornetGraphListener);
  }
  window.__actornetGraphListener = onMessage;
  window.addEventListener("message", onMessage);

  if (frame.getAttribute("src") !== data.page) {
    state.ready = false;
    state.posted = null;
    frame.setAttribute("src", data.page);
  } else {
    post();
  }
}
