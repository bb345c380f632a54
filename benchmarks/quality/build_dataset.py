"""Build the real-meeting dev set in ``benchmarks/quality/data/meetings.jsonl``.

Re-runnable and offline: it reads public GitHub repositories that were
mirrored beforehand (``git clone --mirror`` or the session's ``fetch`` tool)
at the pinned commits below, and writes one JSON record per meeting window.

    python -m benchmarks.quality.build_dataset --mirrors /work/.mirror

Sources (all licences allow redistribution with attribution, see SOURCES.md):

* ``w3c-ccg``   chat: W3C Credentials Community Group IRC logs (``irc.log``),
  scribed live during voice calls.  ``ACTION:`` lines are gold actions,
  ``RESOLVED:``/``RESOLUTION:`` lines are gold decisions; both are removed
  from the input.  Licence: W3C Software and Document License.
* ``w3c-pmwg``  chat: W3C Publishing Maintenance WG minutes (scribe.perl HTML).
  ``ACTION:`` paragraphs -> gold actions, ``RESOLUTION:`` -> decisions,
  scribe ``summary:`` paragraphs -> human key points; all removed from the
  input.  Licence: W3C Software and Document License.
* ``w3c-jsonld``  chat: W3C JSON-LD Working Group minutes written by scribejs
  (markdown).  ``Action #n:`` lines are gold actions (owner in the trailing
  parentheses), ``Resolution #n:`` lines gold decisions; both are removed.
  Licence: W3C Software and Document License.
* ``ethereum-acdbot``  spoken: Zoom transcripts (WebVTT, human-corrected) of
  Ethereum protocol calls with the project's published ``tldr.json``
  (action items with owner and timestamp, decisions, highlights).  These notes
  are drafted by the project's bot with an AI model, not written by a person:
  records carry ``gold_origin: "ai-drafted"`` and the benchmark reports them
  apart from the human-gold sources.  Licence: CC BY-SA 3.0 (repository
  LICENSE); the converted records stay under CC BY-SA 3.0.
* ``ethereum-notes``  spoken: the human notes of Ethereum All Core Devs and
  breakout calls in the same repository (``AllCoreDevs-*-Meetings/*.md``,
  ``Breakout-Room-Meetings/``), where the note takers typed the call speaker
  by speaker.  Their "Actions Required" / "Action Items" / "Decisions Made"
  sections (and inline ``Action N |`` items) are the gold, written by people,
  and are taken out of the input.  Licence: CC BY-SA 3.0.

Windows: a meeting longer than ``WINDOW_CHARS`` is split at line boundaries;
a gold item goes to the window that holds its evidence (the lines just before
the chat gold line, or the transcript cue at the item's timestamp).
Windows without any gold action or decision are dropped.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

WINDOW_CHARS = 12_000
#: Only the All Core Devs calls of the ACDbot archive (consensus, execution,
#: testing): the breakout series would outweigh the human-gold sources.
ACD_SERIES = ("acdc", "acde", "acdt")
OUT = Path(__file__).resolve().parent / "data" / "meetings.jsonl"

LICENCE_W3C = "W3C Software and Document License (https://www.w3.org/Consortium/Legal/2015/copyright-software-and-document)"
LICENCE_CCBYSA3 = "CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)"

PINNED = {
    "w3c-ccg/meetings": "67ffc7007af48f665906ec3702aadcf9bb4e3210",
    "w3c-ccg/201x-meeting-archives": "a1c0a9b49e06990e8b512d58577424febe45fe7e",
    "w3c/pm-wg": "decceb05cd8e9997385221160dae83c25cc32e52",
    "ethereum/pm": "cea5a16928f6f233a038d237bb0706c3a6f7bc6f",
    "w3c/json-ld-wg": "a20874d48f6403caa4775ae4d18eabf7fd86761a",
}


@dataclass
class Line:
    text: str
    stamp: float = -1.0  # seconds from the start (spoken sources)


@dataclass
class Meeting:
    source: str
    kind: str
    meeting_date: str
    repo: str
    path: str
    licence: str
    gold_origin: str
    lines: list[Line] = field(default_factory=list)
    # (index of the evidence line, payload)
    actions: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    decisions: list[tuple[int, str]] = field(default_factory=list)
    points: list[tuple[int, str]] = field(default_factory=list)


class Repo:
    def __init__(self, mirrors: Path, name: str, commit: str | None = None) -> None:
        self.name = name
        self.commit = commit or PINNED[name]
        self.git = mirrors / name.replace("/", "+") / "repo"

    def files(self) -> list[str]:
        out = subprocess.run(
            ["git", "-C", str(self.git), "ls-tree", "-r", "--name-only", self.commit],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return out.splitlines()

    def read(self, path: str) -> str:
        return subprocess.run(
            ["git", "-C", str(self.git), "show", f"{self.commit}:{path}"],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8", "replace")


# ---------------------------------------------------------------- owners

_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|and|&)$")
#: Imperatives that take "to" ("Write to the list"): never an owner.
_NOT_OWNERS = {
    "write",
    "send",
    "reach",
    "talk",
    "reply",
    "respond",
    "go",
    "move",
    "add",
    "link",
    "point",
    "switch",
    "return",
    "get",
    "ask",
    "post",
    "forward",
    "submit",
    "propose",
    "need",
    "needs",
}


def split_owner(text: str) -> dict[str, str]:
    """W3C convention: ``ACTION: <who> to <task>`` (also ``<who>: task``, ``<who> - task``).

    ``<who>`` is one to four name-like words ("Christopher Allen", "Joe &
    Lionel", "manu"); otherwise the owner is left empty.
    """
    text = re.sub(r"\s*-\s*due\s.*$", "", text.strip(), flags=re.I)
    for sep in (" to ", ": ", " - ", " will "):
        head, found, task = text.partition(sep)
        words = head.split()
        if not (found and task.strip() and 1 <= len(words) <= 4 and len(head) <= 40):
            continue
        if words[0].lower() in _NOT_OWNERS:
            continue
        if (len(words) == 1 or all(_NAME_WORD.match(w) for w in words)) and (
            words[0][0].isalpha() or words[0][0] == "@"
        ):
            return {"owner": head.strip().lstrip("@"), "task": task.strip()}
    return {"owner": "", "task": text}


# ---------------------------------------------------------------- w3c-ccg

_IRC = re.compile(r"^\[(?P<ts>[^\]]+)\]\s+<(?P<nick>[^>]+)>\s+(?P<text>.*)$")
_BOTS = {"zakim", "rrsagent", "trackbot", "github-bot", "ccg-bot", "ghurlbot"}
_NOISE = re.compile(
    r"^(present[+-]|regrets[+-]|q[+-?]|ack\b|zakim\b|rrsagent\b|scribe[+-]?\s*:?|agenda\s*:|meeting\s*:|chair\s*:|date\s*:|topic\s*:|subtopic\s*:)",
    re.I,
)
_GOLD_ACTION = re.compile(r"^(?:[\w.-]+:\s*)?action\s*:\s*(?P<rest>.+)$", re.I)
_GOLD_DECISION = re.compile(r"^(?:[\w.-]+:\s*)?(?:resolved|resolution|agreed)\s*:\s*(?P<rest>.+)$", re.I)
_SCRIBED = re.compile(r"^(?P<who>[^\W\d_][\w.'’-]{0,30}):\s+(?P<rest>\S.*)$")


def ccg_meetings(repo: Repo) -> Iterator[Meeting]:
    for path in sorted(p for p in repo.files() if p.endswith("/irc.log")):
        raw = repo.read(path)
        folder = path.split("/")[0]
        m = Meeting(
            source="w3c-ccg",
            kind="chat",
            meeting_date=folder[:10],
            repo=repo.name,
            path=path,
            licence=LICENCE_W3C,
            gold_origin="human",
        )
        for row in raw.splitlines():
            hit = _IRC.match(row)
            if not hit:
                continue
            nick, text = hit.group("nick").strip(), html.unescape(hit.group("text")).strip()
            if not text or nick.lower().rstrip("_") in _BOTS:
                continue
            evidence = max(len(m.lines) - 1, 0)
            if a := _GOLD_ACTION.match(text):
                m.actions.append((evidence, split_owner(a.group("rest"))))
                continue
            if d := _GOLD_DECISION.match(text):
                m.decisions.append((evidence, d.group("rest").strip()))
                continue
            if _NOISE.match(text) or text.startswith(("http://", "https://")):
                continue
            # The scribe types "Speaker: words"; a pasted transcript shows that speaker.
            s = _SCRIBED.match(text)
            m.lines.append(Line(f"{s.group('who')}: {s.group('rest')}" if s else f"{nick}: {text}"))
        if m.actions or m.decisions:
            yield m


# ---------------------------------------------------------------- w3c-pmwg (scribe.perl HTML)

_P = re.compile(r"<(?P<tag>p|h[1-4])\b(?P<attrs>[^>]*)>(?P<body>.*?)</(?P=tag)>", re.S)
_CLASS = re.compile(r"class=\"?(?P<cls>[\w\s-]+)\"?")
_TAGS = re.compile(r"<[^>]+>")
_DATE_TITLE = re.compile(r"<title>[^<]*?(\d{1,2}) (\w+) (\d{4})</title>")
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(_TAGS.sub(" ", fragment.replace("<br>", " ")))).strip()


def scribeperl_meetings(repo: Repo, source: str, folder: str) -> Iterator[Meeting]:
    for path in sorted(p for p in repo.files() if p.startswith(folder) and p.endswith(".html")):
        raw = repo.read(path)
        start = raw.find("<h2>Meeting minutes</h2>")
        if start < 0:
            continue
        end = min(
            (i for i in (raw.find("<div id=ActionSummary"), raw.find("<div id=ResolutionSummary")) if i > 0),
            default=len(raw),
        )
        body = raw[start:end]
        t = _DATE_TITLE.search(raw)
        date = (
            f"{t.group(3)}-{_MONTHS.get(t.group(2), 1):02d}-{int(t.group(1)):02d}"
            if t
            else Path(path).stem[:10]
        )
        m = Meeting(
            source=source,
            kind="chat",
            meeting_date=date,
            repo=repo.name,
            path=path,
            licence=LICENCE_W3C,
            gold_origin="human",
        )
        for hit in _P.finditer(body):
            cls_m = _CLASS.search(hit.group("attrs"))
            cls = cls_m.group("cls") if cls_m else ""
            text = _plain(hit.group("body"))
            if not text:
                continue
            evidence = max(len(m.lines) - 1, 0)
            if hit.group("tag").startswith("h"):
                m.lines.append(Line(f"Topic: {text}"))
            elif "action" in cls.split():
                m.actions.append((evidence, split_owner(re.sub(r"^ACTION:\s*", "", text, flags=re.I))))
            elif "resolution" in cls.split():
                m.decisions.append((evidence, re.sub(r"^RESOLUTION:\s*", "", text, flags=re.I)))
            elif "summary" in cls.split():
                m.points.append((evidence, text))
            elif "phone" in cls.split():
                cite = re.match(r"\s*<cite>(?P<who>[^<]+?):</cite>(?P<rest>.*)$", hit.group("body"), re.S)
                if cite:
                    m.lines.append(Line(f"{_plain(cite.group('who'))}: {_plain(cite.group('rest'))}"))
            elif "irc" in cls.split():
                cite = re.match(
                    r"\s*<cite>&lt;(?P<who>[^&]+)&gt;</cite>(?P<rest>.*)$", hit.group("body"), re.S
                )
                if cite:
                    rest = _plain(cite.group("rest"))
                    if rest and not _NOISE.match(rest) and not rest.startswith(("http://", "https://")):
                        m.lines.append(Line(f"{cite.group('who')}: {rest}"))
        if m.actions or m.decisions:
            yield m


# ---------------------------------------------------------------- w3c-jsonld (scribejs markdown)

_SJ_TURN = re.compile(r"^\*\*(?P<who>[^*]{1,60}?):\*\*\s*(?P<rest>.*?)\s*$")
_SJ_IRC = re.compile(r"^>\s*\*(?P<who>[^*]{1,60}?):\*\s*(?P<rest>.*?)\s*$")
_SJ_GOLD = re.compile(
    r"^>\s*\*\*\*(?P<kind>action|resolution|summary)\s*#?\d*\s*:\s*(?P<rest>.*?)\*\*\*\s*$", re.I
)


_PAREN_OWNER = re.compile(
    r"^(?P<task>.+?)\s*\((?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:(?:,| and| &) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})*)\)\s*$"
)


def _owner_in_parens(text: str) -> dict[str, str] | None:
    """JSON-LD WG convention: ``Action #2: update the syntax document (Gregg Kellogg)``."""
    hit = _PAREN_OWNER.match(text)
    return {"owner": hit.group("who"), "task": hit.group("task")} if hit else None


def scribejs_meetings(repo: Repo, source: str, folder: str) -> Iterator[Meeting]:
    """Minutes written by W3C's scribejs: ``**Name:** words`` turns, ``… more`` lines of the
    same turn, ``> *Name:* words`` IRC side remarks, ``> ***Action #n: …***`` and
    ``> ***Resolution #n: …***`` gold lines (taken out of the input)."""
    for path in sorted(p for p in repo.files() if p.startswith(folder) and p.endswith(".md")):
        raw = repo.read(path)
        date = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})", raw, re.M)
        m = Meeting(
            source=source,
            kind="chat",
            meeting_date=date.group(1) if date else Path(path).stem[:10],
            repo=repo.name,
            path=path,
            licence=LICENCE_W3C,
            gold_origin="human",
        )
        who = ""
        started = skipping = False
        for row in raw.splitlines():
            row = row.rstrip()
            h = re.match(r"^#{2,4}\s+(?:\d+\.\s*)?(?P<title>.+?)\s*$", row)
            if h:
                title = _md_plain(h.group("title"))
                # The closing "Action Items" / "Resolutions" lists repeat the gold: skip them.
                skipping = bool(re.fullmatch(r"(?:action items?|resolutions?|summary of .*)", title, re.I))
                started = started or bool(re.match(r"^###\s", row))
                if started and not skipping:
                    m.lines.append(Line(f"Topic: {title}"))
                    who = ""
                continue
            if not started or skipping or not row.strip() or row.startswith("{:"):
                continue
            evidence = max(len(m.lines) - 1, 0)
            if g := _SJ_GOLD.match(row):
                text = _md_plain(g.group("rest"))
                kind = g.group("kind").lower()
                if kind == "action":
                    m.actions.append((evidence, _owner_in_parens(text) or split_owner(text)))
                elif kind == "resolution":
                    m.decisions.append((evidence, text))
                else:
                    m.points.append((evidence, text))
                continue
            if t := _SJ_TURN.match(row):
                who, rest = _md_plain(t.group("who")), _md_plain(t.group("rest"))
            elif t := _SJ_IRC.match(row):
                rest = _md_plain(t.group("rest"))
                if rest:
                    m.lines.append(Line(f"{_md_plain(t.group('who'))}: {rest}"))
                continue
            elif row.startswith("\u2026") and who:
                rest = _md_plain(row[1:])
            else:
                continue
            if rest and not _NOISE.match(rest) and not re.fullmatch(r"https?://\S+", rest):
                m.lines.append(Line(f"{who}: {rest}"))
        if m.actions or m.decisions:
            yield m


# ---------------------------------------------------------------- ethereum/pm ACDbot

_CUE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.\d{3} --> ")
_HMS = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2})$")


def _secs(hms: str) -> float:
    h = _HMS.match(hms.strip())
    return float(int(h.group(1)) * 3600 + int(h.group(2)) * 60 + int(h.group(3))) if h else -1.0


def acdbot_meetings(repo: Repo) -> Iterator[Meeting]:
    base = ".github/ACDbot/artifacts/"
    folders = sorted(
        {p.rsplit("/", 1)[0] for p in repo.files() if p.startswith(base) and p.endswith("/tldr.json")}
    )
    for folder in folders:
        if folder.split("/")[3] not in ACD_SERIES:
            continue
        try:
            tldr = json.loads(repo.read(f"{folder}/tldr.json"))
            vtt = repo.read(f"{folder}/transcript_corrected.vtt")
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
        date = folder.rsplit("/", 1)[1][:10]
        m = Meeting(
            source="ethereum-acdbot",
            kind="spoken",
            meeting_date=date,
            repo=repo.name,
            path=f"{folder}/transcript_corrected.vtt + tldr.json",
            licence=LICENCE_CCBYSA3,
            gold_origin="ai-drafted",
        )
        stamp = -1.0
        for row in vtt.splitlines():
            c = _CUE.match(row)
            if c:
                stamp = int(c.group(1)) * 3600 + int(c.group(2)) * 60 + int(c.group(3))
                continue
            row = row.strip()
            if not row or row == "WEBVTT" or row.isdigit():
                continue
            m.lines.append(Line(row, stamp))
        if not m.lines:
            continue

        def at(hms: str, lines: list[Line] = m.lines) -> int:
            s = _secs(hms)
            idx = 0
            for i, ln in enumerate(lines):
                if 0 <= ln.stamp <= s:
                    idx = i
            return idx

        for a in tldr.get("action_items") or []:
            if isinstance(a, dict) and a.get("action"):
                m.actions.append(
                    (
                        at(str(a.get("timestamp", ""))),
                        {"owner": str(a.get("owner") or ""), "task": str(a["action"])},
                    )
                )
        for d in tldr.get("decisions") or []:
            if isinstance(d, dict) and d.get("decision"):
                m.decisions.append((at(str(d.get("timestamp", ""))), str(d["decision"])))
        for group in (tldr.get("highlights") or {}).values():
            for h in group if isinstance(group, list) else []:
                if isinstance(h, dict) and h.get("highlight"):
                    m.points.append((at(str(h.get("timestamp", ""))), str(h["highlight"])))
        if m.actions or m.decisions:
            yield m


# ---------------------------------------------------------------- ethereum/pm human notes

#: Note series whose files are speaker-by-speaker notes of a voice call.
NOTE_FOLDERS = ("AllCoreDevs-EL-Meetings/", "AllCoreDevs-CL-Meetings/", "Breakout-Room-Meetings/")
#: A notes file needs this many speaker turns to count as a near-verbatim record of the call.
MIN_TURNS = 20
#: A gold item is kept only where this share of its content words occurs near its evidence line.
MIN_EVIDENCE = 0.34

_MD_HEAD = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s*(?P<title>.*?)\s*#*\s*$")
_GOLD_HEAD = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:summary\s*[-:]\s*)?(?P<kind>actions?|action items?|actions? (?:required|needed)|"
    r"decisions?|decisions? made|decisions? (?:&|and) action items?|action items? (?:&|and) decisions?|"
    r"next steps and action items|action items? and next steps|agreed action items.*)\s*:?\s*$",
    re.I,
)
_TURN = re.compile(
    r"^\s*(?:[-*]\s+)?\*\*(?P<who>[^*\d]{1,40}?)\s*:?\s*\*\*\s*:(?:\s+(?P<rest>\S.*))?\s*$|"
    r"^\s*(?:[-*]\s+)?\*\*(?P<who2>[^*\d]{1,40}?)\s*:\s*\*\*(?:\s+(?P<rest2>\S.*))?\s*$"
)
#: Bold labels that are not speakers.
#: "**Tim** - words" (the later All Core Devs notes).
_DASH_TURN = re.compile(r"^\s*\*\*(?P<who>[^*\d:]{1,40}?)\*\*\s+[-\u2013\u2014]\s+(?P<rest>\S.*)$")
#: "Action 1 | [14:29](video)" then the item, indented, on the next lines.
_INLINE_GOLD = re.compile(r"^\s*(?P<kind>action|decision)s?\s*[\d.]*\s*\|", re.I)
#: "100.2.2 | Video | [58:30](…)" then the item, indented (or "5.3.1 | [a link](…)"): the note
#: taker's numbered item at its place in the talk; "N.1.k" are decisions, "N.2.k" actions.
_ID_INLINE = re.compile(r"^\s*\d+\.(?P<part>\d+)(?:\.\d+)+\s*\|\s*(?P<rest>.*)$")
#: A note-taker's table or video-reference row ("Video | [4:12](…)", "-|-", "Open Ethereum | Video |
#: [29:12]"): never part of what a speaker said.
_NOTE_ROW = re.compile(r"^\s*(?:\||Video\b|[-|:\s]+$)|\|\s*(?:Video\b|~?\[\d)", re.I)
#: "**ACTION 20.1**: Danny to review the wiki" typed in the body, at the point of the talk.
_ID_GOLD = re.compile(
    r"^\s*(?:[-*+]\s*)?(?:\*\*)?\s*(?P<kind>action|decision)s?\s*(?:items?\s*)?\d+(?:\.\d+)*\s*(?:\*\*)?"
    r"\s*(?:[:\u2014\u2013-]\s*)?(?:\*\*)?\s*(?P<rest>.*)$",
    re.I,
)
_NOT_SPEAKERS = {
    "status",
    "action",
    "actions",
    "decision",
    "decisions",
    "summary",
    "note",
    "notes",
    "moderator",
    "video",
    "agenda",
}
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_ITEM_PREFIX = re.compile(
    r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*)?(?:(?:action|decision)s?\s*)?(?:item\s*)?"
    r"\d*(?:\.\d+)*(?:\*\*)?\s*(?:[:|\u2014\u2013-]\s*)?(?:\*\*)?",
    re.I,
)
_NO_ITEM = re.compile(r"^(?:none|n/?a|nothing|no (?:new )?(?:decisions?|actions?)|tbd|-+)\W*$", re.I)
_STOP = set(
    "the a an and or of to in on for with by at from is are was be been this that these those it its as "
    "will would should can could may might we they he she i you our their there here not no do does did "
    "has have had about into over than then so if also more some any all each per via who what which".split()
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _STOP}


def _md_plain(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"[*_`]{1,3}", "", text)
    return re.sub(r"\s+", " ", text).strip()


_NOTES_OWNER = re.compile(
    r"^(?P<who>[A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){0,3}"
    r"(?:(?:,| and| &) [A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){0,3})*)"
    r" (?:should|will|is going to|are going to|to|can) (?P<task>\S.*)$"
)


def _notes_owner(text: str) -> dict[str, str]:
    """``split_owner``, plus the note takers' "Micah should …", "Martin Holst Swende and Alex
    Beregszaszi to …" (names are capitalised words without digits; a verb never starts one)."""
    found = split_owner(text)
    if found["owner"]:
        return found
    hit = _NOTES_OWNER.match(text)
    if hit and hit.group("who").split()[0].lower() not in _NOT_OWNERS | {"discuss", "review", "decide"}:
        return {"owner": hit.group("who"), "task": hit.group("task")}
    return found


def _notes_date(raw: str) -> str:
    """ISO date from the "Meeting Date/Time:" header ("Friday 1 May 2020", "June 27, 2019"); "" if none."""
    head = next((ln for ln in raw.splitlines()[:15] if re.search(r"date", ln, re.I)), "")
    iso = re.search(r"(20\d\d)-(\d\d)-(\d\d)", head)
    if iso:
        return iso.group(0)
    year = re.search(r"\b(20\d\d)\b", head)
    month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name[:3]}", head, re.I)), 0)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!:)", re.sub(r"\b20\d\d\b|\d{1,2}:\d\d", " ", head))
    if not (year and month and day) or not 1 <= int(day.group(1)) <= 31:
        return ""
    return f"{year.group(1)}-{month:02d}-{int(day.group(1)):02d}"


def _gold_items(block: list[str]) -> list[str]:
    """The items of one gold section: table rows, list items, or ``**ID**: text`` lines.

    Bullets under an item that ends with ":" belong to that item.
    """
    items: list[str] = []
    for raw_row in block:
        row = raw_row.strip()
        if not row or re.fullmatch(r"[|:\s-]+", row):
            continue
        if re.match(r"^\W*status\b", row, re.I):
            continue  # "**Status**: done" under an item
        if "|" in row:
            cells = [c.strip() for c in row.strip("|").split("|")]
            if re.match(r"^(?:action|decision)s?\b(?: items?)?$", _md_plain(cells[0]), re.I):
                continue  # header row: "Action Item | Description"
            # The description is the longest cell (not the "**89.1**" id, not a status).
            row = max(cells, key=lambda c: len(_words(c)))
        text = _md_plain(_ITEM_PREFIX.sub("", row, count=1)).lstrip("./|:;,- ")
        if len(text) < 8 or _NO_ITEM.match(text) or len(_words(text)) < 2:
            continue
        if items and items[-1].endswith(":") and re.match(r"^\s*[-*+]\s", raw_row):
            items[-1] = f"{items[-1][:-1]}: {text.rstrip('.;, ')}:"
            continue
        if items and items[-1].endswith(":"):
            items[-1] = items[-1][:-1]
        items.append(text)
    if items and items[-1].endswith(":"):
        items[-1] = items[-1][:-1]
    return items


def ethnotes_meetings(repo: Repo) -> Iterator[Meeting]:
    for path in sorted(p for p in repo.files() if p.startswith(NOTE_FOLDERS) and p.endswith(".md")):
        m = _notes_meeting(repo.name, path, repo.read(path))
        if m is not None:
            yield m


def _notes_meeting(repo_name: str, path: str, raw: str) -> Meeting | None:
    """One notes file as a meeting with its gold, or None when it is not a usable record."""
    m = Meeting(
        source="ethereum-notes",
        kind="spoken",
        meeting_date="",
        repo=repo_name,
        path=path,
        licence=LICENCE_CCBYSA3,
        gold_origin="human",
    )
    m.meeting_date = _notes_date(raw)
    # (kind, text, index of the line before the section or -1 for the summary block at the top)
    gold: list[tuple[str, str, int]] = []
    section: str | None = None
    block: list[str] = []
    in_body = False
    turn_open = False
    review_level = 0
    section_from_label = False
    inline, inline_text = "", []  # an "Action 1 | [time]" item being read

    def close() -> None:
        if section:
            where = len(m.lines) - 1 if in_body else -1
            gold.extend((section, text, where) for text in _gold_items(block))

    for row in raw.splitlines():
        if inline:
            if row.startswith(("    ", "\t")) and row.strip():
                inline_text.append(row.strip())
                continue
            if not row.strip() and not inline_text:
                continue
            if inline_text:
                gold.append((inline, _md_plain(" ".join(inline_text)), len(m.lines) - 1))
            inline, inline_text = "", []
        h = _MD_HEAD.match(row)
        label = re.fullmatch(r"\s*\*\*(?P<title>[^*]{3,40}?):?\*\*:?\s*", row)
        if label and _GOLD_HEAD.match(label.group("title").strip()):
            # "**Actions Required**:" on its own line works as a heading for the list below it.
            h = re.match(r"(?P<hashes>#{6})\s*(?P<title>.*)", "###### " + label.group("title").strip())
        t = _TURN.match(row) or _DASH_TURN.match(row)
        who = _md_plain(t.group("who") or t.groupdict().get("who2") or "").rstrip(":") if t else ""
        is_turn = bool(who) and len(who.split()) <= 4 and who.lower() not in _NOT_SPEAKERS
        if h or _RULE.match(row) or (section and is_turn):
            close()
            section, block, turn_open = None, [], False
            if h:
                level = len(h.group("hashes"))
                title = _md_plain(h.group("title"))
                if review_level and level <= review_level:
                    review_level = 0
                if re.search(r"previous|review|follow.?ups?", title, re.I):
                    # Last meeting's items, re-read with their status: not this call's gold.
                    review_level = review_level or level
                g = _GOLD_HEAD.match(title)
                if g and not review_level:
                    section = "decision" if g.group("kind").lower().startswith("decision") else "action"
                    section_from_label = bool(label)
                continue
            if not is_turn:
                continue
        g_in = _INLINE_GOLD.match(row)
        if g_in and not section:
            inline, inline_text, turn_open = g_in.group("kind").lower(), [], False
            continue
        id_in = _ID_INLINE.match(row)
        if id_in and not section and in_body:
            part = id_in.group("part")
            inline = {"1": "decision", "2": "action"}.get(part, "other")
            rest = _md_plain(
                re.sub(r"^(?:Video\s*\|\s*)?~?(?:\[[\d:]*\]\([^)]*\))?", "", id_in.group("rest"))
            )
            inline_text, turn_open = ([rest] if rest and inline != "other" else []), False
            if inline == "other":
                inline = ""
            continue
        if section:
            if not row.strip() and any(b.strip() for b in block) and section_from_label:
                close()  # a bold-label list ends at its first blank line
                section, block = None, []
                continue
            block.append(row)
            continue
        id_gold = _ID_GOLD.match(row)
        if id_gold or re.match(r"^\W*status\W*:", row, re.I):
            # The note taker's own item (or its status) typed where it was settled: gold,
            # never part of the talk; under "Review previous …" it is last call's item.
            rest = _md_plain(id_gold.group("rest")) if id_gold else ""
            if id_gold and rest and not review_level:
                kind = "decision" if id_gold.group("kind").lower().startswith("decision") else "action"
                gold.append((kind, rest, len(m.lines) - 1))
            turn_open = False
            continue
        if is_turn and t:
            rest = _md_plain(
                re.sub(r"^[-\u2013\u2014]\s+", "", t.group("rest") or t.groupdict().get("rest2") or "")
            )
            m.lines.append(Line(f"{who}: {rest}".rstrip()))
            in_body = turn_open = True
            continue
        if turn_open and row.strip() and not _NOTE_ROW.search(row):
            # A bullet or a wrapped line that continues the last speaker's turn.
            more = _md_plain(re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", row))
            if more:
                m.lines[-1].text += " " + more
            continue
    close()
    if len(m.lines) < MIN_TURNS or not gold:
        return None
    bags = [_words(ln.text) for ln in m.lines]
    seen: set[str] = set()
    # An item typed at its place in the body wins over its copy in the summary at the top.
    for kind, text, where in sorted(gold, key=lambda g: g[2] < 0):
        key = " ".join(sorted(_words(text)))
        if not key or key in seen:
            continue  # the same item in the summary at the top and under its topic
        seen.add(key)
        want = _words(text)
        best, best_cover, best_own = where, 0.0, 0.0
        for i in range(len(m.lines)):
            near = set().union(*bags[max(0, i - 3) : i + 4])
            cover, own = len(want & near) / len(want), len(want & bags[i]) / len(want)
            if (cover, own) > (best_cover, best_own):  # the best stretch, then its best line
                best, best_cover, best_own = i, cover, own
        if (
            where >= 0
            and len(want & set().union(*bags[max(0, where - 40) : where + 10])) / len(want) >= MIN_EVIDENCE
        ):
            best = where  # the note taker put the item under its topic: trust that place
        elif best_cover < MIN_EVIDENCE:
            continue  # nothing in the notes supports the item: it cannot be found
        if kind == "action":
            m.actions.append((best, _notes_owner(text)))
        else:
            m.decisions.append((best, text))
    return m if m.actions or m.decisions else None


# ---------------------------------------------------------------- windows


def windows(m: Meeting) -> Iterator[dict[str, Any]]:
    bounds: list[tuple[int, int]] = []
    start, size = 0, 0
    for i, ln in enumerate(m.lines):
        n = len(ln.text) + 1
        if size + n > WINDOW_CHARS and i > start:
            bounds.append((start, i))
            start, size = i, 0
        size += min(n, WINDOW_CHARS)
    bounds.append((start, len(m.lines)))
    stem = re.sub(r"[^\w]+", "-", m.path.split(" + ")[0].rsplit(".", 1)[0]).strip("-").lower()
    for w, (lo, hi) in enumerate(bounds):
        acts = [a for i, a in m.actions if lo <= i < hi]
        decs = [d for i, d in m.decisions if lo <= i < hi]
        pts = [p for i, p in m.points if lo <= i < hi]
        if not acts and not decs:
            continue
        if m.gold_origin != "human" and not acts:
            continue  # the AI-drafted source is only kept where it has action items
        text = "\n".join(ln.text[:WINDOW_CHARS] for ln in m.lines[lo:hi])[:WINDOW_CHARS]
        commit = PINNED[m.repo]
        file_path = m.path.split(" + ")[0]
        yield {
            "id": f"{m.source}/{stem[-60:]}/w{w + 1}",
            "source": m.source,
            "kind": m.kind,
            "meeting_date": m.meeting_date,
            "text": text,
            "gold_actions": acts,
            "gold_decisions": decs,
            "gold_summary": "\n".join(pts + decs + [f"{a['owner']}: {a['task']}".strip(": ") for a in acts]),
            "gold_origin": m.gold_origin,
            "provenance": {
                "repo": m.repo,
                "path": m.path,
                "commit": commit,
                "url": f"https://github.com/{m.repo}/blob/{commit}/{quote(file_path)}",
                "licence": m.licence,
                "window": [lo + 1, hi],
            },
        }


def build(mirrors: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    meetings: list[Meeting] = []
    meetings += ccg_meetings(Repo(mirrors, "w3c-ccg/201x-meeting-archives"))
    meetings += ccg_meetings(Repo(mirrors, "w3c-ccg/meetings"))
    meetings += scribeperl_meetings(Repo(mirrors, "w3c/pm-wg"), "w3c-pmwg", "minutes/")
    meetings += scribejs_meetings(Repo(mirrors, "w3c/json-ld-wg"), "w3c-jsonld", "_minutes/")
    meetings += acdbot_meetings(Repo(mirrors, "ethereum/pm"))
    meetings += ethnotes_meetings(Repo(mirrors, "ethereum/pm"))
    for m in meetings:
        records.extend(windows(m))
    return records


def parse_args(argv: list[str] | None, doc: str, out: Path) -> argparse.Namespace:
    """``--mirrors`` and ``--out``, as every builder of this package takes them."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument(
        "--mirrors", type=Path, default=Path("/work/.mirror"), help="folder of owner+name/repo git mirrors"
    )
    ap.add_argument("--out", type=Path, default=out)
    return ap.parse_args(argv)


def write_jsonl(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, __doc__ or "", OUT)
    records = build(args.mirrors)
    write_jsonl(records, args.out)
    by: dict[str, list[int]] = {}
    for r in records:
        s = by.setdefault(r["source"], [0, 0, 0, 0])
        s[0] += 1
        s[1] += len(r["gold_actions"])
        s[2] += len(r["gold_decisions"])
    for src, (w, a, d, _) in sorted(by.items()):
        print(f"{src}: {w} windows, {a} gold actions, {d} gold decisions")
    print(f"wrote {len(records)} records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
