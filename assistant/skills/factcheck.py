"""Checking a written draft against the facts the user confirmed.

A draft passes when every required fact appears in it, it names no person,
date, time, amount, email address or link that is not in the facts or the
request, it has no bracket placeholder and no echo of the prompt, and its body
stays within the sentence limit.  Used by every kind of draft (email, message,
follow-up, reply) and by the writing benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Body sentences allowed per length choice (greeting and sign-off not counted).
SENTENCE_LIMITS = {"≤ 3 sentences": 3, "short": 5, "detailed": 10}

_STOP = {
    "the", "a", "an", "and", "or", "to", "of", "for", "on", "in", "at", "is", "are", "was", "be",
    "i", "i'll", "i'm", "my", "me", "we", "our", "you", "your", "it", "that", "this", "with", "will",
    "her", "his", "him", "them", "they", "she", "he", "up", "as", "by", "from", "about", "so", "all",
}  # fmt: skip

#: Capitalised words a draft may use without them being in the facts.
_COMMON_CAPS = {
    "i", "i'm", "i'll", "i've", "i'd", "hi", "hello", "dear", "hey", "thanks", "thank", "best", "regards",
    "kind", "warm", "warmly", "cheers", "sincerely", "wishes", "love", "yours", "all", "happy", "birthday",
    "sorry", "please", "could", "would", "can", "let", "see", "talk", "speak", "looking", "have", "hope",
    "am", "pm", "ok", "okay", "re", "fw", "many", "with", "again", "congratulations", "team", "everyone", "decided", "also", "yes", "no",
}  # fmt: skip

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY_WORDS = re.compile(rf"\b(?:{_WEEKDAYS}|{_MONTHS}|today|tonight|tomorrow|yesterday)\b", re.I)
_TIME = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?![a-z])|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b", re.I
)
_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?:st|nd|rd|th)?\b", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LINK = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|co)\b", re.I)
_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,40}\]|<[A-Za-z][^<>\n]{0,30}>|\{[^{}\n]{1,30}\}|\b(?:XX+|TBD|insert\s+\w+)\b"
)
_ECHO = re.compile(
    r"^\s*(?:recipient|purpose|tone|length|mention|original time|new time|facts?|kind|sender|topic)\s*:"
    r"|write the (?:email|message|reply)|^\s*(?:subject|email)\s*:\s*$",
    re.I | re.M,
)
_CAP_WORD = re.compile(r"(?<![\w'’])([A-Z][a-z'’\-]+|[A-Z]{2,})\b")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_SIGN_OFF = re.compile(
    r"^(?:best|thanks|thank you|many thanks|regards|kind regards|best regards|warm wishes|warmly|cheers|"
    r"sincerely|yours|love|all the best|take care|see you soon)[ ,!.]*$",
    re.I,
)
_GREETING = re.compile(r"^(?:hi|hello|dear|hey|good (?:morning|afternoon|evening))\b[^\n]*,?\s*$", re.I)


@dataclass
class Fact:
    """One fact the draft must carry: ``label`` for the pane, ``value`` as confirmed."""

    label: str
    value: str
    kind: str = "text"  # "name", "time", "text"


@dataclass
class CheckResult:
    facts: list[tuple[Fact, bool]] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(ok for _, ok in self.facts) and not self.invented and not self.problems

    @property
    def missing(self) -> list[str]:
        return [f.value for f, ok in self.facts if not ok]

    def reasons(self) -> str:
        """One plain line saying why a draft failed."""
        out = []
        if self.missing:
            out.append("it left out " + ", ".join(f"“{m}”" for m in self.missing))
        if self.invented:
            out.append("it made up " + ", ".join(f"“{m}”" for m in self.invented[:4]))
        out += self.problems
        return "; ".join(out)

    def as_list(self) -> list[dict[str, object]]:
        return [{"label": f.label, "value": f.value, "ok": ok} for f, ok in self.facts]


def normalise(text: str) -> str:
    """Lower case, one space, "10 A.M." -> "10am", "10:00am" -> "10am", curly quotes straight."""
    t = text.lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"(\d)\s*([ap])\.?m\.?(?![a-z])", r"\1\2m", t)
    t = re.sub(r"(\d{1,2}):00([ap]m)", r"\1\2", t)
    t = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", t)
    return " ".join(t.split())


def _stem(word: str) -> str:
    word = word.lower().strip("'’")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'\-]*", normalise(text))
    return [_stem(w) for w in words if w not in _STOP and (len(w) > 2 or w.isdigit())]


def carries(draft: str, fact: Fact) -> bool:
    """Whether ``draft`` states ``fact`` (a name by any of its words, a phrase by most of its words)."""
    d = normalise(draft)
    v = normalise(fact.value)
    if not v:
        return True
    if v in d:
        return True
    if fact.kind == "name":
        parts = [p for p in re.split(r"[\s,]+|\band\b", v) if p and p not in {"mr", "mrs", "ms", "dr"}]
        return any(re.search(rf"\b{re.escape(p)}\b", d) for p in parts)
    if fact.kind == "time":
        pieces = [
            p for p in re.split(r"\s+(?:at|on)\s+|\s+", v) if p not in ("next", "this", "the", "at", "on")
        ]
        return all(re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", d) for p in pieces)
    # A number in a phrase ("the amount was 420 euros") is the fact itself: it must be there
    # as written, however many of the other words are.
    for num in re.findall(r"\d+(?:[.,:/]\d+)*", v):
        if not re.search(rf"(?<![\d.,:/]){re.escape(num)}(?![\d]|[.,:/]\d)", d):
            return False
    want = set(content_words(fact.value))
    if not want:
        return True
    have = set(content_words(draft))
    return len(want & have) / len(want) >= 0.6


def body_lines(draft: str) -> list[str]:
    """The draft without its greeting line and its sign-off block."""
    lines = [ln.strip() for ln in draft.strip().splitlines()]
    if lines and _GREETING.match(lines[0]):
        lines = lines[1:]
    for i, ln in enumerate(lines):
        if _SIGN_OFF.match(ln):
            lines = lines[:i]
            break
    return [ln for ln in lines if ln]


def count_sentences(draft: str) -> int:
    """Sentences in the body; a bulleted list counts as one."""
    n = 0
    in_list = False
    for ln in body_lines(draft):
        if re.match(r"^(?:[-•*]|\d+[.)])\s+", ln):
            n += 0 if in_list else 1
            in_list = True
            continue
        in_list = False
        n += max(1, len(_SENTENCE_END.findall(ln)))
    return n


def _allowed(text: str, allowed: str) -> bool:
    return normalise(text) in normalise(allowed)


def invented_details(draft: str, allowed: str) -> list[str]:
    """Names, dates, times, amounts, addresses and links in ``draft`` that ``allowed`` does not have."""
    found: list[str] = []
    allowed_n = normalise(allowed)
    allowed_words = set(re.findall(r"[a-z0-9'\-]+", allowed_n))

    def add(x: str) -> None:
        if x not in found:
            found.append(x)

    for rx in (_EMAIL, _LINK):
        for m in rx.finditer(draft):
            if not _allowed(m.group(0), allowed):
                add(m.group(0))
    for m in _TIME.finditer(draft):
        if not _allowed(m.group(0), allowed):
            add(m.group(0))
    for m in _DAY_WORDS.finditer(draft):
        if m.group(0).lower() not in allowed_words:
            add(m.group(0))
    for m in _NUMBER.finditer(draft):
        token = normalise(m.group(0)).strip(".,").lstrip("$€£")
        if token and token not in allowed_words and not any(token in w for w in allowed_words):
            add(m.group(0).strip(".,"))
    for line in draft.splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", re.sub(r"^(?:[-•*]|\d+[.)])\s+", "", line.strip())):
            for m in _CAP_WORD.finditer(sentence):
                word = m.group(1)
                low = word.lower().replace("’", "'")
                base = re.sub(r"'s$", "", low)
                if low in _COMMON_CAPS or base in allowed_words or low in allowed_words:
                    continue
                if _DAY_WORDS.fullmatch(word):
                    continue  # already judged as a date
                at_start = m.start() == 0
                signature = len(sentence.split()) <= 3 and not sentence.rstrip().endswith((".", "?", "!"))
                rest = sentence[m.end() :]
                name_like = bool(re.match(r"(?:['’]s\b|\s+and\s+(?:I\b|me\b|[A-Z])|,\s+[a-z])", rest))
                if at_start and not signature and not name_like:
                    continue  # an ordinary word starting a sentence
                add(word)
    return found


def check_draft(
    draft: str,
    facts: list[Fact],
    allowed: str,
    length: str = "short",
    request: str = "",
    past_event: bool = False,
) -> CheckResult:
    """Check ``draft``; ``allowed`` is every text the user gave (facts, request, a pasted email)."""
    res = CheckResult()
    res.facts = [(f, carries(draft, f)) for f in facts]
    res.invented = invented_details(draft, allowed + "\n" + "\n".join(f.value for f in facts))
    if m := _PLACEHOLDER.search(draft):
        res.problems.append(f"it has a placeholder ({m.group(0)})")
    if _ECHO.search(draft) or (request and len(request) > 30 and normalise(request) in normalise(draft)):
        res.problems.append("it repeats the instructions")
    limit = SENTENCE_LIMITS.get(length, 5)
    n = count_sentences(draft)
    if n > limit:
        res.problems.append(f"it is {n} sentences long (limit {limit})")
    if n == 0:
        res.problems.append("it is empty")
    if past_event and re.search(r"\blooking forward to (?:it|the|tonight|seeing)", draft, re.I):
        res.problems.append("it talks about a past event as if it were still to come")
    return res
