"""Email drafts: facts first (shown for editing), then a streamed draft.

Facts are pulled from the request by rules (names, times, "mention …"), so the
user sees and fixes them *before* anything is written; the model then drafts
from the corrected facts.  Without a model, a template draft is produced.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, field
from datetime import date

from assistant.llm.base import Generator, Request, Result, TokenCallback
from assistant.skills.dates import find_due

TONES = ("friendly", "professional", "concise", "warm")
LENGTHS = {
    "≤ 3 sentences": "at most 3 sentences",
    "short": "one short paragraph",
    "detailed": "two or three paragraphs",
}
TEMPLATES = {
    "reschedule": "Reschedule my meeting with NAME from OLD TIME to NEW TIME, polite",
    "follow-up": "Follow up with NAME on our conversation about TOPIC",
    "thank-you": "Thank NAME for TOPIC",
    "birthday": "Birthday message for NAME",
}

SYSTEM = (
    "You write clear emails for the user. Use only the facts given; do not invent names, dates or "
    "promises. Write the email body only, starting with a greeting, ending with a sign-off."
)


@dataclass
class EmailFacts:
    recipient: str = ""
    purpose: str = ""
    old_time: str = ""
    new_time: str = ""
    points: list[str] = field(default_factory=list)

    def as_text(self) -> str:
        parts = [f"Recipient: {self.recipient or 'unknown'}", f"Purpose: {self.purpose}"]
        if self.old_time:
            parts.append(f"Original time: {self.old_time}")
        if self.new_time:
            parts.append(f"New time: {self.new_time}")
        for p in self.points:
            parts.append(f"Mention: {p}")
        return "\n".join(parts)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


_NAME_AFTER = re.compile(
    r"\b(?:with|to|for|email|tell|thank|ask|remind)\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
)
_POINTS = re.compile(
    r"\b(?:mention|say|note|add|remind (?:him|her|them) )\s*(?:that\s+)?(?P<p>[^,.;]+)", re.I
)
_TIME_PHRASE = re.compile(
    r"\b(?:my\s+)?(?P<t>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|noon|tomorrow(?:\s+at\s+\S+)?|"
    r"(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+at\s+\S+)?)",
    re.I,
)
_NOT_A_NAME = {"I", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "AM", "PM"}


def extract_facts(request: str, today: date) -> EmailFacts:
    """Rules pull the facts out of "reschedule my 10 AM with Sarah to tomorrow…"."""
    text = " ".join(request.split())
    facts = EmailFacts(purpose=text.split(",")[0][:120])
    for m in _NAME_AFTER.finditer(text):
        if m.group("name").split()[0] not in _NOT_A_NAME:
            facts.recipient = m.group("name")
            break
    times = [m.group("t") for m in _TIME_PHRASE.finditer(text)]
    if re.search(r"\b(?:reschedul|move|push|postpone|shift)", text, re.I) and times:
        facts.old_time = times[0]
        facts.new_time = times[1] if len(times) > 1 else ""
        due = find_due(text, today)
        if not facts.new_time and due is not None:
            facts.new_time = due.phrase
    elif times:
        facts.new_time = times[0]
    facts.points = [m.group("p").strip() for m in _POINTS.finditer(text)][:5]
    return facts


def draft_request(facts: EmailFacts, tone: str, length: str) -> Request:
    length_text = LENGTHS.get(length, length)
    return Request.chat(
        [
            {"role": "system", "content": SYSTEM},
            {
                "role": "user",
                "content": f"{facts.as_text()}\nTone: {tone}\nLength: {length_text}\n\nWrite the email.",
            },
        ],
        max_tokens=350,
        temperature=0.4,
        skill="email",
    )


def revise_request(draft: str, how: str) -> Request:
    """``how``: "rewrite", "shorten" or "proofread"."""
    task = {
        "rewrite": "Rewrite this email more clearly, keeping every fact.",
        "shorten": "Shorten this email to half its length, keeping every fact.",
        "proofread": "Fix spelling and grammar in this email; change nothing else.",
    }[how]
    return Request.chat(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"{task}\n\n{draft}"}],
        max_tokens=400,
        temperature=0.2,
        skill=f"email_{how}",
    )


def template_draft(facts: EmailFacts, tone: str) -> str:
    """A plain draft with no model: always correct, never creative."""
    hello = "Hi" if tone in ("friendly", "warm", "concise") else "Hello"
    name = facts.recipient.split()[0] if facts.recipient else "there"
    lines = [f"{hello} {name},", ""]
    if facts.old_time and facts.new_time:
        lines.append(f"Could we move our {facts.old_time} meeting to {facts.new_time}? Sorry for the change.")
    elif facts.new_time:
        lines.append(f"{facts.purpose} ({facts.new_time}).")
    else:
        lines.append(f"{facts.purpose}.")
    for p in facts.points:
        lines.append(f"Also, {p}.")
    lines += ["", "Thanks," if tone != "warm" else "Warm wishes,", ""]
    return "\n".join(lines)


_PLACEHOLDER = re.compile(r"\[(?:recipient(?:'s)?(?: name)?|name|their name|recipient name)\]", re.I)
_SENDER = re.compile(r"\[(?:your name|sender(?:'s)? name|my name)\]", re.I)


def fill_placeholders(text: str, facts: EmailFacts, sender: str = "") -> str:
    """Small models write "Dear [Recipient's Name]": put the facts the user confirmed there."""
    if facts.recipient:
        text = _PLACEHOLDER.sub(facts.recipient.split()[0], text)
    if sender:
        text = _SENDER.sub(sender, text)
    else:
        text = re.sub(r"\n?[ \t]*" + _SENDER.pattern + r"[ \t]*", "", text, flags=re.I)
    return text


NO_MODEL_NOTE = "No model is loaded: this is a plain template draft."


@dataclass
class Draft:
    """A finished draft: placeholders filled from the facts; ``note`` says when it is a template."""

    text: str
    from_model: bool
    note: str = ""


def _finish(res: Result, facts: EmailFacts, sender: str) -> Draft | Result:
    if not res.ok:
        return res  # failed or stopped: the caller keeps what the user had
    return Draft(fill_placeholders(res.text, facts, sender), True)


def draft(
    generator: Generator | None,
    facts: EmailFacts,
    tone: str,
    length: str,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
    *,
    sender: str = "",
) -> Draft | Result:
    """Draft from the checked facts: streamed from the model, or a template without one."""
    if generator is None:
        return Draft(template_draft(facts, tone), False, NO_MODEL_NOTE)
    res = generator.generate(draft_request(facts, tone, length), on_token=on_token, cancel=cancel)
    return _finish(res, facts, sender)


def revise(
    generator: Generator | None,
    text: str,
    how: str,
    facts: EmailFacts,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
    *,
    sender: str = "",
) -> Draft | Result:
    """Rewrite, shorten or proofread a draft; without a model the draft stays as it is."""
    if generator is None:
        return Draft(text, False, "No model is loaded, so the draft was left as it is.")
    res = generator.generate(revise_request(text, how), on_token=on_token, cancel=cancel)
    return _finish(res, facts, sender)
