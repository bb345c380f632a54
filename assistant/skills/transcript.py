"""Reading a meeting transcript into numbered speaker turns.

Accepts ``Name: text``, ``[Name]: text``, timestamped lines, Otter-style
``Name  0:05`` headers, WebVTT (``<v Name>``), SubRip and Markdown, in any
script, with any line endings.  Line numbers are 1-based into the input *as
given*, so a quote can always be found again in the user's own file.
"""

from __future__ import annotations

import email.utils
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from assistant.errors import InputError

#: Larger input gets a clear message: 2 MB is ~350,000 words, days of meetings.
MAX_BYTES = 2 * 1024 * 1024
#: Lines longer than this are searched in pieces (same line number), so no single
#: regex call holds the GIL long enough to stall the UI thread.
MAX_SEGMENT = 2000

_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?:[ \t]{0,2}[AaPp]\.?[Mm]\.?)?"
_CUE_TIMING = re.compile(rf"^[ \t]*{_TS}[ \t]{{0,8}}-->[ \t]{{0,8}}{_TS}")
_SRT_INDEX = re.compile(r"^[ \t]*\d{1,9}[ \t]*$")
#: Labels (speaker names, timestamps, list markers, headings) are looked for only in a
#: line's first _HEAD characters, and every pattern below is bounded so that one attempt
#: cannot run across the rest of a long line: parsing stays linear in the input size
#: (2 MB of crafted markup used to take minutes, holding the GIL).
_HEAD = 256
_VTT_VOICE = re.compile(r"<v(?:\.[\w.-]{1,64})?[ \t]{1,8}([^<>\r\n]{1,200})>")
# A tag never contains "<" (so "<a<a<a..." fails at once per "<") and is at most 512 long.
_TAGS = re.compile(r"</?[a-zA-Z][^<>\r\n]{0,512}>")
#: A chat export's date before the time: "12/03/2026, 18:02 - Priya: …" (WhatsApp),
#: "[2023-12-31 21:41] Ann: …" (Signal); the date says when it was sent, not when it is due.
_CHAT_DATE = r"(?:\u200e?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+)"
_LEAD_TS = re.compile(rf"^[ \t]*\u200e?[\[(]?{_CHAT_DATE}?{_TS}[\])]?[ \t]*[-–—:]?[ \t]*")
_MD_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]*){0,8}(?:[-*+•][ \t]+(?:\[[ xX]\][ \t]*)?|\d{1,3}[.)][ \t]+)?")
#: "Chair (Helen):" names Helen; "Ann Smith (Acme):" is Ann Smith (the parentheses hold her firm).
_ROLE = (
    r"(?:the\s+)?(?:co-?|vice[- ]?)?(?:chair(?:person|man|woman)?|host|moderator|facilitator|scribe|"
    r"presenter|interviewer|interviewee|speaker|guest|organi[sz]er|note-?taker|panell?ist|clerk|"
    r"president|mayor|councill?or|commissioner|member|witness|secretary|treasurer|convenor|lead|pm|"
    r"director|manager|ceo|cto|cfo|coo|vp|head|editor|reporter|author|teacher|professor|student|"
    r"judge|attorney|counsel|doctor|nurse|agent|customer|client|user|caller|participant|attendee|"
    r"observer|coordinator|owner|admin|captain|coach|rep|representative|staff|officer|advisor|adviser)"
)
# "(PERSON2) text", "[Ann] text": a bracketed label with no colon (meeting-corpus and some
# caption exports); taken as a speaker only when the document uses it on two lines or more.
# Not "[text](url)" (a Markdown link) nor a single letter ("[x] done" is a ticked box).
_BRACKET_LABEL = re.compile(r"^[\[(](?P<name>[^\W\d_][\w'’.\- ]{1,38}?)[\])](?!\()[ \t]*(?=\S)")
#: Bracketed stage directions in captions and transcripts: never speakers.
_NOT_VOICES = frozenset(
    """laughter laughs laughing applause music inaudible crosstalk cross talk silence noise
    unintelligible pause cough coughs coughing foreign overlapping background indistinct chuckles
    chuckling sighs break beep static unclear silent video audio blank no audio sound sounds
    music playing cheering cheers clapping typing other""".split()
)
# "Name:", "[Name]:", "**Name:**", "Name (00:12):", "Name [00:12]:"
_SPEAKER = re.compile(
    rf"""^(?:\*\*|__)?\[?
        (?:(?i:{_ROLE})\s*\((?=[^\W\d_][\w'’.\- ]{{0,38}}\)))?  # "Chair (Helen):" -> Helen
        (?P<name>[^\W\d_][\w'’.\- ]{{0,38}}?)\)?
        \]?(?:[ \t]{{0,4}}[\[(]{_TS}[\])])?
        (?:[ \t]{{0,4}}\((?![\d\s])(?P<aside>[^()\r\n:]{{1,40}})\))?  # "Ann Smith (Acme):" -> Ann Smith
        [ \t]{{0,4}}(?:\*\*|__)?[ \t]{{0,4}}[:：][ \t]*(?:\*\*|__)?[ \t]*""",
    re.VERBOSE,
)
# IRC logs (MeetBot, irssi, weechat, ZNC): "[16:02:11] <rusty> text", "2019-01-21 20:00 <@op> text",
# "16:02 * rusty waves" (/me), and join/part/topic events ("-!- x has joined", "*** x quit").
_IRC_STAMP = rf"(?:[\[(]?(?:\d{{4}}-\d{{2}}-\d{{2}}[ T])?{_TS}(?:Z|[+-]\d{{2}}:?\d{{2}})?[\])]?[ \t]{{1,4}})"
_IRC_SAY = re.compile(rf"^[ \t]*{_IRC_STAMP}?<[ \t]?[@+%&~]?(?P<nick>[^\s<>@!]{{1,32}})>[ \t]?")
_IRC_ME = re.compile(rf"^[ \t]*{_IRC_STAMP}(?:\*|-\*-)[ \t]+(?P<nick>[^\s*<>]{{1,32}})[ \t]+(?=\S)")
_IRC_EVENT = re.compile(
    rf"^[ \t]*{_IRC_STAMP}?(?:\*\*\*|-!-|--[>-]|<--|-->)[ \t][^\r\n]{{0,200}}?\b(?:has (?:joined|quit|left)|"
    r"joined|left|quit|parted|is now known as|sets mode|changed the topic|was kicked|netsplit|Disconnected|"
    r"Log (?:opened|closed)|Day changed)\b",
    re.I,
)
_IRC_NICK = re.compile(r"[A-Za-z\[\]\\`^{}|_][\w\[\]\\`^{}|.-]{0,31}")
#: Markup that opens a line like a nick would ("<b>Ann</b>: …", "<p>…", WebVTT's "<c.yellow>").
_HTML_TAGS = frozenset(
    """a abbr b big blockquote body br c center code div em font h1 h2 h3 h4 h5 h6 head hr html i
    img lang li mark ol p pre q rt ruby s small span strike strong sub sup table tbody td th tr tt
    u ul v""".split()
)
#: Bots that run a chat meeting: their lines are logistics, not speech.
_BOT_NICK = re.compile(r"(?i)^(?:[\w-]*bot|zakim|rrsagent|chanserv|nickserv|meetingology)$")
# The same bots when minutes write them as "Name:" lines ("Abbot:" is a person there).
_BOT_LABEL = re.compile(
    r"(?i)^(?:zakim|rrsagent|trackbot|meetbot|agendabot|ghurlbot|chanserv|nickserv|meetingology|zodbot|voip(?:-[\w-]+)?|"
    r"[\w-]+-bot|irc-?bot)$"
)


#: What MeetBot-style bots say, whatever their nick: "Meeting started Tue Dec  1 15:00:12 2026 UTC…",
#: "Meeting ended …", "Minutes: https://…", "Useful Commands: #action #agreed…".
_MEETBOT_SAYS = re.compile(
    # (Ubuntu's meetingology: "Meeting started at 16:00:41 UTC.  The chair is sil2100.")
    r"^(?:Meeting (?:started|ended) \w{3} \w{3}\s+\d{1,2} [\d:]+ \d{4}\b|Meeting (?:started|ended) at [\d:]+ UTC\b|Minutes(?: \(text\))?:\s+https?://|"
    r"Minutes \(html\):|Log:\s+https?://|Useful Commands: #|Information about MeetBot\b|"
    r"The meeting name has been set to\b|Current chairs:)"
)


#: An email's sender line: "From: Rachel Kim <rachel@example.org>", "From: rachel@example.org".
_MAIL_FROM = re.compile(
    r"^From:\s+(?P<who>(?:\"?[^\"<>@\n]{1,60}\"?\s*)?<[^<>@\s]+@[^<>\s]+>|[^\s<>@]+@[\w.-]+\.\w+)\s*$"
)
#: The header lines after it ("To:", "Date:", "Content-Type:", "X-Mailer:"…), up to the blank line.
_MAIL_HEADER = re.compile(r"^[A-Za-z][\w-]{1,40}:(?:\s|$)")
#: "On Fri, 27 Nov 2026, Tomas Novak <tomas@example.org> wrote:": the quote below is theirs (the
#: summaries' email reader uses it too).
MAIL_WROTE = re.compile(
    r"^On\s+(?P<when>.{6,80}?),?\s+(?:at\s+[\d:]+\s*(?:[AaPp][Mm])?,?\s+)?"
    r"(?P<who>[^,<>]{2,60}?)\s*(?:<[^<>@\s]+@[^<>\s]+>)?\s+wrote:\s*$"
)


def _mail_name(who: str) -> str:
    """ "\"Dana Whitfield\" <dana@example.org>" -> "Dana Whitfield"; "dana@example.org" -> "dana"."""
    if "@" not in who:
        return who.strip().strip('"').strip()  # "Tomas Novak" as "On …, Tomas Novak wrote:" says it
    name, address = email.utils.parseaddr(who)
    return name.strip() or address.split("@", 1)[0]


def is_bot(name: str) -> bool:
    """Whether a speaker label is a meeting bot (its lines are logistics, not speech)."""
    return bool(_BOT_LABEL.match(name))


# "rusty: can you…" at the start of a chat line addresses rusty ("rusty, can you…").
_IRC_ADDRESS = re.compile(r"^(?P<nick>[^\s:,]{2,32})[:,][ \t]+(?=\S)")
# MeetBot commands: "#topic" starts a section, "#action"/"#agreed"/"#info" are written notes.
# (Ubuntu's older MootBot took them in brackets, upper case: "[TOPIC] Release status".)
_MEETBOT = re.compile(
    r"^(?:#(?P<cmd>[a-z]+)\b|\[(?P<bracketed>TOPIC|ACTION|AGREED|IDEA|INFO|LINK|VOTE|ENDMEETING)\])[ \t]*",
    re.I,
)
_MEETBOT_LABEL = {
    "action": "Action item: ",
    "agreed": "Agreed: ",
    "agree": "Agreed: ",
    "idea": "Idea: ",
    "help": "Help wanted: ",
    "info": "Info: ",
    "note": "Info: ",
}
_MEETBOT_KEEP = {"link"}
_MEETBOT_ADMIN = frozenset(
    """startmeeting endmeeting chair unchair meetingname meetingtopic undo save nick lurk unlurk
    restrictlogs commands accept accepted reject rejected startvote vote endvote showvote halp
    chairs""".split()
)
#: "TODO: …", "Proposal: …" typed in a chat keep their colon: they label a note, not a nick.
_WRITTEN_LABELS = frozenset("proposal proposed resolution resolved decided idea info fyi ps".split())
#: What a chair types for the record ("PROPOSAL: …", "RESOLVED: …"): not a speaker, nor
#: the previous speaker's words.
_CHAIR_LABELS = frozenset("proposal proposed resolution resolved decided".split())
# Otter/Teams: a line holding only "Name  0:05" or "Name 12:03 PM".
_SPEAKER_HEADER = re.compile(rf"^(?P<name>[^\W\d_][\w'’.\- ]{{0,38}}?)[ \t]{{1,8}}{_TS}[ \t]*$")
# A Zoom chat export: "10:02:15 From Ann Smith to Everyone:" (the message on the next lines)
# or "10:02:15 From Ann Smith : message"; the time is taken off before this is matched.
_ZOOM_CHAT = re.compile(
    r"From[ \t]+(?P<name>[^\W\d][^:\n]{0,38}?)(?:[ \t]+to[ \t]+[^:\n]{1,40}?)?"
    r"(?:[ \t]*\((?:Direct Message|Privately|privately)\))?[ \t]*:[ \t]*"
)
#: Chat exports' header lines: who sent it and when, on a line of its own, the message on the
#: lines below (the summariser reads the same headers to tell a chat from a meeting).
CHAT_HEADERS = (
    # Telegram: "Irina Volkova, [12.03.26 19:01]"
    re.compile(
        r"^(?P<name>[^\W\d][^\[\],:]{0,38}?),[ \t]*\[(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4})[ \t]+"
        r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\][ \t]*$"
    ),
    # Teams chat copied from the app: "[9:41 AM] Ann Smith" (a lone word after a bare time, as
    # in "[00:12] Okay", is a caption, not a header: two names or a 12-hour time are needed)
    re.compile(
        r"^\[(?P<time>\d{1,2}:\d{2}[ \t]?[AaPp]\.?[Mm]\.?)\][ \t]*(?P<name>[^\W\d][\w'’.\- ]{0,38}?)[ \t]*$"
    ),
    re.compile(
        r"^\[(?P<time>\d{1,2}:\d{2})\][ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*$"
    ),
    # Discord: "Ann — Today at 9:41 AM", "Ann — 12/03/2026 9:41 AM"
    re.compile(
        r"^(?P<name>[^\W\d][^—\n]{0,38}?)[ \t]+—[ \t]+(?P<date>Today|Yesterday|\d{1,2}/\d{1,2}/\d{2,4})"
        r"(?:[ \t]+at)?[ \t]+(?P<time>\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?)[ \t]*$"
    ),
)
# The title's trailing "#"s and spaces are stripped in code (a lazy ".+?" before "\s*#*\s*$"
# was quadratic in the spaces inside a long heading).
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<title>\S.*)$")
# A line that is only a label such as "Action items:" or "**Next steps**" starts a section too.
_LABEL_HEADING = re.compile(
    r"^\s*(?:\*\*|__)?(?P<title>(?:action items?|next steps?|to-?dos?|follow[- ]?ups?|tasks|decisions|"
    r"summary|notes|agenda|attendees|open questions|takeaways)(?: and [\w ]{1,40})?)[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$",
    re.I,
)
# "Topic: Release schedule" (how W3C scribes and many minutes open a topic) starts a section.
_TOPIC_LINE = re.compile(r"^(?:sub)?topic[ \t]*:[ \t]*(?P<title>\S.{0,200})$", re.I)

# Labels that look like "Name:" but are not people.
NOT_SPEAKERS = {
    # typed notes' fields: "Participants: @Ann Lee @Bo Chen", "Open question: do we…"
    "participants",
    "attendance",
    "absent",
    "open question",
    "open questions",
    "info",
    "idea",
    "help wanted",
    "agreed",
    "action",
    "action item",
    "action items",
    "actions",
    "ai",
    "todo",
    "to do",
    "to-do",
    "note",
    "notes",
    "next step",
    "next steps",
    "decision",
    "decisions",
    "agenda",
    "summary",
    "re",
    "fyi",
    "ps",
    "update",
    "updates",
    "q",
    "a",
    "question",
    "answer",
    "follow up",
    "follow-up",
    "owner",
    "due",
    "deadline",
    "date",
    "time",
    "subject",
    "to",
    "from",
    "cc",
    "topic",
    "attendees",
    "present",
    "http",
    "https",
    "webvtt",
    "kind",
    "language",
    "task",
    "tasks",
    "status",
    "location",
    "where",
    "when",
    "meeting",
    "title",
    "warning",
    "important",
    "reminder",
    "outcome",
    "result",
    "results",
    "goal",
    "goals",
    "risk",
    "risks",
    "blocker",
    "blockers",
    "context",
    "background",
    "example",
    "eg",
    "ie",
    "etc",
    "nb",
    "tl;dr",
    "tldr",
    "edit",
    "btw",
    "e-mail",
    "follow-ups",
    "check-in",
    "kick-off",
    "sign-off",
    "add-on",
    "re-cap",
    # stand-up labels: "Today: finishing the CSV export", "Yesterday: reviews", "Blocked: staging"
    "today",
    "yesterday",
    "tomorrow",
    "this week",
    "last week",
    "next week",
    "blocked",
    "done",
    "doing",
    "plan",
    "plans",
    "wip",
    "eta",
}


@dataclass(frozen=True)
class Turn:
    """One transcript line that carries speech.

    Attributes:
        line: 1-based line number in the input as given.
        speaker: Who said it, when known.
        text: What was said (speaker label, timestamps and markup removed).
        raw: The line verbatim (the quote shown to the user).
        section: The Markdown heading the line sits under, if any.
    """

    line: int
    speaker: str | None
    text: str
    raw: str
    section: str = ""
    labelled: bool = False  # the speaker's name is written on this very line
    #: Caption cues joined into this turn after its first line (their line numbers).
    more_lines: tuple[int, ...] = ()


def decode(data: bytes) -> str:
    """Bytes → text, refusing empty, binary and non-UTF-8 input with a clear message."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"The transcript is too large (over {MAX_BYTES // (1024 * 1024)} MB); the limit is "
            f"{MAX_BYTES // (1024 * 1024)} MB (about 350,000 words).",
            "Split it into parts.",
        )
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    if encoding != "utf-16" and b"\x00" in data:
        raise InputError(
            "This looks like a binary file, not a transcript.",
            "Paste the text, or open a .txt, .vtt, .srt or .md file.",
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"The file is not UTF-8 text (bad byte at position {exc.start}).",
            "Save it as UTF-8 and try again.",
        ) from exc
    if "\x00" in text:
        raise InputError("The text contains NUL characters; it looks like a binary file.")
    if not text.strip():
        raise InputError("The transcript is empty.", "Paste or open a meeting transcript.")
    return text


def read_limited(stream: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """Read at most ``limit + 1`` bytes (enough to tell "too large"), never the whole stream:
    ``/dev/zero`` or an endless pipe would otherwise fill memory before the size check."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_file(path: str | Path) -> str:
    """A user-named transcript file → text, with one clear line for anything that is not
    a readable regular file (folders, devices, FIFOs, /proc files that refuse reads)."""
    p = Path(path)
    try:
        mode = p.stat().st_mode
    except FileNotFoundError as exc:
        raise InputError(f"No such file: {p}") from exc
    except PermissionError as exc:
        raise InputError(f"Permission denied reading {p}") from exc
    except OSError as exc:
        raise InputError(f"Cannot read {p}: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(mode):
        raise InputError(f"That is a folder, not a file: {p}")
    if not stat.S_ISREG(mode):
        # A FIFO with no writer would block forever; a device may never end.
        raise InputError(
            f"That is not a regular file (a device, pipe or socket): {p}",
            "Pipe it to standard input with '-' instead.",
        )
    try:
        with p.open("rb") as handle:
            data = read_limited(handle)
    except PermissionError as exc:
        raise InputError(f"Permission denied reading {p}") from exc
    except OSError as exc:  # /proc/self/mem: EIO on read
        raise InputError(f"Cannot read {p}: {exc.strerror or exc}") from exc
    return decode(data)


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (``str.splitlines`` would also split on
    form feeds and U+2028, shifting line numbers away from the user's editor)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _speaker_ok(name: str) -> bool:
    clean = name.strip().strip("*_[]").strip()
    if not clean or clean.lower() in NOT_SPEAKERS:
        return False
    words = clean.split()
    if len(words) > 4:
        return False
    if len(words) > 1 and words[0].lower() in ("todo", "to-do", "ai", "action"):
        return False  # "TODO Carol: update the calendar": a typed item for Carol, not Carol speaking
    # A label like "Speaker 1" or "SPEAKER_02" is fine; a sentence fragment is not.
    # "Marius van der Wijden", "Ana de la Cruz": name particles are lower case.
    lowered = sum(1 for w in words if w[:1].islower() and w not in _PARTICLES)
    if lowered == 0 and words[0][:1].islower() and len(words) > 1:
        return False  # "van der": particles alone are not a name
    return lowered == 0 or (len(words) == 1 and len(clean) <= 24 and bool(_NICK.fullmatch(clean)))


def _office_holder(office: str, aside: str | None) -> bool:
    """Whether "Office (Name):" names its speaker in the parentheses, as proceedings write
    them: "The Minister for Health (Ms Smith):", "Deputy Mayor (Ana Ruiz):"."""
    if not aside or not _speaker_ok(aside) or not aside.strip()[:1].isupper():
        return False
    office = office.strip()
    return office[:1].isupper() and bool(
        re.match(rf"(?i:the\s|{_ROLE}\b|minister|secretary|deputy|senator)", office)
    )


_PARTICLES = {"van", "der", "den", "de", "del", "della", "la", "le", "von", "zu", "da", "di", "du", "dos", "das", "bin", "al", "el", "ter", "ten"}  # fmt: skip

# A lower-case chat nick: "dlongley", "manu-sporny", "mike_lodder", "voip-cr2".
_NICK = re.compile(r"[^\W\d_][^\W_]*(?:[-_][^\W_]+){0,3}")


_LETTER_LABEL = re.compile(r"^[ \t]*(?:[\[(]?[\d:.,]{1,16}[\])]?[ \t]*)?\[?([A-Z])\]?[ \t]*:")


def _letter_speakers(text: str) -> set[str]:
    """Single-letter labels ("A:", "B:" as in meeting corpora) are speakers when a
    transcript uses two or more of them, unless they are only Q and A."""
    letters: set[str] = set()
    for line in split_lines(text[:200_000]):
        found = _LETTER_LABEL.match(line[:40])
        if found:
            letters.add(found.group(1))
    if len(letters) < 2 or letters <= {"Q", "A"}:
        return set()
    return letters


#: WeeChat's layout, as copied from the terminal: "16:00:12      nirik | I'll update the wiki",
#: "16:00:15   --> | smooge (~s@host) has joined #fedora-meeting", " * nirik waves".
_WEECHAT = re.compile(
    rf"^[ \t]*(?:{_IRC_STAMP})?[ \t]*(?P<nick>[@+%&~]?[^\s|<>]{{1,32}}|\*)[ \t]+\|(?:[ \t](?P<body>.*))?$"
)
_WEECHAT_EVENT = frozenset({"-->", "<--", "--", "=!=", "<->", "-", "---", "<-->"})
#: After the bar, a label of its own: Zoom's "milen | Erigon: I noticed…" is a name with its team.
_LABEL_AFTER_BAR = re.compile(r"^[^:|]{1,40}:\s")


def _weechat_layout(lines: list[str]) -> bool:
    """Whether a text is a WeeChat log: most lines "nick | text", and not Zoom's "Name | Org: text"."""
    said = [m for line in lines[:2000] if line.strip() and (m := _WEECHAT.match(line))]
    nonempty = sum(1 for line in lines[:2000] if line.strip())
    if len(said) < 2 or len(said) * 5 < nonempty * 3:
        return False
    labelled = sum(1 for m in said if _LABEL_AFTER_BAR.match(m.group("body") or ""))
    return labelled * 2 < len(said)


def _from_weechat(line: str) -> str | None:
    """A WeeChat line in the "<nick> text" form the IRC reader knows; "" for an event."""
    m = _WEECHAT.match(line)
    if m is None:
        return None
    nick, body = m.group("nick"), (m.group("body") or "").strip()
    if nick in _WEECHAT_EVENT or not body:
        return ""
    if nick == "*":
        return f"00:00 * {body}"  # "/me": " * nirik waves"
    return f"<{nick}> {body}"


def _bracket_speakers(text: str) -> set[str]:
    """Bracketed labels ("(PERSON2) …", "[Ann] …") used on two lines or more.  A lower-case
    label ("(manu) …") counts only where such labels open a third of the lines or more: in
    prose, "(sic) …" or "(ok) …" at a line's start is an aside, not a speaker."""
    names: list[str] = []
    lines = 0
    for line in split_lines(text[:200_000]):
        if not line.strip():
            continue
        lines += 1
        found = _BRACKET_LABEL.match(_LEAD_TS.sub("", line.strip()[:_HEAD], count=1))
        if found:
            name = found.group("name").strip()
            if name.lower() not in _NOT_VOICES and name.lower() not in NOT_SPEAKERS and _speaker_ok(name):
                names.append(name)
    if len(names) < 2:
        return set()
    labelled = len(names) * 3 >= lines
    return {n for n in names if n[:1].isupper() or labelled}


#: A line holding only a time ("00:00:05", "[12:03 PM]"): under a name, it heads that name's speech.
_TIME_ONLY = re.compile(rf"^[\[(]?{_TS}[\])]?$")
#: A name alone on its line: "Ann Smith", "Speaker 2"; no sentence punctuation.
_NAME_ONLY = re.compile(r"^[^\W\d_][\w'’.\- ]{0,38}[\w.]$")


def _names_above_times(lines: list[str]) -> set[int]:
    """Line numbers of names written alone above a time, the speech below them (Teams and
    Stream transcripts copied as text: "Ann Smith" / "00:00:05" / "Okay, let's begin.")."""
    found: set[int] = set()
    for k in range(len(lines) - 1):
        name = lines[k].strip()
        if (
            name
            and _NAME_ONLY.match(name)
            and _TIME_ONLY.match(lines[k + 1].strip())
            and _speaker_ok(name)
            and not name.endswith(".")
        ):
            found.add(k + 1)
    return found if len(found) >= 2 else set()  # one such line may be a heading above a time


def parse(text: str) -> list[Turn]:
    """Parse transcript text into turns (lines with speech), keeping line numbers."""
    letter_speakers = _letter_speakers(text)
    named_above_times = _names_above_times(split_lines(text)) if ":" in text else set()
    bracket_speakers = _bracket_speakers(text) if "(" in text or "[" in text else set()
    weechat = " | " in text and _weechat_layout(split_lines(text))
    scribes = _scribes(text) if "scribe" in text.lower() else frozenset()
    scribed: str | None = None  # whom the scribe wrote down last
    turns: list[Turn] = []
    speaker: str | None = None
    section = ""
    in_note = captions = in_mail_head = False
    for number, raw in enumerate(split_lines(text), start=1):
        line = raw.strip().replace("\u00a0", " ")
        if not line:
            in_note = in_mail_head = False
            continue
        # An email pasted whole: its headers are no speech, and its body is its sender's
        # ("Please send me your forecast" asks for it to be sent to the sender).
        sender = _MAIL_FROM.match(line)
        if sender is not None:
            speaker, in_mail_head = _mail_name(sender.group("who")), True
            continue
        if in_mail_head and _MAIL_HEADER.match(line):
            continue
        wrote = MAIL_WROTE.match(line)
        if wrote is not None:
            speaker = _mail_name(wrote.group("who"))  # the quoted message below is theirs
            continue
        if number == 1 and line.startswith("WEBVTT"):
            continue
        if line.startswith("NOTE") and (len(line) == 4 or line[4].isspace()):
            in_note = True
            continue
        if in_note or _SRT_INDEX.match(line):
            continue
        if _CUE_TIMING.match(line):
            captions = True
            continue
        title = _heading(line)
        if title:
            section = title
            continue
        header = (
            next((h for p in (_SPEAKER_HEADER, *CHAT_HEADERS) if (h := p.match(line))), None)
            if len(line) <= _HEAD
            else None
        )
        if header and _speaker_ok(header.group("name")):
            speaker = header.group("name").strip()
            continue
        if number in named_above_times:
            speaker = line
            continue
        if weechat:
            said = _from_weechat(line)
            if said == "":
                continue  # a join, a quit, a network notice
            line = said or line
        irc = _irc_line(line)
        if irc is not None and scribes and _W3C_ADMIN.match(irc[1]):
            continue  # "present+", "scribenick: pchampin", "agenda: https://…": who and how, no speech
        if irc is not None and irc[0].lower() in scribes:
            irc = _scribed(irc, scribed)
            scribed = irc[0] if irc[0] and irc[0] != "#topic" else scribed
        if irc is not None:
            if irc[0] == "":
                continue  # an event, a bot, or a MeetBot command with nothing to say
            if irc[0] == "#topic":
                section = irc[1]
                continue
            speaker, body = irc
            pieces = [body] if len(body) <= MAX_SEGMENT else _segments(body)
            turns.extend(Turn(number, speaker, piece, raw, section, True) for piece in pieces)
            continue
        labelled = False
        voice = _VTT_VOICE.search(line, 0, _HEAD)
        if voice:
            speaker = voice.group(1).strip()
            labelled = True
        body = _strip_tags(line).strip() if "<" in line else line
        body = _LEAD_TS.sub("", body, count=1)
        body = _MD_PREFIX.sub("", body, count=1)
        zoom = _ZOOM_CHAT.match(body, 0, _HEAD) if body.startswith("From ") else None
        if zoom and not _speaker_ok(zoom.group("name")):
            zoom = None  # "From now on: …"
        if zoom:
            speaker, labelled = zoom.group("name").strip(), True
            body = body[zoom.end() :]
            if not body.strip():
                continue  # "From Ann Smith to Everyone:" heads the lines below it
        match = None if zoom else _SPEAKER.match(body, 0, _HEAD)
        if match and match.group("name").strip("*_ ").lower() in _CHAIR_LABELS:
            speaker, labelled = None, False  # no one's words: "PROPOSAL: Adopt the section…"
        elif match and _office_holder(match.group("name"), match.group("aside")):
            speaker = (match.group("aside") or "").strip()  # "The Minister for Health (Ms Smith):"
            body = body[match.end() :]
            labelled = True
        elif match and (_speaker_ok(match.group("name")) or match.group("name") in letter_speakers):
            speaker = match.group("name").strip().strip("*_").strip()
            body = body[match.end() :]
            labelled = True
        elif bracket_speakers:
            label = _BRACKET_LABEL.match(body, 0, _HEAD)
            if label and label.group("name").strip() in bracket_speakers:
                speaker = label.group("name").strip()
                body = body[label.end() :]
                labelled = True
        body = _LEAD_TS.sub("", body, count=1).strip().strip("*_").strip()
        if not body or not any(ch.isalnum() for ch in body):
            continue
        if speaker is not None and is_bot(speaker):
            continue  # "voip-cr: Kerri is now associated with SIP/…", "Zakim: agendum 2…"
        if "@" in body and _BULLET.match(raw) and not ATTENDEES.match(body):
            body = _MENTION.sub("", body)  # "* @Bo Chen to update the mocks": notes mention Bo Chen
        if len(body) <= MAX_SEGMENT:
            turns.append(Turn(number, speaker, body, raw, section, labelled))
        else:
            turns.extend(Turn(number, speaker, piece, raw, section, labelled) for piece in _segments(body))
    return _join_cues(turns) if captions else turns


#: A caption cue that ends where a sentence can: the next cue starts a new one.
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*\s*$")


_MENTION = re.compile(r"(?<![\w.])@(?=[A-Z][a-z])")
_BULLET = re.compile(r"\s*[-*•+]\s")


def _join_cues(turns: list[Turn]) -> list[Turn]:
    """Caption cues of one speaker that split a sentence ("bob can you" / "update the landing
    page by thursday") become one turn, on the first cue's line, its quote the whole sentence."""
    out: list[Turn] = []
    for t in turns:
        prev = out[-1] if out else None
        if (
            prev is not None
            and t.speaker is not None
            and prev.speaker == t.speaker
            and prev.section == t.section
            and not _SENTENCE_END.search(prev.text)
            and len(prev.text) + len(t.text) < MAX_SEGMENT
        ):
            out[-1] = Turn(
                prev.line,
                prev.speaker,
                f"{prev.text} {t.text}",
                f"{prev.raw} {t.text}",
                prev.section,
                prev.labelled,
                (*prev.more_lines, t.line),
            )
        else:
            out.append(t)
    return out


def _irc_line(line: str) -> tuple[str, str] | None:
    """(nick, text) for a chat-log line; ("", "") for one to skip (events, bots, meeting
    commands), ("#topic", title) for a new topic; None when the line is not in a chat-log form.
    The text keeps what was typed; only the nick label and MeetBot's command words change."""
    head = line[:_HEAD]
    if _IRC_EVENT.match(head):
        return ("", "")
    said = _IRC_SAY.match(head) if "<" in head else None
    found = said or _IRC_ME.match(head)
    if found is None or not _IRC_NICK.fullmatch(found.group("nick")):
        return None
    nick = found.group("nick")
    if said is not None and (nick.lower().split(".")[0] in _HTML_TAGS or f"</{nick}" in line):
        return None  # "<b>Ann</b>: …", "<c.yellow>…</c>": markup, not a nick
    if _BOT_NICK.match(nick):
        return ("", "")
    body = line[found.end() :].strip()
    if _MEETBOT_SAYS.match(body):
        return ("", "")  # a meeting bot by any nick ("opendevmeet"): what it says is logistics
    if said is None:
        body = f"{nick} {body}"  # "/me will rebase" reads "rusty will rebase"
    command = _MEETBOT.match(body)
    if command:
        cmd = (command.group("cmd") or command.group("bracketed")).lower()
        rest = body[command.end() :].strip()
        if cmd in ("topic", "subtopic"):
            return ("#topic", rest) if rest else ("", "")
        if cmd in _MEETBOT_LABEL:
            body = _MEETBOT_LABEL[cmd] + rest
        elif cmd in _MEETBOT_KEEP:
            body = rest
        elif cmd in _MEETBOT_ADMIN:
            return ("", "")  # #startmeeting, #chair, #endmeeting, #undo…
        # anything else ("#bitcoin is up", a channel name) is what was typed
    else:
        addressed = _IRC_ADDRESS.match(body)
        label = addressed.group("nick").lower() if addressed else ""
        if addressed and label not in NOT_SPEAKERS and label not in _WRITTEN_LABELS:
            body = f"{addressed.group('nick')}, {body[addressed.end() :]}"
    if not any(ch.isalnum() for ch in body):
        return ("", "")
    return (nick, body)


#: Who says they scribe in a W3C-style IRC log: "<pchampin> scribe+", "<ivan> scribenick: pchampin".
_SCRIBE = re.compile(
    r"<[@+]?(?P<nick>[^\s>]{1,32})>\s*(?:scribe\s*\+|(?:scribe|scribenick)\s*:\s*(?P<who>[^\s:,]{2,32}))\s*$",
    re.I,
)
#: The lines of a scribed log that set the meeting up: presence, scribe, chair, agenda.
_W3C_ADMIN = re.compile(
    r"^(?:(?:present|regrets?|scribe|chair)\s*[+-]|(?:scribe|scribenick|chairs?|agenda|meeting|date|present|regrets?)\s*[:,])",
    re.I,
)
#: What a scribe types for the record: "Topic: Publication schedule" opens a section.
_SCRIBED_TOPIC = re.compile(r"^(?:sub)?topic\s*:\s*(?=\S)", re.I)


def _scribes(text: str) -> frozenset[str]:
    """The nicks that scribe the meeting, lower-cased (none in a plain chat log)."""
    found = set()
    for line in split_lines(text):
        m = _SCRIBE.search(line, 0, 200) if "scribe" in line[:200].lower() else None
        if m:
            found.add((m.group("who") or m.group("nick")).lower())
    return frozenset(found)


def _scribed(said: tuple[str, str], last: str | None) -> tuple[str, str]:
    """A scribe's line as the words of whom it writes down: "<pchampin> ivan: I can prepare
    the transition request" is ivan's ("ivan, I can…" read as a chat line is pchampin's, said
    to ivan); "<pchampin> ... and send it to the list" goes on with the last one written down;
    "Topic: …" opens a section."""
    nick, body = said
    if not nick or nick == "#topic":
        return said
    if _SCRIBED_TOPIC.match(body):
        return ("#topic", body[_SCRIBED_TOPIC.match(body).end() :].strip())  # type: ignore[union-attr]
    if body.startswith("...") or body.startswith("…"):
        return (last, body.lstrip(".… ")) if last and body.lstrip(".… ") else said
    called = re.match(r"^(?P<who>[^\s,]{2,32}), (?=\S)", body)
    if called and called.group("who").lower() not in ("scribe", "q", "ack"):
        return (called.group("who"), body[called.end() :])
    return said


#: Tags are stripped from a long line in chunks of about this many characters, each cut
#: just before a "<" (no tag contains one), so no single regex call holds the GIL for
#: long and the UI thread keeps getting turns.
_TAG_CHUNK = 32_768


def _strip_tags(line: str) -> str:
    if len(line) <= _TAG_CHUNK:
        return _TAGS.sub("", line)
    out: list[str] = []
    start = 0
    while start < len(line):
        cut = line.find("<", start + _TAG_CHUNK)
        end = len(line) if cut < 0 else cut
        out.append(_TAGS.sub("", line[start:end]))
        start = end
    return "".join(out)


def _heading(line: str) -> str:
    """The title when the line is a Markdown heading or a section label, else ""."""
    if len(line) > _HEAD:
        return ""
    found = _HEADING.match(line)
    if found:
        title = found.group("title").rstrip().rstrip("#").rstrip()
        return title or found.group("title").strip()
    found = _LABEL_HEADING.match(line) or _TOPIC_LINE.match(line)
    return found.group("title") if found else ""


def _segments(text: str) -> list[str]:
    """Cut an over-long line at sentence ends (else spaces) into pieces of at most MAX_SEGMENT."""
    # Walks an offset rather than re-slicing the rest of the line (which copied a 2 MB line
    # a thousand times).
    pieces: list[str] = []
    start, end = 0, len(text)
    while end - start > MAX_SEGMENT:
        window = text[start : start + MAX_SEGMENT]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut > MAX_SEGMENT // 2 else window.rfind(" ")
        if cut <= 0:
            cut = MAX_SEGMENT
        pieces.append(window[:cut].strip())
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append(text[start:])
    return [p for p in pieces if p]


def speakers(turns: list[Turn]) -> list[str]:
    """Who speaks, in order; typed notes' "Attendees: Ann, Bo Chen" line names them too."""
    seen: dict[str, None] = {}
    for t in turns:
        if t.speaker:
            seen.setdefault(t.speaker, None)
        elif not t.labelled and (present := ATTENDEES.match(t.text)):
            for name in attendee_names(present.group("names")):
                seen.setdefault(name, None)
    return list(seen)


#: "Attendees: Ann, Bo Chen", "Participants: @Ann Lee @Bo Chen" (typed notes): who was there.
ATTENDEES = re.compile(
    r"^\W*(?:attendees|participants|present|attendance|in\s+attendance)\s*[:\-–—]\s*(?P<names>\S.{0,400})$",
    re.I,
)
_NAME_LIST = re.compile(r"\s*(?:,|;|\band\b|&|\s(?=@))\s*")


def attendee_names(listed: str) -> list[str]:
    """The names of an attendees line, "@" mentions and all ("@Ann Lee @Bo Chen")."""
    names = (n.strip(" @.") for n in _NAME_LIST.split(listed))
    return [n for n in names if n and _speaker_ok(n)]
