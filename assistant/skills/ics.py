"""To-dos with due dates as iCalendar VTODOs (RFC 5545) for calendar apps."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets are folded (continuation lines start with a space)."""
    out: list[str] = []
    data = line.encode("utf-8")
    while len(data) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    out.append(data.decode("utf-8"))
    return [out[0], *(" " + part for part in out[1:])]


def todos_to_ics(rows: list[dict[str, Any]], now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Daybreak//To-dos//EN", "CALSCALE:GREGORIAN"]
    for r in rows:
        due = str(r.get("due") or "")
        if not due:
            continue
        lines += ["BEGIN:VTODO", f"UID:daybreak-todo-{r['id']}@daybreak.local", f"DTSTAMP:{stamp}"]
        lines.append(f"SUMMARY:{_escape(str(r['title']))}")
        if r.get("details"):
            lines.append(f"DESCRIPTION:{_escape(str(r['details']))}")
        if "T" in due:
            lines.append("DUE:" + due.replace("-", "").replace(":", "")[:13] + "00")  # floating local time
        else:
            lines.append("DUE;VALUE=DATE:" + due.replace("-", ""))
        lines.append("STATUS:" + ("COMPLETED" if r.get("status") == "done" else "NEEDS-ACTION"))
        if r.get("tags"):
            lines.append("CATEGORIES:" + ",".join(_escape(t) for t in str(r["tags"]).split()))
        lines.append("END:VTODO")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
