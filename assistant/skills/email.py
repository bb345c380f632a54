"""Email and message drafts: facts first (shown for editing), then a checked draft.

Facts are pulled from the request by rules (names, times, "mention …"; for a
reply, from the pasted email too), so the user sees and fixes them *before*
anything is written.  The model drafts the body from the confirmed facts; the
greeting and sign-off are ours (a small model signs as the recipient).  Every
draft is checked (:mod:`assistant.skills.factcheck`); one that fails is
regenerated once with a new seed, then replaced by the template draft of its
kind, which is correct on its own, with a note saying why.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from assistant.llm.base import Engine, Outcome, Request, Result, TokenCallback
from assistant.skills.dates import find_due
from assistant.skills.factcheck import CheckResult, Fact, check_draft

log = logging.getLogger("daybreak.email")

TONES = ("friendly", "professional", "concise", "warm")
LENGTHS = {
    "≤ 3 sentences": "at most 3 sentences",
    "short": "one short paragraph (at most 5 sentences)",
    "detailed": "two short paragraphs (at most 10 sentences)",
}
KINDS = ("email", "reschedule", "follow-up", "thank-you", "birthday", "apology", "decline", "accept", "reply")
TEMPLATES = {
    "reschedule": "Reschedule my meeting with NAME from OLD TIME to NEW TIME, polite",
    "follow-up": "Follow up with NAME on our conversation about TOPIC",
    "thank-you": "Thank NAME for TOPIC",
    "birthday": "Birthday message for NAME",
    "apology": "Apologise to NAME for TOPIC",
    "decline": "Decline NAME's invitation to EVENT",
    "accept": "Accept NAME's invitation to EVENT",
}

SYSTEM = (
    "You write the body of a short email for the user. Use only the facts given; never add names, "
    "dates, times, amounts or promises. No greeting line, no sign-off, no placeholders in brackets."
)


@dataclass
class ActionLine:
    owner: str
    task: str
    due: str = ""


@dataclass
class EmailFacts:
    """What a draft must say; every field is editable in the pane before drafting."""

    recipient: str = ""
    purpose: str = ""
    old_time: str = ""
    new_time: str = ""
    points: list[str] = field(default_factory=list)
    kind: str = "email"
    topic: str = ""
    sender: str = ""
    questions: list[str] = field(default_factory=list)  # from a pasted email (shown, for a reply)
    decisions: list[str] = field(default_factory=list)  # a follow-up after a meeting
    actions: list[ActionLine] = field(default_factory=list)
    source: str = ""  # the pasted email a reply answers

    def as_text(self) -> str:
        parts = [
            f"Kind: {self.kind}",
            f"Recipient: {self.recipient or 'unknown'}",
            f"Purpose: {self.purpose}",
        ]
        if self.topic:
            parts.append(f"Topic: {self.topic}")
        if self.old_time:
            parts.append(f"Original time: {self.old_time}")
        if self.new_time:
            parts.append(f"{'New time' if self.old_time else 'When'}: {self.new_time}")
        parts += [f"Mention: {p}" for p in self.points]
        parts += [f"Their question: {q}" for q in self.questions]
        parts += [f"Decision: {d}" for d in self.decisions]
        parts += [f"Action: {a.owner}: {a.task}" + (f" (due {a.due})" if a.due else "") for a in self.actions]
        return "\n".join(parts)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def required(self) -> list[Fact]:
        """The facts a draft must carry, in the order the pane lists them."""
        out: list[Fact] = []
        if self.recipient:
            out.append(Fact("To", self.recipient, "name"))
        if self.topic and self.kind not in ("email", "reschedule", "reply", "birthday"):
            out.append(Fact("About", self.topic))
        if self.kind == "birthday":
            out.append(Fact("Occasion", "birthday"))
        if self.old_time:
            out.append(Fact("Original time", self.old_time, "time"))
        if self.new_time:
            out.append(Fact("New time" if self.old_time else "When", self.new_time, "time"))
        out += [Fact("Mention", p) for p in self.points]
        out += [Fact("Decision", d) for d in self.decisions]
        for a in self.actions:
            out += [Fact(f"Action ({a.owner})", a.task)]
        if self.sender:
            out.append(Fact("From", self.sender, "name"))
        return out

    def allowed_text(self, request: str = "") -> str:
        return "\n".join([request, self.as_text(), self.sender, self.source])


# -- facts from the request ---------------------------------------------------------

_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Aunt|Uncle|Grandpa|Grandma|Granny|Cousin)\.?\s+)"
_NAME = rf"{_TITLE}?[A-Z][\w'’\-]+(?:\s+(?!and\b)[A-Z][\w'’\-]+)?(?:\s+and\s+[A-Z][\w'’\-]+)?"
_NAME_AFTER = re.compile(
    r"\b(?i:with|to|for|email|tell|thank|ask|remind|decline|accept|wish|from|note to|message to|"
    r"message for|sorry to|apologi[sz]e to)\s+(?:(?i:my|our|the)\s+(?:[a-z]+\s+){0,2})?"
    rf"(?P<name>{_NAME})"
)
_POINTS = re.compile(
    r"\b(?:mention|say|note|add|remind (?:him|her|them)|tell (?:him|her|them))\s+(?:that\s+)?(?P<p>[^,.;]+)",
    re.I,
)
_DATE = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)"
)
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?![a-z])|\d{1,2}:\d{2}|noon"
_TIME_PHRASE = re.compile(
    rf"\b(?:my\s+)?(?P<t>(?:next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+at\s+(?:{_CLOCK}))?|"
    rf"tomorrow(?:\s+at\s+(?:{_CLOCK}))?|today|tonight|this morning|(?:{_DATE})|{_CLOCK})",
    re.I,
)
_NOT_A_NAME = {
    "I", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "AM", "PM",
    "Reply", "Yes", "No",
}  # fmt: skip
_PAST = re.compile(r"\b(?:last (?:night|week|weekend|time)|yesterday|this morning|earlier today)\b", re.I)

_KIND_RULES = (
    ("reply", re.compile(r"^\s*reply\b", re.I)),
    ("thank-you", re.compile(r"^\s*(?:thank|say thanks)", re.I)),
    ("reschedule", re.compile(r"\b(?:reschedul|move|push|postpone|shift)\w*", re.I)),
    ("birthday", re.compile(r"\bbirthday\b", re.I)),
    ("apology", re.compile(r"\b(?:apologi[sz]e|say sorry|sorry)\b", re.I)),
    ("decline", re.compile(r"\bdecline\b|\bturn down\b|\bsay no to\b", re.I)),
    ("accept", re.compile(r"\baccept\b|\bsay yes to\b", re.I)),
    ("follow-up", re.compile(r"\bfollow[- ]?up\b", re.I)),
)
_TOPIC_RULES = {
    "thank-you": re.compile(r"\bfor\s+(?:the\s+)?(?P<t>[^,;]+)", re.I),
    "apology": re.compile(r"\bfor\s+(?P<t>[^,;]+)", re.I),
    "decline": re.compile(
        r"(?:invitation|invite|offer)\s+(?:to\s+(?:join\s+|speak at\s+)?(?:the\s+|her\s+|his\s+)?)?"
        r"(?P<t>[^,;]+)|\bthe\s+(?P<t2>[\w\s]+?)\s+(?:invitation|invite)",
        re.I,
    ),
    "follow-up": re.compile(
        r"\b(?:about|on|after)\s+(?:our\s+conversation\s+about\s+)?(?:the\s+)?(?P<t>[^,;]+)", re.I
    ),
}
_TOPIC_RULES["accept"] = _TOPIC_RULES["decline"]


def detect_kind(request: str) -> str:
    for kind, rx in _KIND_RULES:
        if rx.search(request):
            return kind
    return "email"


def _clean_topic(topic: str) -> str:
    """Drop time phrases and a dangling "on"/"at" from "the product launch on Thursday"."""
    t = _TIME_PHRASE.sub("", topic)
    t = re.sub(r"\b(?:from|with)\s+[A-Z]\w+(?:\s+and\s+[A-Z]\w+)?", "", t)
    t = re.sub(r"\s+(?:on|at|by|for|from|with|to)\s*$", "", t.strip())
    return " ".join(t.split()).strip(" .")


def _name(text: str) -> str:
    for m in _NAME_AFTER.finditer(text):
        name = re.sub(r"['’]s$", "", m.group("name"))
        if name.split()[0] not in _NOT_A_NAME:
            return name
    return ""


def extract_facts(
    request: str, today: date, kind: str | None = None, sender: str | None = None
) -> EmailFacts:
    """Rules pull the facts out of "reschedule my 10 AM with Sarah to tomorrow…"."""
    text = " ".join(request.split())
    facts = EmailFacts(purpose=text.split(",")[0][:120], kind=kind or detect_kind(text), sender=sender or "")
    facts.recipient = _name(text)
    times = [m.group("t") for m in _TIME_PHRASE.finditer(text)]
    if facts.kind == "reschedule" and times:
        facts.old_time = times[0]
        facts.new_time = times[1] if len(times) > 1 else ""
        due = find_due(text, today)
        if not facts.new_time and due is not None:
            facts.new_time = due.phrase
    elif times:
        facts.new_time = " ".join(t for t in times if not _PAST.fullmatch(t))
    facts.points = [m.group("p").strip() for m in _POINTS.finditer(text)][:5]
    rule = _TOPIC_RULES.get(facts.kind)
    if rule is not None and (m := rule.search(text)):
        facts.topic = _clean_topic(m.group("t") or m.groupdict().get("t2") or "")
    if facts.kind == "reschedule" and not facts.topic:
        m = re.search(r"\b(meeting|call|standup|lunch|coffee|review|appointment|dinner)\b", text, re.I)
        facts.topic = m.group(1) if m else "meeting"
    return facts


_SIGNATURE = re.compile(r"^(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*$")
_REPLY_VERB = re.compile(r"^\s*reply(?:\s*:\s*|\s+(?:and\s+|to\s+|saying\s+|that\s+|with\s+)*)", re.I)


def reply_facts(email_text: str, request: str, today: date, sender: str | None = None) -> EmailFacts:
    """Facts for a reply: who wrote the pasted email, its questions, and what the user wants said."""
    lines = [ln.strip() for ln in email_text.strip().splitlines() if ln.strip()]
    author = ""
    for ln in reversed(lines[-3:]):
        if (m := _SIGNATURE.match(ln)) and m.group("name").split()[0] not in _NOT_A_NAME:
            author = m.group("name")
            break
    body = " ".join(lines[1:] if lines and re.match(r"^(?:hi|hello|dear|hey)\b", lines[0], re.I) else lines)
    # Split on sentence ends once (linear): a "[^.!?]*\?" search rescans the rest of a
    # long body without a "?" from every position (quadratic: 2 s for 20 KB).
    pieces = re.split(r"([.!?])", body)
    questions = [
        q.strip() + "?"
        for q, end in zip(pieces[::2], pieces[1::2], strict=False)
        if end == "?" and len(q.split()) > 2
    ][:4]
    facts = extract_facts(request, today, kind="reply", sender=sender)
    facts.recipient = author or facts.recipient
    answer = reply_answer(_POINTS.sub("", request))
    facts.points = ([answer] if answer else []) + facts.points
    m = re.search(r"\b(?:about|for|on)\s+the\s+([a-z][\w\s\-]{3,40}?)(?:[?.,]| on | at )", body)
    facts.topic = m.group(1).strip() if m else ""
    if facts.topic and (t := re.search(rf"{re.escape(facts.topic)}\s+((?:on|at)\s+[^?.,]+)", body)):
        facts.topic += " " + t.group(1).strip()
    facts.questions = questions
    facts.source = email_text.strip()
    facts.purpose = f"Reply to {author or 'the email'}"
    return facts


_CLAUSES = (
    (re.compile(r"^(?:yes|no)\b.*\bquestion$", re.I), lambda m: m.group(0).split()[0].capitalize()),
    (re.compile(r"^suggest\s+(.+?)(?:\s+instead)?$", re.I), lambda m: f"Could we do {m.group(1)} instead?"),
    (re.compile(r"^confirm\s+(?:that\s+)?(.+)$", re.I), lambda m: f"I can confirm {m.group(1)}"),
    (re.compile(r"^thank (?:her|him|them)$", re.I), lambda m: "Thank you"),
    (re.compile(r"^(?:say(?:ing)?|tell (?:him|her|them))\s+(?:that\s+)?(.+)$", re.I), lambda m: m.group(1)),
)


def reply_answer(request: str) -> str:
    """ "Reply saying I can't make it, suggest Thursday instead" -> "I can't make it. Could we do Thursday instead?" """
    # One space between words first: "\s+and$" and "\s+and\s+" would otherwise rescan a
    # long run of spaces from each of its positions (quadratic).
    text = " ".join(_REPLY_VERB.sub("", request).split()).rstrip(".,; ")
    text = re.sub(r"\s+and$", "", text)
    text = re.sub(r"\b(?:back )?to (?:him|her|them)\b", lambda m: m.group(0).rsplit(" ", 1)[0] + " you", text)
    out = []
    for clause in re.split(r",\s*|\s+and\s+(?=say|suggest|confirm|thank)", text):
        clause = clause.strip()
        for rx, fn in _CLAUSES:
            if m := rx.match(clause):
                clause = fn(m)
                break
        if clause:
            out.append(_sentence(clause) if not clause.endswith("?") else clause[:1].upper() + clause[1:])
    return " ".join(out)


def meeting_follow_up_facts(
    participants: list[str],
    decisions: list[str],
    actions: list[dict[str, Any]],
    sender: str | None = None,
    topic: str = "our meeting",
) -> EmailFacts:
    """Facts for a follow-up after a meeting (the Summaries pane hands these over)."""
    others = [p for p in participants if not sender or p.split()[0] != sender.split()[0]]
    return EmailFacts(
        recipient=" and ".join(others) if len(others) <= 2 else ", ".join(others[:-1]) + " and " + others[-1],
        purpose=f"Follow-up after {topic}",
        kind="follow-up",
        topic=topic,
        sender=sender or "",
        decisions=[d.strip() for d in decisions if d.strip()],
        actions=[
            ActionLine(str(a.get("owner") or "Someone"), str(a["task"]), str(a.get("due") or ""))
            for a in actions
        ],
    )


# -- drafting ---------------------------------------------------------------------------


def draft_request(facts: EmailFacts, tone: str, length: str, seed: int | None = None) -> Request:
    length_text = LENGTHS.get(length, length)
    return Request.chat(
        [
            {"role": "system", "content": SYSTEM},
            {
                "role": "user",
                "content": f"{facts.as_text()}\nTone: {tone}\nLength: {length_text}\n\nWrite the body.",
            },
        ],
        max_tokens=220 if length != "detailed" else 400,
        temperature=0.5,
        seed=seed if seed is not None else random.randrange(1, 2**31),
        use_cache=False,  # "Draft again" must give a different draft
        skill="email",
    )


def revise_request(draft: str, how: str, seed: int | None = None) -> Request:
    """``how``: "rewrite", "shorten" or "proofread"."""
    task = {
        "rewrite": "Rewrite this email more clearly, keeping every fact.",
        "shorten": "Shorten this email to half its length, keeping every fact.",
        "proofread": "Fix spelling and grammar in this email; change nothing else.",
    }[how]
    return Request.chat(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": f"{task}\n\n{draft}"}],
        max_tokens=400,
        temperature=0.3,
        seed=seed if seed is not None else random.randrange(1, 2**31),
        use_cache=False,
        skill=f"email_{how}",
    )


def greeting(facts: EmailFacts, tone: str) -> str:
    hello = "Dear" if tone == "professional" else "Hi"
    name = facts.recipient or "there"
    if tone != "professional" and not re.match(_TITLE, name):
        name = " and ".join(n.split()[0] for n in re.split(r"\s+and\s+", name))
    return f"{hello} {name},"


def sign_off(facts: EmailFacts, tone: str) -> str:
    word = {"warm": "Warm wishes,", "professional": "Best regards,"}.get(tone, "Thanks,")
    if facts.kind == "birthday":
        word = "Love," if tone == "warm" else "Cheers,"
    return word + (f"\n{facts.sender}" if facts.sender else "")


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def _mentions(points: list[str]) -> str:
    pts = [p.strip().rstrip(".") for p in points if p.strip()]
    if not pts:
        return ""
    joined = pts[0] if len(pts) == 1 else "; ".join(pts[:-1]) + "; and " + pts[-1]
    return f"Also, {joined[:1].lower() + joined[1:] if not joined.startswith('I') else joined}."


def template_body(facts: EmailFacts) -> list[str]:
    """Body sentences that are right by construction (at most three, a list counts as one)."""
    k, topic, when = facts.kind, facts.topic, facts.new_time
    at = (
        f" on {when}"
        if when and not when.lower().startswith(("today", "tonight", "tomorrow"))
        else (f" {when}" if when else "")
    )
    if facts.old_time and k in ("reschedule", "email"):
        thing = topic or "meeting"
        new = f" to {facts.new_time}" if facts.new_time else " to another time"
        first = f"Could we move our {facts.old_time} {thing}{new}? Sorry for the change."
    elif k == "thank-you":
        first = f"Thank you so much for {topic or 'your help'}{at}."
    elif k == "birthday":
        first = f"Happy birthday! I hope you have a wonderful day{at}."
    elif k == "apology":
        first = f"I'm sorry for {topic or 'the trouble'}{at}."
    elif k == "decline":
        first = f"Thank you for the invitation to {topic or 'the event'}{at}, but I'm afraid I can't make it."
    elif k == "accept":
        first = f"Thank you for the invitation to {topic or 'the event'}{at}; I'd be glad to come."
    elif k == "reply":
        first = reply_lead(facts)
        if facts.points:
            return [
                first,
                _sentence(facts.points[0]),
                *([_mentions(facts.points[1:])] if facts.points[1:] else []),
            ]
    elif k == "follow-up" and (facts.decisions or facts.actions):
        lines = [f"Thanks for {topic or 'the meeting'}; here is what we agreed."]
        lines += [f"- Decided: {d.rstrip('.')}" for d in facts.decisions]
        lines += [f"- {a.owner}: {a.task}" + (f" (by {a.due})" if a.due else "") for a in facts.actions]
        return lines
    elif k == "follow-up":
        first = f"I'm following up on {topic or 'our conversation'}{at}."
    else:
        first = plain_message(facts.purpose)
        if when and not normalise_in(when, first):
            first = first.rstrip(".?") + f" ({when})."
    out = [first]
    if facts.points:
        out.append(_mentions(facts.points))
    return out


_ASKS = (
    (re.compile(r"^(?i:email|message|write to|text)\s+[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?:to\s+)?"), ""),
    (re.compile(r"^(?i:ask)\s+(?:[A-Z][\w'’]+\s+)+(?:for|to send(?: me)?)\s+"), "ask for "),
    (re.compile(r"^(?i:remind|tell|let)\s+(?:[A-Z][\w'’]+\s+)+(?:know\s+)?(?:that\s+)?"), ""),
)


def plain_message(request: str) -> str:
    """ "Email Greg to ask for the floor plan by Wednesday" -> "Could you send me the floor plan by Wednesday?" """
    text = request.strip().rstrip(".")
    for rx, repl in _ASKS:
        text = rx.sub(repl, text, count=1)
    if m := re.match(r"ask for\s+(.+)$", text, re.I):
        return f"Could you send me {m.group(1)}?"
    if m := re.match(r"ask (?:if|whether)\s+(.+)$", text, re.I):
        return f"Could you let me know if {m.group(1)}?"
    if text == request.strip().rstrip("."):
        return f"I'm writing about this: {text[:1].lower() + text[1:]}."
    return _sentence(text)


def reply_lead(facts: EmailFacts) -> str:
    if facts.topic:
        return f"Thanks for your email about the {facts.topic}."
    if facts.questions:
        return f"Thanks for your question (“{facts.questions[0]}”)."
    return "Thanks for your email."


def normalise_in(needle: str, hay: str) -> bool:
    return needle.lower() in hay.lower()


def template_draft(facts: EmailFacts, tone: str) -> str:
    """A plain draft with no model: always correct, never creative."""
    return compose(facts, tone, "\n".join(template_body(facts)))


def compose(facts: EmailFacts, tone: str, body: str) -> str:
    return f"{greeting(facts, tone)}\n\n{body.strip()}\n\n{sign_off(facts, tone)}\n"


_MODEL_GREETING = re.compile(r"^\s*(?:hi|hello|dear|hey)\b[^\n]*\n+", re.I)
_MODEL_SIGN_OFF = re.compile(
    r"^\s*(?:best|thanks|thank you|many thanks|regards|kind regards|best regards|warm wishes|warmly|cheers|"
    r"sincerely|yours(?: truly| sincerely)?|love|all the best|take care)[ ,!.]*(?:[A-Z][\w'’\-]*\s*)?$",
    re.I,
)
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


def model_body(text: str, facts: EmailFacts) -> str:
    """The body the model wrote, without its own greeting and sign-off (ours replace them)."""
    t = fill_placeholders(text.strip(), facts, facts.sender)
    t = re.sub(r"^\s*(?:subject|body)\s*:[^\n]*\n+", "", t, flags=re.I)
    t = _MODEL_GREETING.sub("", t, count=1)
    lines = t.splitlines()
    for i, line in enumerate(lines):
        if _MODEL_SIGN_OFF.match(line):  # a sign-off line ends the body; what follows is a signature
            lines = lines[:i]
            break
    return "\n".join(lines).strip()


_clock = time.perf_counter  # replaced in tests

#: Seconds a person waits for a draft at most (model tries, check, template): a second
#: try is made only if the first took under half of this.
DRAFT_BUDGET_S = 10.0

NO_MODEL_NOTE = "No model is loaded: this is a plain template draft."


@dataclass
class DraftResult:
    """What the pane and the CLI show: the draft, where it came from, and its checked facts."""

    text: str
    source: str  # "model", "template" or "kept" (a revision that failed keeps the earlier text)
    check: CheckResult
    note: str = ""
    attempts: int = 0
    outcome: Outcome = Outcome.FINISHED
    ttft_s: float | None = None
    total_s: float = 0.0
    seeds: list[int] = field(default_factory=list)

    @property
    def from_model(self) -> bool:
        return self.source == "model"

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "source": self.source,
            "note": self.note,
            "attempts": self.attempts,
            "facts": self.check.as_list(),
            "passed": self.check.passed,
            "problems": [*self.check.problems, *(f"made up: {x}" for x in self.check.invented)],
            "ttft_s": self.ttft_s,
            "total_s": round(self.total_s, 3),
        }


def check(facts: EmailFacts, text: str, length: str, request: str = "") -> CheckResult:
    return check_draft(
        text,
        facts.required(),
        facts.allowed_text(request),
        length,
        request,
        past_event=bool(_PAST.search(request + " " + facts.topic)),
    )


def _template_result(facts: EmailFacts, tone: str, length: str, request: str, note: str) -> DraftResult:
    text = template_draft(facts, tone)
    res = check(facts, text, length, request)
    if not res.passed:  # only possible when the user's own facts overflow the length
        log.warning("template draft fails its own check: %s", res.reasons())
    return DraftResult(text, "template", res, note)


def draft(
    generator: Engine | None,
    facts: EmailFacts,
    tone: str = "friendly",
    length: str = "≤ 3 sentences",
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
    *,
    sender: str | None = None,
    request: str = "",
    seed: int | None = None,
) -> DraftResult | Result:
    """A checked draft: the model's (up to two tries, new seed each), else the template's.

    Only the first try streams to ``on_token``; the final text is ``result.text``.  A
    stopped call comes back as its :class:`Result` (the caller keeps what the user had).
    """
    if sender is not None:
        facts = replace(facts, sender=sender)
    if generator is None:
        return _template_result(facts, tone, length, request, NO_MODEL_NOTE)
    start = _clock()
    base = seed if seed is not None else random.randrange(1, 2**31)
    attempts: list[CheckResult] = []
    ttft: float | None = None
    seeds: list[int] = []
    for attempt in range(2):
        s = base + attempt * 7919
        seeds.append(s)
        req = draft_request(facts, tone, length, seed=s)
        if attempt:
            req = Request(**{**req.__dict__, "temperature": 0.8, "top_p": 0.95})
        res = generator.generate(req, on_token=on_token if attempt == 0 else None, cancel=cancel)
        if ttft is None:
            ttft = res.ttft_s
        if res.outcome is Outcome.CANCELLED:
            return res
        if not res.ok:
            note = f"The model failed ({res.error}), so this is the template draft."
            out = _template_result(facts, tone, length, request, note)
            out.attempts, out.ttft_s, out.seeds = attempt + 1, ttft, seeds
            out.total_s = _clock() - start
            return out
        body = model_body(res.text, facts)
        text = compose(facts, tone, body)
        result = check(facts, text, length, request)
        if result.passed:
            return DraftResult(text, "model", result, "", attempt + 1, ttft_s=ttft, seeds=seeds,
                               total_s=_clock() - start)  # fmt: skip
        log.info("draft try %d failed the fact check: %s", attempt + 1, result.reasons())
        attempts.append(result)
        if (_clock() - start) * 2 > DRAFT_BUDGET_S:
            break  # a second try as slow as the first would miss the budget: the template now
    note = (
        f"The model's draft failed the fact check ({attempts[-1].reasons()}), so this is the template draft."
    )
    out = _template_result(facts, tone, length, request, note)
    out.attempts, out.ttft_s, out.seeds = len(attempts), ttft, seeds
    out.total_s = _clock() - start
    return out


def revise(
    generator: Engine | None,
    text: str,
    how: str,
    facts: EmailFacts,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
    *,
    sender: str | None = None,
    tone: str = "friendly",
    length: str = "≤ 3 sentences",
    request: str = "",
) -> DraftResult:
    """Rewrite / shorten / proofread under the same check; a failing revision keeps ``text``."""
    if sender is not None:
        facts = replace(facts, sender=sender)
    before = check(facts, text, length, request)
    if generator is None:
        return DraftResult(text, "kept", before, "No model is loaded: the draft is unchanged.")
    res = generator.generate(revise_request(text, how), on_token=on_token, cancel=cancel)
    if res.outcome is Outcome.CANCELLED:
        return DraftResult(text, "kept", before, "Stopped; the draft is unchanged.", 1, Outcome.CANCELLED)
    if not res.ok:
        return DraftResult(
            text, "kept", before, f"The model failed ({res.error}); the draft is unchanged.", 1
        )
    new = compose(facts, tone, model_body(res.text, facts))
    after = check(facts, new, length if how != "shorten" else "detailed", request)
    from assistant.skills.factcheck import count_sentences

    if how == "shorten" and after.passed and len(new) >= len(text):
        after.problems.append("it was not shorter")
    if not after.passed:
        note = f"The {how} failed the fact check ({after.reasons()}); the draft is unchanged."
        return DraftResult(text, "kept", before, note, 1, ttft_s=res.ttft_s, total_s=res.total_s)
    log.debug("revised draft: %d sentences", count_sentences(new))
    return DraftResult(new, "model", after, "", 1, ttft_s=res.ttft_s, total_s=res.total_s)


#: The name the panes and use-case tests know a finished draft by.
Draft = DraftResult
