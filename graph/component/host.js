// Streamlit components-v2 host for the graph page: one sandboxed iframe, clicks come back by postMessage.
// The render function runs again on every rerun and its cleanup is not called, so the message listener
// is replaced (never added twice) and the iframe is reused while its URL stays the same.
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  if (!data || typeof data.url !== "string") return;

  let frame = parentElement.querySelector("iframe.actornet-graph");
  if (!frame) {
    frame = document.createElement("iframe");
    frame.className = "actornet-graph";
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.setAttribute("title", "Actor network");
    frame.style.cssText = "width:100%;border:1px solid #d6d6d6;border-radius:6px;display:block;background:#fff";
    parentElement.appendChild(frame);
  }
  frame.style.height = (Number(data.height) || 620) + "px";

  const selected = data.selected || null;
  const sendSelection = () => {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ source: "actornet-host", kind: "select", selected: selected }, "*");
    }
  };

  const onMessage = (event) => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data;
    if (!m || typeof m !== "object" || m.source !== "actornet-graph") return;
    if (m.kind === "ready") {
      sendSelection();
    } else if ((m.kind === "node" || m.kind === "edge") && typeof m.id === "string" && m.id.length <= 64) {
      setTriggerValue("select", { kind: m.kind, id: m.id });
    } else if (m.kind === "none") {
      setTriggerValue("select", { kind: "none", id: null });
    }
  };
  if (window.__actornetGraphListener) {
    window.removeEventListener("message", window.__actornetGraphListener);
  }
  window.__actornetGraphListener = onMessage;
  window.addEventListener("message", onMessage);

  if (frame.getAttribute("src") !== data.url) {
    frame.setAttribute("src", data.url);
  } else {
    sendSelection();
  }
}
