"""Resolving due phrases ("by Friday", "EOD", "next week", "Dec 3") to real dates.

Everything is relative to a base date (the meeting date, or today for quick-add),
so the same transcript always resolves the same way.

Conventions (documented in the README):
- a bare weekday ("Friday", "by Friday") is the next such day *after* the base
  date (said on a Friday, it means a week later);
- "next Friday" is the Friday of the following week;
- "this week"/"end of the week" is this week's Friday; "next week" is next Monday;
- "end of the month" is its last day; "next month" the 1st of the next month;
- "this weekend" is its Sunday; "end of/mid/early January" the 31st/15th/10th; "Q1" March 31.
"""

from __future__ import annotations

import calendar
import email.utils
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice

WEEKDAYS = {
    "mon": 0,
    "monday": 0,
    "tue": 1,
    "tues": 1,
    "tuesday": 1,
    "wed": 2,
    "weds": 2,
    "wednesday": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursday": 3,
    "fri": 4,
    "friday": 4,
    "sat": 5,
    "saturday": 5,
    "sun": 6,
    "sunday": 6,
}
MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple": 2,
    "a couple of": 2,
    "a few": 3,
    "few": 3,
}

_WD = r"(?P<wd>mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
#: Days of the month said as ordinals: "the twentieth", "the twenty-first", "the thirty first".
_UNITS_ORD = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_DAY = {
    w: n
    for n, w in enumerate(
        _UNITS_ORD
        + "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth".split()
        + "seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
}
_ORDINAL_DAY.update({f"twenty {w}": 20 + n for n, w in enumerate(_UNITS_ORD, start=1)})
_ORDINAL_DAY.update({"thirtieth": 30, "thirty first": 31})
_ORDINAL_WORDS = "|".join(sorted((w.replace(" ", r"[\s-]") for w in _ORDINAL_DAY), key=len, reverse=True))
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NUM = r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)"

# Order matters: more specific first.
#: Words that may follow a date without the date naming a thing ("by Q3 at the latest").
_AFTER_A_DATE = (
    "by|or|and|at|in|is|was|will|would|latest|if|so|but|then|as|for|to|the|with|when|we|i|you|it|this|"
    "that|on|from|until|because|since|unless|which|where|please|hopefully|maybe|probably|too|already|"
    "anyway|right|ok|okay|yeah|yes|no|not|are|were|be|has|have|had|can|could|should|shall|might|must|"
    "also|again|still|now|only|just|ideally|latest|earliest|deadline|end|instead|either|though|after|before"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")),
    (
        "mon_day",
        re.compile(rf"\b{_MON}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>20\d\d))?", re.I),
    ),
    (
        "day_mon",
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b(?:,?\s+(?P<y>20\d\d))?", re.I),
    ),
    # "by the end of January", "mid-January", "early February": the end, the 15th, the 10th
    (
        "month_part",
        re.compile(
            rf"\b(?P<part>end|middle|mid|beginning|start|early|late)(?:\s+of|-|\s+)?\s*{_MON}\b(?:,?\s+(?P<y>20\d\d))?",
            re.I,
        ),
    ),
    # "by Q1", "end of Q3 2027": the quarter's last day; not "the Q3 launch plan", "our Q1
    # goals": a quarter followed by a word other than a function word names a thing
    (
        "quarter",
        re.compile(
            r"\b(?:end\s+of\s+)?Q(?P<q>[1-4])\b(?:\s+(?P<y>20\d\d))?"
            rf"(?!\s+(?!(?:{_AFTER_A_DATE})\b)[a-z]+\b)"
        ),
    ),
    # (not "a placeholder of 1.5/2": a ratio)
    ("slash", re.compile(r"(?<![\d/])(?<!\d[.,])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2,4}))?(?![\d/])")),
    # "before Christmas", "by New Year": fixed dates people plan by (Christmas Eve first)
    ("christmas_eve", re.compile(r"\b(?:christmas|xmas)\s+eve\b", re.I)),
    (
        "christmas",
        re.compile(
            r"\b(?:the\s+)?(?:christmas|xmas)\b(?!\s+(?:party|card|cards|tree|gift|gifts|dinner|lunch))", re.I
        ),
    ),
    ("new_years_eve", re.compile(r"\bnew\s+year(?:['’]?s)?\s+eve\b", re.I)),
    (
        "new_year",
        re.compile(r"\b(?:the\s+)?new\s+year(?:['’]?s)?(?:\s+day)?\b(?!\s+(?:party|resolutions?))", re.I),
    ),
    # "on Monday 14th", "Monday the 14th": the day of the month says which Monday
    (
        "the_nth",
        re.compile(rf"\b{_WD},?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b", re.I),
    ),
    ("day_after_tomorrow", re.compile(r"\bday after tomorrow\b", re.I)),
    ("tomorrow", re.compile(r"\b(?:tomorrow|tmrw|tmr|tomorow)\b", re.I)),
    ("end_next_week", re.compile(r"\bend of next week\b", re.I)),
    ("next_wd", re.compile(rf"\bnext\s+{_WD}\b", re.I)),
    ("this_wd", re.compile(rf"\b(?:this|coming|this coming)\s+{_WD}\b", re.I)),
    ("wd", re.compile(rf"\b{_WD}\b(?!\s*[:-]\s*\d)", re.I)),
    (
        "eod",
        re.compile(
            r"\b(?:today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day|eod|cob|close of business|close of play|end of business|by the end of today|"
            # "I'll open the PR by lunch": today
            r"(?:(?<=by\s)|(?<=before\s))lunch(?:time)?)\b",
            re.I,
        ),
    ),
    (
        "eow",
        re.compile(r"\b(?:end of (?:the |this )?week|eow|this week|later this week|by the weekend)\b", re.I),
    ),
    # "I'll start it this weekend": done by Sunday; "next weekend" is a week later.
    ("weekend", re.compile(r"\b(?P<next>next|this|over the|during the|on the)\s+weekend\b", re.I)),
    ("next_week", re.compile(r"\b(?:next week|early next week|beginning of next week)\b", re.I)),
    ("eom", re.compile(r"\b(?:end of (?:the |this )?month|eom|this month)\b", re.I)),
    ("next_month", re.compile(r"\bnext month\b", re.I)),
    (
        "in_n",
        # (not "…anything that hasn't been touched in 6 months": how long it has been, no date)
        re.compile(
            rf"(?<!\bbeen\s)(?<!\btouched\s)(?<!\bupdated\s)(?<!\bused\s)(?<!\bseen\s)(?<!\bchanged\s)"
            rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_NUM}\s+(?P<unit>days?|weeks?|months?)\b",
            re.I,
        ),
    ),
    ("n_from_now", re.compile(rf"\b{_NUM}\s+(?P<unit>days?|weeks?)\s+from\s+(?:now|today)\b", re.I)),
    ("the_nth", re.compile(r"\b(?:by|on|before|until|due)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", re.I)),
    # "by the twentieth", "on the twenty-first" (as said, and as captions write it)
    (
        "the_nth",
        re.compile(
            rf"\b(?:by|on|before|until|due)\s+the\s+(?P<w>{_ORDINAL_WORDS})(?![\w-])"
            # (not "by the first draft", "the fifth of May": an ordinal before its noun)
            r"(?=\s*(?:[,.;:!?)]|$|\s(?:at|so|and|or|but|then|please|latest|if|because|when|since)\b))",
            re.I,
        ),
    ),
]

_TIME = re.compile(
    r"\b(?:at\s+)?(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?!\w)"
    r"|\bat\s+(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\b"
    r"|\b(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)\b"
    r"|\b(?P<word>noon|midday|midnight|this morning|tomorrow morning|in the morning|this afternoon|"
    r"tomorrow afternoon|in the afternoon|this evening|tomorrow evening|in the evening|tonight|"
    r"eod|end of (?:the )?day|cob|close of business)\b",
    re.I,
)
_TIME_WORDS = {
    "noon": time(12),
    "midday": time(12),
    "midnight": time(23, 59),
    "morning": time(9),
    "afternoon": time(14),
    "evening": time(18),
    "tonight": time(20),
    "eod": time(17),
    "end of day": time(17),
    "end of the day": time(17),
    "cob": time(17),
    "close of business": time(17),
}


@dataclass(frozen=True)
class DueMatch:
    day: date
    start: int
    end: int
    phrase: str


def _number(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower()).strip()
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w, NUMBERS.get(w.replace("a ", "").replace(" of", ""), 1))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_day(base: date, month: int, day: int, year: str | None) -> date | None:
    if year:
        y = int(year)
        return _safe_date(y + 2000 if y < 100 else y, month, day)
    found = _safe_date(base.year, month, day)
    # A date without a year that already passed means next year's.
    if found is not None and found < base - timedelta(days=31):
        found = _safe_date(base.year + 1, month, day)
    return found


def _resolve(kind: str, m: re.Match[str], base: date) -> date | None:
    g = m.groupdict()
    if kind == "iso":
        return _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind in ("mon_day", "day_mon"):
        return _month_day(base, MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]), g.get("y"))
    if kind == "slash":
        month, day = int(g["m"]), int(g["d"])
        if month > 12 >= day:  # 25/12: clearly day/month
            month, day = day, month
        return _month_day(base, month, day, g.get("y"))
    if kind == "christmas_eve":
        return _month_day(base, 12, 24, None)
    if kind == "christmas":
        return _month_day(base, 12, 25, None)
    if kind == "new_years_eve":
        return _month_day(base, 12, 31, None)
    if kind == "new_year":
        return _month_day(base, 1, 1, None)
    if kind == "day_after_tomorrow":
        return base + timedelta(days=2)
    if kind == "tomorrow":
        return base + timedelta(days=1)
    if kind == "end_next_week":
        return base + timedelta(days=7 - base.weekday() + 4)
    if kind == "next_wd":
        monday_next = base + timedelta(days=7 - base.weekday())
        return monday_next + timedelta(days=WEEKDAYS[g["wd"].lower()])
    if kind in ("this_wd", "wd"):
        ahead = (WEEKDAYS[g["wd"].lower()] - base.weekday()) % 7
        return base + timedelta(days=ahead or 7)
    if kind == "eod":
        return base
    if kind == "eow":
        ahead = (4 - base.weekday()) % 7
        return base + timedelta(days=ahead)
    if kind == "month_part":
        if g["mon"] == "may" or g["mon"] == "mar":
            return None  # "we could start may be…": a verb, not the month (May is written so)
        month = MONTHS[g["mon"].lower().rstrip(".")]
        part = g["part"].lower()
        # Which year first (a month already past is next year's), then which day of it.
        first = _month_day(base, month, 1, g.get("y"))
        if first is None:
            return None
        last = calendar.monthrange(first.year, month)[1]
        return first.replace(
            day={"end": last, "late": last, "middle": 15, "mid": 15, "early": 10}.get(part, 1)
        )
    if kind == "quarter":
        year = int(g["y"]) if g.get("y") else base.year
        q = int(g["q"])
        end = date(year, q * 3, calendar.monthrange(year, q * 3)[1])
        return (
            end
            if g.get("y") or end >= base
            else date(year + 1, q * 3, calendar.monthrange(year + 1, q * 3)[1])
        )
    if kind == "weekend":
        sunday = base + timedelta(days=6 - base.weekday())
        return sunday + timedelta(days=7 if g["next"].lower() == "next" else 0)
    if kind == "next_week":
        return base + timedelta(days=7 - base.weekday())
    if kind == "eom":
        return date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
    if kind == "next_month":
        return date(base.year + base.month // 12, base.month % 12 + 1, 1)
    if kind in ("in_n", "n_from_now"):
        n = _number(g["n"])
        unit = g["unit"].lower()
        if unit.startswith("day"):
            return base + timedelta(days=n)
        if unit.startswith("week"):
            return base + timedelta(weeks=n)
        month = base.month - 1 + n
        y, mo = base.year + month // 12, month % 12 + 1
        return date(y, mo, min(base.day, calendar.monthrange(y, mo)[1]))
    if kind == "the_nth":
        d = int(g["d"]) if g.get("d") else _ORDINAL_DAY[re.sub(r"[\s-]+", " ", g["w"].lower())]
        found = _safe_date(base.year, base.month, d)
        if found is None or found < base:
            y, mo = (base.year + 1, 1) if base.month == 12 else (base.year, base.month + 1)
            found = _safe_date(y, mo, d)
        return found
    return None


#: Right before a date phrase: "not this week", "but not on Friday", "can't by Monday" (not
#: "not later than Friday", which is a deadline).
_NOT_THEN = re.compile(r"(?:\bnot|n['’]t)\s+(?:(?:on|by|before)\s+)?$", re.I)


@functools.lru_cache(maxsize=512)
def find_due(text: str, base: date) -> DueMatch | None:
    """The first date phrase in ``text`` (most specific kind wins), resolved against ``base``.

    Cached: the cue scanner asks about the same sentence once per candidate in it, and a
    crafted 2,000-character sentence holding hundreds of "I'll" made that quadratic
    (10 KB of "I'll " took 29 s); the result is immutable, so sharing it is safe.
    """
    # "the review is on the 14th, so please have the demo ready by the 10th": a date said as
    # the deadline ("by", "before", "until") is the task's over one said of something else in
    # the same sentence (a text put together latest-first says its date first); among the
    # first few only: a long text's thousands of dates are not all read
    first = None
    dues = list(islice(_dates_in(text, base), 8))
    # (the kinds come most specific first: "this week" may be said before "by the end of February")
    earliest = min(dues, key=lambda d: d.start, default=None)
    for due in dues:
        if (
            earliest is not None
            and earliest.end <= due.start
            and _NEW_SUBJECT.search(text, earliest.end, due.start)
            and not _SENTENCE_END.search(text, earliest.end, due.start)
        ):
            continue  # "I will send the assignments this week and the reviews are due by…"
        if first is not None and _SENTENCE_END.search(
            text, min(first.end, due.end), max(first.start, due.start)
        ):
            continue
        if first is not None and first.end <= due.start and _NEW_SUBJECT.search(text, first.end, due.start):
            continue  # "I can call them this afternoon, we need it installed before the 15th": another's date
        if _BY.match(due.phrase) or _BY_THEN.search(text, max(0, due.start - 24), due.start):
            return due
        first = first or due
    return first


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: A clause with a subject of its own: ", we need it installed…" ("…, so please have it…" has none).
_NEW_SUBJECT = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:we|they|he|she|it|you)\s+(?!all\b|both\b)[a-z'’]+|"
    # "I will send the assignments this week and the reviews are due by the end of February"
    r"\band\s+(?:the|all|our|their|your)\s+(?:[\w-]+\s+){1,2}(?:is|are|will\s+be)\s+(?:due|expected)\b",
    re.I,
)


#: Right before a date said as a deadline: "by the 10th", "no later than Friday".
_BY = re.compile(r"(?:by|before|until|till)\b", re.I)
_BY_THEN = re.compile(r"\b(?:by|before|until|till|latest|later\s+than)\s+(?:the\s+)?$", re.I)


def _dates_in(text: str, base: date) -> Iterator[DueMatch]:
    """The date phrases of ``text``, most specific kind first, each kind in text order."""
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if (
                kind == "wd"
                and m.group("wd").lower() in ("sat", "sun", "mon", "wed")
                and m.group(0).islower()
                and len(m.group(0)) == 3
            ):
                continue  # "sat", "sun", "wed" are ordinary words in lower case
            if (
                kind == "eod"
                and m.group(0).lower() == "today"
                and re.search(r"\b(?:earlier|said)\s+today", text[max(0, m.start() - 12) : m.end()], re.I)
            ):
                continue
            if _NOT_THEN.search(text, max(0, m.start() - 24), m.start()):
                continue  # "I can send a PR, but not this week": the day it will not be
            try:
                resolved = _resolve(kind, m, base)
            except (OverflowError, ValueError):
                # "tomorrow" said on 9999-12-31, "in 5000 years": no date to give, so none.
                continue
            if resolved is not None:
                yield DueMatch(resolved, m.start(), m.end(), m.group(0))


def find_time(text: str) -> tuple[time, int, int] | None:
    m = _TIME.search(text)
    if not m:
        return None
    g = m.groupdict()
    if g["word"]:
        w = g["word"].lower()
        key = next((k for k in _TIME_WORDS if w.endswith(k)), w)
        return _TIME_WORDS.get(key, time(9)), m.start(), m.end()
    h = int(g["h"] or g["h2"] or g["h3"])
    mi = int(g["mi"] or g["mi2"] or g["mi3"] or 0)
    ap = (g["ap"] or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    return time(h, mi), m.start(), m.end()


_LEAD_PREPOSITION = re.compile(
    r"\s*\b(?:by|on|before|until|due|at|for|this|next|around|no later than|first thing(?: on)?|later)\s*$",
    re.I,
)
#: The part of the day or the hour said after a day ("tomorrow morning", "Monday at 3pm"):
#: part of the due phrase, not of the task.
_TRAILING_TIME = re.compile(
    r"^\s*(?:(?:in the )?(?:morning|afternoon|evening|night)|noon|midday|eod|cob|end\s+of\s+(?:the\s+)?day|at (?:noon|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?))"
    r"(?![\w-])",
    re.I,
)


def strip_span(text: str, start: int, end: int) -> str:
    """Remove ``text[start:end]`` and a dangling preposition before it ("by", "on"…)."""
    head = _LEAD_PREPOSITION.sub("", text[:start])
    out = f"{head} {_TRAILING_TIME.sub('', text[end:])}"
    # "(All, due end of January)" -> "(All)"; "(by Friday)" -> nothing
    out = re.sub(r"\(\s*\)", "", re.sub(r"\s*[,;]\s*\)", ")", out))
    return re.sub(r"\s{2,}", " ", out).strip(" ,;-–—")


def parse_quick_add(text: str, now: datetime) -> tuple[str, str | None]:
    """Split "call mom tomorrow 5pm" into ("call mom", "YYYY-MM-DDT17:00").

    Returns the title and an ISO due (date, or date + time when a time was given).
    """
    title = " ".join(text.split())
    due_day: date | None = None
    due_time: time | None = None
    match = find_due(title, now.date())
    # ("next Monday noon": stripping the day takes its time of day with it)
    with_day = find_time(title[match.end :]) if match else None
    if match:
        due_day = match.day
        title = strip_span(title, match.start, match.end)
    found = find_time(title)
    if found is None and with_day is not None:
        due_time = with_day[0]
    if found:
        due_time, start, end = found
        title = strip_span(title, start, end)
        if due_day is None:
            # "call mom 5pm": today, or tomorrow if that time has passed.
            due_day = now.date()
            if datetime.combine(due_day, due_time) <= now:
                due_day += timedelta(days=1)
    if due_day is None:
        return title, None
    if due_time is None:
        return title, due_day.isoformat()
    return title, datetime.combine(due_day, due_time).isoformat(timespec="minutes")


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
# MeetBot: "Meeting started Tue Dec  1 19:00:03 2026 UTC."
# irssi: "--- Log opened Tue Nov 24 16:00:00 2026", "--- Day changed Wed Nov 25 2026"
_MEETBOT_START = re.compile(
    r"(?:Meeting started|^-{2,3} Log opened|^-{2,3} Day changed) \w{3} (?P<mon>\w{3})\s+(?P<day>\d{1,2})"
    r"(?: [\d:]+)? (?P<year>\d{4})"
)
_ISO_DAY = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?![\d-])")
_DATE_LABEL = re.compile(r"^\W*(?:date|meeting date|held on)\s*[:\-–]\s*(?P<rest>.{4,40})", re.I)


def stated_date(text: str) -> date | None:
    """The date a transcript states about itself near its top: MeetBot's "Meeting started"
    line, a "Date:" label, or an ISO date in the first lines (a title, a log's timestamps).
    None when it states none; then "by Friday" is read from today."""
    lines = text[:8000].splitlines()[:40]
    first = next((k for k, x in enumerate(lines) if x.strip()), 0)
    for n, line in enumerate(lines):
        found = _MEETBOT_START.search(line)
        if found and found.group("mon").lower() in _MONTHS:
            return _safe_date(
                int(found.group("year")), _MONTHS[found.group("mon").lower()], int(found.group("day"))
            )
        label = _DATE_LABEL.match(line)
        if label:
            rest = label.group("rest")
            iso = _ISO_DAY.search(rest)
            if iso:
                return _safe_date(int(iso.group("year")), int(iso.group("mon")), int(iso.group("day")))
            try:  # an email's header: "Date: Mon, 30 Nov 2026 10:14:00 +0100"
                return email.utils.parsedate_to_datetime(rest.strip()).date()
            except (TypeError, ValueError, IndexError):
                pass
            said = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", rest.strip(" .")).replace("Sept ", "Sep ")
            # "December 3, 2026", "Dec 3, 2026", "3 December 2026", "Thursday, Dec 3, 2026"
            for form in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%A, %B %d, %Y", "%a, %b %d, %Y"):
                try:
                    return datetime.strptime(said, form).date()
                except ValueError:
                    continue
        if n < 10:
            # A title, a heading or a log's own timestamps; a date said in a line of
            # speech ("we ship 2026-01-01") is a deadline, not the meeting's day.
            iso = _ISO_DAY.search(line)
            if iso and (n == first or line.lstrip().startswith("#") or iso.start() <= 4):
                return _safe_date(int(iso.group("year")), int(iso.group("mon")), int(iso.group("day")))
            stamp = _CHAT_STAMP.search(line, 0, 80)
            if stamp is not None:
                return _chat_day(stamp)
    return None


#: A chat export's message stamp: WhatsApp "[28/11/2026, 09:12:03]" or "11/28/26, 6:02 PM -",
#: Telegram "Marta Kovacs, [04.12.2026 18:02]".
_CHAT_STAMP = re.compile(
    r"(?:^|,\s)\[?(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}),?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?\]?\s*(?:[-–:]|$)"
)


def _chat_day(stamp: re.Match[str]) -> date | None:
    """The day of a chat stamp: day first ("04.12.2026", "28/11/2026"), month first where the
    export is American (a 12-hour clock: "11/28/26, 6:02 PM") or the first number cannot be a month."""
    a, b = int(stamp.group("a")), int(stamp.group("b"))
    year = int(stamp.group("y"))
    year += 2000 if year < 100 else 0
    month_first = (stamp.group("ampm") is not None and stamp.group("sep") == "/" and a <= 12) or b > 12
    month, day = (a, b) if month_first else (b, a)
    return _safe_date(year, month, day)
