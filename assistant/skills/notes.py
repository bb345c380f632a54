"""Ask my notes: retrieve with full-text search, answer citing the notes used."""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from typing import Any

from assistant.llm.base import Engine, Request, TokenCallback
from assistant.store import Store, records

ANSWER_SYSTEM = (
    "Answer the question using only the notes given. Cite the note numbers you used like [#3]. "
    "If the notes do not contain the answer, say exactly: I don't know from your notes."
)
_STOP = set(
    "what when where who how why is are was were the a an of to do does did my i me in on for".split()
)


@dataclass
class Answer:
    text: str
    cited: list[int]
    notes: list[dict[str, Any]]


def retrieve(store: Store, question: str, limit: int = 5) -> list[dict[str, Any]]:
    """Notes that share words with the question (any word, best match first)."""
    words = [w for w in re.findall(r"[^\W_]+", question.lower()) if w not in _STOP and len(w) > 1]
    if not words:
        return []
    seen: dict[int, dict[str, Any]] = {}
    for row in records.search_notes(store, " OR ".join(words), limit=limit, raw=True):
        seen.setdefault(int(row["id"]), row)
    return list(seen.values())[:limit]


def ask(
    generator: Engine | None,
    store: Store,
    question: str,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
) -> Answer:
    """Answer from the notes, citing them; without a model (or if it fails or is stopped)
    the closest note is the answer."""
    notes = retrieve(store, question)
    if not notes:
        return Answer("I don't know from your notes: none of them mention that.", [], [])
    if generator is None:
        best = notes[0]
        return Answer(f"The closest note [#{best['id']}]: {best['body']}", [int(best["id"])], notes)
    context = "\n".join(f"[#{n['id']}] {n['body'][:600]}" for n in notes)
    res = generator.generate(
        Request.chat(
            [
                {"role": "system", "content": ANSWER_SYSTEM},
                {"role": "user", "content": f"Notes:\n{context}\n\nQuestion: {question}"},
            ],
            max_tokens=200,
            skill="ask_notes",
        ),
        on_token=on_token,
        cancel=cancel,
    )
    ids = {int(n["id"]) for n in notes}
    cited = [int(c) for c in re.findall(r"\[#(\d+)\]", res.text) if int(c) in ids]
    if not res.ok or not res.text.strip():
        best = notes[0]
        return Answer(f"The closest note [#{best['id']}]: {best['body']}", [int(best["id"])], notes)
    if not cited:
        # The answer must say where it came from; the best match is the honest citation.
        cited = [int(notes[0]["id"])]
        return Answer(f"{res.text.strip()} [#{cited[0]}]", cited, notes)
    return Answer(res.text.strip(), sorted(set(cited)), notes)


# -- search as you type: prefixes and normalised words ----------------------------------------

_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lower-cased words as FTS5's unicode61 tokenizer splits them ("Wi-Fi" -> wi, fi)."""
    return _TOKEN.findall(text.casefold())


def joined_words(text: str) -> str:
    """Each pair of neighbouring words written together ("Wi-Fi password" -> "wifi fipassword"),
    indexed beside the note so that "wifi" finds "Wi-Fi"."""
    words = tokens(text)
    return " ".join(a + b for a, b in itertools.pairwise(words))


def _merges(words: list[str]) -> list[list[str]]:
    """Every way of writing neighbouring words together: [wi, fi] -> [[wi, fi], [wifi]]."""
    if len(words) <= 1:
        return [words]
    out: list[list[str]] = []
    for rest in _merges(words[1:]):
        out.append([words[0], *rest])
        out.append([words[0] + rest[0], *rest[1:]])
    return out


def match_expression(query: str, max_words: int = 6) -> str:
    """An FTS5 expression for what a user types: every word a prefix ("pass" finds "password"),
    and spelling variants of compounds ("wi fi", "Wi-Fi", "wifi") matched either way.

    Only word characters reach the expression, each quoted, so no FTS5 syntax gets through.
    """
    words = tokens(query)[:max_words]
    if not words:
        return ""
    alternatives = []
    for variant in _merges(words):
        alternatives.append("(" + " AND ".join(f'"{w}"*' for w in variant) + ")")
    return " OR ".join(dict.fromkeys(alternatives))
