"""Actor network dashboard: `streamlit run dashboard.py [-- --data DIR]`. A thin view over graph.*."""

from __future__ import annotations

import argparse
import html
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

import networkx as nx
import pandas as pd
import streamlit as st

from graph import export, network, render
from graph.articles import article_paths, find_articles
from graph.errors import ActornetError, ArticleError
from graph.paths import DATA_DIR, user_dir
from graph.pipeline import Corpus, build_corpus
from graph.records import ACTOR_TYPES, Claim
from graph.render import COMPONENT_DIR
from graph.store import REVIEW_STATUSES, Store, add_file, corpus_from_store, ingest
from graph.taxonomy import load_relations

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = DATA_DIR / "articles"  # the checkout's data/articles, or the installed package's copy
STATIC_DIR = HERE / "static"  # served at app/static/ (server.enableStaticServing); `actornet dashboard` runs
# an installed copy of this file from a writable folder, so this folder can always be written
ARTICLE_MATCHES = 20  # the articles filter offers at most this many titles found by typing
GRAPH_HEIGHT = 540  # with the compact header the whole canvas is on screen at 1280x720
REVIEW_VIEWS = {  # what the "Claims shown" filter offers: label, review statuses let through
    "default": ("all but rejected", frozenset({"unreviewed", "accepted"})),
    "accepted": ("accepted only", frozenset({"accepted"})),
    "unreviewed": ("unreviewed only", frozenset({"unreviewed"})),
    "rejected": ("rejected only", frozenset({"rejected"})),
    "all": ("all, rejected too", frozenset({"unreviewed", "accepted", "rejected"})),
}
MAX_QUOTES = 200
# what uploads may hold in the store, so memory and disk stay bounded ($ACTORNET_UPLOAD_QUOTA="FILES,BYTES")
UPLOAD_FILES, UPLOAD_BYTES = (int(x) for x in (os.environ.get("ACTORNET_UPLOAD_QUOTA") or "500,100000000").split(","))

st.set_page_config(page_title="Actor network", layout="wide")

HOST_JS = (COMPONENT_DIR / "host.js").read_text(encoding="utf-8")
graph_component = st.components.v2.component("actornet_graph", js=HOST_JS)


def data_folder() -> Path:
    """`-- --data DIR` after `streamlit run dashboard.py`, else $ACTORNET_DATA, else the bundled articles."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return Path(args.data or os.environ.get("ACTORNET_DATA") or DEFAULT_DATA)


def store_file(folder: Path) -> Path:
    """`-- --store FILE`, else $ACTORNET_STORE, else actornet.sqlite in the data folder (uploads and review
    decisions live there), or in the per-user data folder when the data folder cannot be written."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--store")
    args, _ = parser.parse_known_args(sys.argv[1:])
    chosen = args.store or os.environ.get("ACTORNET_STORE")
    if chosen:
        return Path(chosen)
    if os.access(folder, os.W_OK):
        return folder / "actornet.sqlite"
    import hashlib

    return user_dir() / f"{hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:12]}.sqlite"


def signature(folders: tuple[str, ...]) -> tuple:
    """Changes when an article file is added, removed or edited, so the cache reloads."""
    out = []
    for folder in map(Path, folders):
        for p in article_paths(folder) if folder.is_dir() else []:
            try:
                s = p.stat()
                out.append((str(p), s.st_mtime_ns, s.st_size))
            except OSError:
                out.append((str(p), 0, 0))
    return tuple(out)


def store_uploads(files, path: Path) -> list[str]:
    """Add newly uploaded files to the SQLite store (each once per session); the problems, by file name."""
    done = st.session_state.setdefault("_stored_uploads", set())
    problems = []
    fresh = [f for f in files or () if f.file_id not in done]
    if not fresh:
        return problems
    try:
        with Store(path) as store:
            count = len(store.uploads())
            used = store.upload_bytes()
            for f in fresh:
                size = f.size
                if count >= UPLOAD_FILES or used + size > UPLOAD_BYTES:
                    problems.append(f"{Path(f.name).name}: not added: the store already holds {count} "
                                    f"uploads ({used / 1e6:.1f} MB); remove some, or add files to the data folder")
                    done.add(f.file_id)
                    continue
                try:
                    if add_file(store, Path(f.name).name, f.getvalue()):
                        count += 1
                        used += size
                except ActornetError as exc:  # the file is refused; what is stored stays as it was
                    problems.append(str(exc))
                done.add(f.file_id)
    except ActornetError as exc:
        problems.append(str(exc))
    return problems


def store_signature(path: Path) -> tuple:
    """Changes whenever the store file is written."""
    try:
        st_ = path.stat()
        wal = path.with_name(path.name + "-wal")
        return ((str(path), st_.st_mtime_ns, st_.st_size, wal.stat().st_mtime_ns if wal.exists() else 0),)
    except OSError:
        return ()


@st.cache_data(max_entries=8, show_spinner=False)
def stored_merges(path: str, sig: tuple) -> dict[str, str]:
    """The reviewer's merges (alias -> actor); empty without a store."""
    if not sig:
        return {}
    try:
        with Store(path) as db:
            return db.merges()
    except ActornetError:
        return {}


@st.cache_data(max_entries=8, show_spinner=False)
def stored_articles(path: str, sig: tuple) -> dict[str, str]:
    """Uploaded articles by id, with their titles; empty when there is no store yet."""
    if not sig:
        return {}
    try:
        with Store(path) as db:
            return db.uploads()
    except ActornetError:
        return {}  # load() reports the broken store


@dataclass
class Loaded:
    corpus: Corpus
    graph: nx.MultiDiGraph
    positions: dict
    # read once per load, not on every rerun: the relations and actor types in the graph, the articles' dates
    relations: frozenset[str]
    node_types: frozenset[str]
    dated: tuple  # (first, last) article date, or () when no article is dated


@st.cache_resource(max_entries=4, show_spinner="Reading articles…")
def load(folders: tuple[str, ...], sig: tuple, store: str = "") -> Loaded:
    """The folder's articles and the uploads, read from the SQLite store: only articles that are new, changed
    or were extracted with older rules are extracted (the rest, with their review decisions, come from the
    store); files gone from the folder leave it. Without a usable store the folder is read directly."""
    present = [str(Path(f).resolve()) for f in folders if Path(f).is_dir()]
    corpus, problem = None, None
    if store:
        try:
            with Store(store) as db:
                report = ingest(db, present)
                for article_id, (path, _title) in db.origins().items():  # a file deleted from the folder
                    p = Path(path)                                        # is no longer shown
                    if p.is_absolute() and any(p.is_relative_to(f) for f in present) and not p.exists():
                        db.remove(article_id)
                corpus = corpus_from_store(db)
                corpus.errors.extend(report.errors)
        except ActornetError as exc:  # a broken store costs the reviews and uploads, not the folder
            corpus = None
            problem = ArticleError(store, f"the store of added articles and reviews cannot be used ({exc})")
    if corpus is None:
        corpus = build_corpus(present) if present else Corpus()
        if problem is not None:
            corpus.errors.append(problem)
    G = network.corpus_graph(corpus)
    dates = [a.date for a in corpus.articles if a.date]
    return Loaded(corpus, G, network.layout(G), relations=frozenset(k for *_, k in G.edges(keys=True)),
                  node_types=frozenset(d.get("type") for _, d in G.nodes(data=True)),
                  dated=(min(dates), max(dates)) if dates else ())


@st.cache_resource(max_entries=32, show_spinner=False)
def view(folders: tuple[str, ...], sig: tuple, store: str, filters: network.Filters) -> tuple[nx.MultiDiGraph, str]:
    """The filtered graph and the name of its data file (nodes, edges, positions, legend) in the static folder."""
    loaded = load(folders, sig, store)
    H = network.filter_graph(loaded.graph, filters)
    # the legend keeps relations switched off
    legend = {r: filters.relations is None or r in filters.relations for r in loaded.relations}
    data = render.graph_json(render.graph_data(H, loaded.positions, legend))
    return H, render.write_static(data, STATIC_DIR)


@st.cache_resource(show_spinner=False)
def graph_page() -> str:
    """The static graph page (shell, vis-network, its script), written once per server; its file name."""
    return render.install_page(STATIC_DIR)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def text_html(text: str, tag: str = "div", style: str = "") -> None:
    """Plain text through st.html, escaped: no markdown, no HTML, no links."""
    st.html(f'<{tag} style="{style}">{esc(text)}</{tag}>')


def relation_label(rid: str) -> str:
    rel = load_relations().get(rid)
    return rel.label if rel else rid


def sync_options(key: str, options: list, all_by_default: bool = False) -> None:
    """Keep a bound multiselect valid when its options change (articles uploaded or edited): drop values
    that are gone, and if everything was chosen before, choose everything again (new options included)."""
    marker = f"_options_{key}"
    before = st.session_state.get(marker)
    if before is not None and before != options and key in st.session_state:
        current = list(st.session_state[key] or [])
        if all_by_default and set(current) == set(before):
            st.session_state[key] = list(options)
        else:
            st.session_state[key] = [o for o in current if o in options]
    st.session_state[marker] = list(options)


def on_select() -> None:
    value = (st.session_state.get("graph") or {}).get("select")
    if isinstance(value, dict):
        st.session_state["_clicked"] = value


def on_legend() -> None:
    """A click on a legend entry switches that relation in the sidebar's filter (one filter, in the URL too)."""
    rid = (st.session_state.get("graph") or {}).get("legend")
    options = st.session_state.get("_options_rel") or []
    if rid not in options:
        return
    chosen = set(st.session_state.get("rel") or [])
    chosen ^= {rid}
    st.session_state["rel"] = [r for r in options if r in chosen]
    st.session_state["_rerun_app"] = True  # the graph is in a fragment; the sidebar and counts change too


def on_drawn() -> None:
    """The graph page has drawn a new session's first graph: now the sidebar's controls are rendered."""
    st.session_state["_controls"] = True
    st.session_state["_rerun_app"] = True


def set_selection(node: str | None = None, edge: str | None = None) -> None:
    """Select one actor or edge (or nothing) with a single change of the URL: the browser's history gets one
    entry per selection, so Back and Forward walk through them."""
    want = {"node": node, "edge": edge}
    if all(st.query_params.get(k) == v for k, v in want.items()):
        return
    from streamlit.runtime.state.session_state_proxy import get_session_state

    with get_session_state().query_params() as qp:  # drop the other key without a URL change of its own
        for k, v in want.items():
            if v is None:
                qp.discard_param_no_forward_msg(k)
    st.query_params.update({k: v for k, v in want.items() if v is not None})


# ---------------------------------------------------------------- data

folder = data_folder()
# A new session draws the graph first and the sidebar's controls once the graph page says it has drawn (or
# after a few seconds): loading the code of a dozen widget kinds before the graph put a second on the first view.
# A URL with filters or another tab renders everything at once, since its filters must be read from the widgets.
controls = bool(st.session_state.get("_controls")) or not set(st.query_params) <= {"node", "edge"}
st.session_state["_controls"] = controls
filters_box, upload_box = st.sidebar.container(), st.sidebar.container()
uploads = None
if controls:
    with upload_box:
        st.divider()
        uploads = st.file_uploader(
            "Add article files (.txt)", type=["txt"], accept_multiple_files=True, key="upload",
            help="Header lines (title:, date:, source:, license:), a blank line, then the text. "
            "Added articles are kept in the SQLite store beside the data folder.",
        )  # fmt: skip
else:
    filters_box.caption("Filters and uploads appear once the graph is drawn…")
store_path = store_file(folder)
refused = st.session_state.setdefault("_refused", [])  # kept until dismissed, across reruns and uploads
refused.extend(p for p in store_uploads(uploads, store_path) if p not in refused)
store_sig = store_signature(store_path)  # after the uploads; every later write in this run reruns the script
if controls:  # what was refused, merges to undo, added articles to remove
    with upload_box:
        if refused:
            st.error(f"{len(refused)} file(s) were not added:")
            for problem in refused:  # file names are user input: shown as literal text, never markdown
                st.code(problem, language=None, wrap_lines=True)
            if st.button("Dismiss", key="dismiss_refused"):
                refused.clear()
                st.rerun()
        merged = stored_merges(str(store_path), store_sig)
        if merged:
            with st.expander(f"Merged actors ({len(merged)})"):
                undo = st.selectbox("Undo a merge", ["", *merged], key="unmerge_pick",
                                    format_func=lambda a: f"{a} → {merged[a]}" if a else "—")
                if st.button("Undo", disabled=not undo, key="unmerge_go"):
                    with Store(store_path) as db:
                        db.unmerge(undo)
                    st.rerun()
        stored = stored_articles(str(store_path), store_sig)
        if stored:
            with st.expander(f"Added articles ({len(stored)})"):
                gone = st.selectbox("Remove an added article", ["", *stored], key="remove_pick",
                                    format_func=lambda a: stored.get(a, "—"))
                if st.button("Remove", disabled=not gone, key="remove_go"):
                    with Store(store_path) as db:
                        db.remove(gone)
                    st.rerun()
folders = (str(folder),)
sig = signature(folders) + store_sig
try:
    loaded = load(folders, sig, str(store_path))
except ActornetError as exc:
    if not controls:  # no graph will be drawn: show the uploader and filters now
        st.session_state["_controls"] = True
        st.rerun()
    st.error("The articles could not be loaded.")
    st.code(str(exc), language=None)
    st.stop()
corpus, G = loaded.corpus, loaded.graph
relations = G.graph["relations"]
articles = {a.id: a for a in corpus.articles}

st.html(  # the graph owns the screen: little space above it
    "<style>.block-container{padding-top:1.2rem!important;padding-bottom:1rem!important}</style>"
    '<h3 style="margin:0;padding:0">Actor network</h3>'
)
counts_box = st.empty()  # filled in once the filters are known: "65 of 73 relations"
if not folder.is_dir():
    st.error("The data folder does not exist or is not a folder:")
    st.code(str(folder), language=None)
elif not corpus.articles and not corpus.errors:
    st.info("No article files (*.txt) were found in this folder:")
    st.code(str(folder), language=None)
if corpus.errors:
    st.warning(f"{len(corpus.errors)} file(s) could not be read; everything else is shown.")
    with st.expander("Files that could not be read", expanded=True):
        for err in corpus.errors:
            st.code(str(err), language=None)

# ---------------------------------------------------------------- filters (bound to the URL)


def article_label(a: str) -> str:
    art = articles.get(a)
    return f"{art.date or 'undated'} · {art.title}" if art else a


def article_search(label: str, key: str, keep: list[str], articles: dict, **kwargs) -> list[str]:
    """A box to find articles by typing words of their title (or a date): the server searches, and the options
    are `keep` then at most ARTICLE_MATCHES matches, newest first, never the whole list of titles."""
    query = st.text_input(label, key=key, placeholder="Type words of a title or a date…", **kwargs)
    found = [a.id for a in find_articles(articles.values(), query or "", ARTICLE_MATCHES)]
    if query and not found:
        st.caption("No article title matches.")
    return keep + [a for a in found if a not in keep]


def articles_filter(articles: dict) -> list[str]:
    """Choose articles to show: the chosen ones stay offered while the search finds others."""
    chosen = st.session_state.get("art")
    if chosen is None:  # first run: the URL may already name some
        chosen = st.query_params.get_all("art")
    options = article_search("Find articles", "art_q", [a for a in chosen if a in articles], articles,
                             help="Matching articles are offered below, newest first.")
    return st.multiselect(
        "Articles (none chosen = all)", options, key="art", bind="query-params", format_func=article_label,
        placeholder="Type above to find articles" if not options else "Choose articles",
    )  # fmt: skip


present_relations = [r for r in relations if r in loaded.relations]
present_types = [t for t in ACTOR_TYPES if t in loaded.node_types]
dated = loaded.dated

sync_options("rel", present_relations, all_by_default=True)
sync_options("type", present_types, all_by_default=True)
sync_options("art", list(articles))
full_span = [(dated[0], dated[-1])] if dated else []
if st.session_state.get("_options_dates") not in (None, full_span) and "dates" in st.session_state:
    st.session_state["dates"] = full_span[0] if full_span else ()  # the articles changed: show all dates
st.session_state["_options_dates"] = full_span
if st.session_state.get("focus") not in (None, "", *G):
    st.session_state["focus"] = ""
if not controls:  # the graph of a new session is drawn with the widgets' defaults
    chosen_relations, chosen_types, chosen_articles, start, end = present_relations, present_types, [], None, None
    focus, hops, hide_isolates, review_view = "", 1, True, "default"
else:
    with filters_box:
        st.header("Filters")
        chosen_relations = st.multiselect(
            "Relation types",
            present_relations,
            default=present_relations,
            key="rel",
            bind="query-params",
            format_func=lambda r: relations[r].label if r in relations else r,
        )
        chosen_types = st.multiselect(
            "Actor types", present_types, default=present_types, key="type", bind="query-params"
        )
        chosen_articles = articles_filter(articles)
        start = end = None
        if dated:
            span = st.date_input(
                "Dates",
                value=(dated[0], dated[-1]),
                min_value=dated[0],
                max_value=dated[-1],
                key="dates",
                bind="query-params",
            )
            if isinstance(span, (tuple, list)) and len(span) == 2 and tuple(span) != (dated[0], dated[-1]):
                start, end = span
        focus = st.selectbox(
            "Focus on actor",
            ["", *sorted(G)],
            key="focus",
            bind="query-params",
            format_func=lambda n: n or "(everyone)",
        )
        hops = st.slider("Hops from the focus actor", 1, 4, 1, key="hops", bind="query-params", disabled=not focus)
        show_isolates = st.checkbox(
            "Show actors without relations", key="iso", bind="query-params",
            help="Actors the articles mention but no shown relation connects are hidden unless this is ticked.",
        )  # fmt: skip
        hide_isolates = not show_isolates
        review_view = st.selectbox(
            "Claims shown", list(REVIEW_VIEWS), key="rev", bind="query-params",
            format_func=lambda v: REVIEW_VIEWS[v][0],
            help="Review decisions are kept in the SQLite store; rejected claims are hidden unless asked for.",
        )  # fmt: skip

filters = network.Filters(
    relations=frozenset(chosen_relations) if set(chosen_relations) != set(present_relations) else None,
    actor_types=frozenset(chosen_types) if set(chosen_types) != set(present_types) else None,
    articles=frozenset(chosen_articles) or None,
    start=start,
    end=end,
    focus=focus or None,
    hops=hops,
    hide_isolates=hide_isolates,
    review=REVIEW_VIEWS[review_view or "default"][1],
)
H, data_name = view(folders, sig, str(store_path), filters)
counts_box.caption(
    f"{len(corpus.articles)} articles · {H.number_of_nodes()} of {G.number_of_nodes()} actors · "
    f"{H.number_of_edges()} of {G.number_of_edges()} relations · "
    f"{sum(d['weight'] for *_, d in H.edges(data=True))} of {sum(d['weight'] for *_, d in G.edges(data=True))} "
    "supporting quotes shown"
)

# ---------------------------------------------------------------- panels


QUOTE_CSS = (
    "<style>.an-q{border-left:3px solid #bbb;padding:.2em 0 .2em .8em;margin:.4em 0 .9em 0}"
    ".an-q .an-h{font-size:.85rem;color:#555}.an-q .an-t{margin-top:.3em;white-space:pre-wrap}"
    ".an-q mark{background:#fff2a8}</style>"
)


def show_claims(claims: list[Claim], articles: dict) -> None:
    """Every quote verbatim in its excerpt, the sentence highlighted; one escaped HTML block."""
    if not claims:
        st.info("No supporting quotes under the current filters.")
        return
    if len(claims) > MAX_QUOTES:
        st.caption(f"Showing the first {MAX_QUOTES} of {len(claims)} quotes; the Edges tab lists them all.")
    cards = []
    order = list(load_relations())
    claims = sorted(claims, key=lambda c: (order.index(c.relation) if c.relation in order else 99,
                                           -(c.date.toordinal() if c.date else 0)))  # by relation, newest first
    group = None
    for c in claims[:MAX_QUOTES]:
        if c.relation != group:
            group = c.relation
            cards.append(f'<div style="font-weight:600;margin:.6em 0 .1em 0">{esc(relation_label(group))}</div>')
        art = articles.get(c.article)
        title = art.title if art else (c.title or c.article)
        day = c.date.isoformat() if c.date else "undated"
        head = f"{c.source} → {relation_label(c.relation)} → {c.target}" + (" · reported" if c.reported else "") + (
            " · hedged (reportedly, allegedly…)" if c.hedged else "")
        before, quote, after = network.excerpt(art, c) if art is not None else ("", c.quote, "")
        cards.append(
            f'<div class="an-q"><div class="an-h">{esc(head)}</div>'
            f'<div class="an-h"><i>{esc(title)}</i> · {esc(day)} · '
            f'<a href="?tab=Sources&amp;src={esc(quote_plus(c.article))}" target="_self">open in article</a></div>'
            f'<div class="an-t">{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}</div></div>'
        )
    st.html(QUOTE_CSS + "".join(cards))


def show_timeline(H: nx.MultiDiGraph, claims: list[Claim]) -> None:
    """Claims per month by relation (Streamlit's own chart: no network, no CDN)."""
    frame = network.timeline(H, claims)
    if len(frame) >= 1 and frame.values.sum() >= 2:
        st.caption("Supporting quotes per month, by relation")
        st.bar_chart(frame, height=160, stack=True)


def review_panel(claims: list[Claim], key: str) -> None:
    """Accept or reject the shown claims; decisions go to the store at once and survive re-extraction."""
    rows = [c for c in claims if c.extra and "claim_id" in c.extra][:MAX_QUOTES]
    if not rows:
        return
    with st.expander(f"Review these claims ({len(rows)})"):
        before = pd.DataFrame({
            "id": [c.extra["claim_id"] for c in rows],
            "decision": [network.review_status(c) for c in rows],
            "relation": [relation_label(c.relation) for c in rows],
            "source": [c.source for c in rows],
            "target": [c.target for c in rows],
            "quote": [c.quote for c in rows],
        })  # fmt: skip
        editor_key = f"review-{key}"
        after = st.data_editor(
            before, key=editor_key, hide_index=True, width="stretch",
            disabled=[c for c in before.columns if c != "decision"],
            column_config={"id": None, "decision": st.column_config.SelectboxColumn(
                "decision", options=list(REVIEW_STATUSES), required=True)},
        )  # fmt: skip
        changes = [(int(i), str(new)) for i, old, new in zip(before["id"], before["decision"], after["decision"],
                                                               strict=True) if old != new]
        if changes:
            with Store(store_path) as db:
                for claim_id, status in changes:
                    db.set_review(claim_id, status, "dashboard")
            del st.session_state[editor_key]  # rows are matched by position: start from the stored state
            st.rerun()


def edit_panel(G: nx.MultiDiGraph, articles: dict, name: str) -> None:
    """Merge this actor into another, or add a claim by hand; both go to the store (undo merges in the sidebar)."""
    with st.expander("Merge this actor, or add a claim by hand"):
        others = sorted(n for n in G if n != name)
        into = st.selectbox("Merge into (this name becomes an alias of that actor)", others, index=None,
                            key=f"merge-{name}", placeholder="Choose an actor…")
        if st.button("Merge", disabled=not into, key=f"merge-go-{name}"):
            try:
                with Store(store_path) as db:
                    db.merge(name, into)
            except ActornetError as exc:
                st.error(str(exc))
            else:
                set_selection(node=into)
                st.rerun()
        st.divider()
        seen_in = [a for a in G.nodes[name].get("articles", ()) if a in articles] or list(articles)
        art = st.selectbox("Article", seen_in, key=f"add-art-{name}", format_func=lambda a: articles[a].title)
        rel = st.selectbox("Relation", list(load_relations()), key=f"add-rel-{name}", format_func=relation_label)
        target = st.selectbox("Target", others, index=None, key=f"add-tgt-{name}", placeholder="Choose an actor…")
        sentence = st.text_area("The sentence that states it, exactly as in the article", key=f"add-sent-{name}")
        if st.button("Add claim", disabled=not (art and target and sentence.strip()), key=f"add-go-{name}"):
            try:
                with Store(store_path) as db:
                    db.add_claim(art, name, rel, target, sentence)
            except ActornetError as exc:
                st.error("The claim was not added:")
                st.code(str(exc), language=None, wrap_lines=True)
            else:
                st.rerun()


def actor_card(G: nx.MultiDiGraph, H: nx.MultiDiGraph, articles: dict, name: str) -> None:
    data = G.nodes[name]
    st.html(f'<h3 style="margin:0 0 0.2em 0">{esc(name)}</h3>')
    kind = data.get("type", "actor") + ("" if data.get("in_dictionary") else " · not in the actor dictionary")
    text_html(kind, style="color:#555")
    seen = sorted(data.get("surfaces", set()) - {name})
    if seen:
        text_html("Seen as: " + ", ".join(seen))
    days = sorted({articles[a].date for a in data.get("articles", ()) if a in articles and articles[a].date})
    held: dict[str, list[str]] = {}
    for day in days:
        for r in data.get("roles", ()):
            if r.holds_on(day):
                held.setdefault(f"{r.title} of {r.of}", []).append(day.isoformat())
    if held:
        lines = [
            f"{role} (on {'every article date' if len(ds) == len(days) and len(ds) > 1 else ', '.join(ds)})"
            for role, ds in held.items()
        ]
        text_html("Roles on the articles' dates: " + "; ".join(lines))
    if name not in H:
        st.info("This actor is hidden by the current filters.")
        return
    table = network.relations_table(H, name)
    if len(table):
        st.dataframe(table, hide_index=True, width="stretch", height=min(36 + 35 * len(table), 250))
    mixed = network.mixed_partners(H, name)
    if mixed:
        st.warning("Both cooperative and hostile relations with: " + ", ".join(mixed))
    claims = network.claims_of(H, actor=name)
    show_timeline(H, claims)
    show_claims(claims, articles)
    review_panel(claims, f"n-{G.nodes[name]['vid']}")
    edit_panel(G, articles, name)


def edge_card(H: nx.MultiDiGraph, articles: dict, vid: str) -> None:
    edge = network.edge_at(H, vid)
    if edge is None:
        st.info("The selected edge is hidden by the current filters.")
        return
    u, v, k = edge
    data = H.edges[u, v, k]
    label = relation_label(k)
    arrow = "—" if data.get("symmetric") else "→"
    st.html(f'<h3 style="margin:0 0 0.2em 0">{esc(u)} {arrow} {esc(label)} {arrow} {esc(v)}</h3>')
    text_html(f"{data['weight']} supporting quote(s) in {len(data['articles'])} article(s)", style="color:#555")
    claims = network.claims_of(H, edge=edge)
    show_timeline(H, claims)
    show_claims(claims, articles)
    review_panel(claims, f"e-{vid}")


def select_from_click(G: nx.MultiDiGraph) -> None:
    """Turn the component's last click into the URL selection (node=NAME or edge=ID)."""
    clicked = st.session_state.pop("_clicked", None)
    if clicked is None:
        return
    if clicked.get("kind") == "node":
        set_selection(node=network.node_at(G, str(clicked.get("id"))))
    elif clicked.get("kind") == "edge":
        set_selection(edge=str(clicked.get("id")))
    else:
        set_selection()


def actor_search_label(G: nx.MultiDiGraph, name: str) -> str:
    """ "Benjamin Netanyahu · Netanyahu, Israeli Prime Minister": typing any alias or surface form finds it."""
    data = G.nodes[name]
    other = sorted((set(data.get("aliases", ())) | set(data.get("surfaces", ()))) - {name}, key=len)[:6]
    return f"{name} · {', '.join(other)}" if other else name


def find_actor(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    """Search the shown actors by name or any alias; the one chosen is selected and centred in the graph."""
    names = sorted(H, key=str.lower)
    found = st.selectbox(
        "Find an actor", names, index=None, key="find", placeholder="Type a name or an alias…",
        format_func=lambda n: actor_search_label(G, n), label_visibility="collapsed",
    )  # fmt: skip
    if found and st.session_state.get("_found") != found:
        set_selection(node=found)
    st.session_state["_found"] = found


@st.fragment
def network_view(G: nx.MultiDiGraph, H: nx.MultiDiGraph, articles: dict, data_name: str) -> None:
    """The graph and the selection panel. A click reruns only this fragment, so it sends little; a legend click
    changes the relation filter, so the whole app reruns."""
    if st.session_state.pop("_rerun_app", False):
        st.rerun(scope="app")
    select_from_click(G)
    left, right = st.columns([2, 1], gap="medium")
    with right:
        if st.session_state.get("_controls"):  # a new session shows the search with the other controls
            find_actor(G, H)  # before the selection is read: a search result is the selection
        else:
            st.empty()  # its place, so the card below keeps its elements (an opened expander stays open)
    sel_node, sel_edge = st.query_params.get("node"), st.query_params.get("edge")
    selected = None
    if sel_node is not None and sel_node in G:
        selected = {"kind": "node", "id": G.nodes[sel_node]["vid"]}
    elif sel_edge is not None:
        selected = {"kind": "edge", "id": sel_edge}
    with left:
        if H.number_of_edges() == 0:
            st.info("No relations found" + (" under the current filters." if G.number_of_edges() else "."))
        graph_component(
            key="graph",
            data={"page": f"app/static/{graph_page()}", "graph": f"app/static/{data_name}", "selected": selected,
                  "height": GRAPH_HEIGHT, "nodes": H.number_of_nodes(), "edges": H.number_of_edges(),
                  "announce": not st.session_state.get("_controls")},
            height=GRAPH_HEIGHT + 4,
            on_select_change=on_select,
            on_legend_change=on_legend,
            on_drawn_change=on_drawn,
        )  # fmt: skip
    with right:
        if selected and selected["kind"] == "node":
            actor_card(G, H, articles, sel_node)
        elif selected:
            edge_card(H, articles, sel_edge)
        else:
            st.caption("Click an actor or a relation in the graph to read its supporting quotes here.")


def sources_view(corpus: Corpus, articles: dict) -> None:
    """Each article with actor mentions and evidence sentences highlighted (escaped text only)."""
    if not corpus.articles:
        st.info("No articles to show.")
        return
    wanted = st.query_params.get("src")  # "open in article" links and shared URLs name the article by its id
    current = st.session_state.get("src")
    if current not in articles:
        current = wanted if wanted in articles else next(iter(articles))
    st.session_state["src"] = current
    options = article_search("Find an article", "src_q", [current], articles)
    pick = st.selectbox("Article", options, key="src", format_func=article_label)
    if st.query_params.get("src") != pick:
        st.query_params["src"] = pick
    art = articles[pick]
    meta = [art.date.isoformat() if art.date else "undated", art.source, art.license, art.path]
    text_html(" · ".join(m for m in meta if m), style="color:#555;font-size:0.85rem")
    art_claims = [c for c in corpus.claims if c.article == art.id and network.is_asserted(c)]
    runs = network.segments(art, corpus.mentions.get(art.id, []), art_claims)
    marks = {"mention": "background:#cfe3ff;border-radius:2px", "evidence": "background:#fff2a8"}
    body = "".join(f'<mark style="{marks[k]}">{esc(t)}</mark>' if k else esc(t) for t, k in runs)
    st.html(
        '<div style="font-size:0.8rem;margin-bottom:0.5em"><mark style="background:#cfe3ff">actor mention'
        '</mark> <mark style="background:#fff2a8">evidence sentence</mark></div>'
        f'<div class="article" style="white-space:pre-wrap;line-height:1.55">{body}</div>'
    )


def edges_view(H: nx.MultiDiGraph) -> None:
    """All edges with their quotes, one row per quote, downloadable as CSV."""
    table = network.edges_table(H)
    if table.empty:
        st.info("No edges under the current filters.")
    else:
        st.dataframe(table, hide_index=True, width="stretch")
    cols = st.columns(4)
    cols[0].download_button(
        "Edges as CSV", export.safe_frame(table).to_csv(index=False).encode("utf-8"), file_name="edges.csv",
        mime="text/csv"
    )
    claims = [c for *_, d in H.edges(data=True) for c in d.get("claims", ())]
    cols[1].download_button(
        "Events (CAMEO/PLOVER) CSV", (export.events_csv(claims) or "").encode("utf-8"),
        file_name="events.csv", mime="text/csv", help="One row per asserted event, for event-data tools.",
    )  # fmt: skip
    cols[2].download_button(
        "Network for Gephi (GEXF)", network_bytes(H, "gexf"), file_name="network.gexf", mime="application/xml"
    )
    cols[3].download_button(
        "Network as GraphML", network_bytes(H, "graphml"), file_name="network.graphml", mime="application/xml"
    )


def network_bytes(H: nx.MultiDiGraph, fmt: str) -> bytes:
    """The shown (filtered) network as a GEXF or GraphML file."""
    buf = io.BytesIO()
    (export.to_gexf if fmt == "gexf" else export.to_graphml)(H, buf)
    return buf.getvalue()


# Only the open tab runs, so the first load sends just the graph (the tab is in the URL too).
tab_net, tab_sources, tab_edges = st.tabs(
    ["Network", "Sources", "Edges"], key="tab", on_change="rerun", bind="query-params"
)
if tab_net.open:
    with tab_net:
        network_view(G, H, articles, data_name)
if tab_sources.open:
    with tab_sources:
        sources_view(corpus, articles)
if tab_edges.open:
    with tab_edges:
        edges_view(H)
