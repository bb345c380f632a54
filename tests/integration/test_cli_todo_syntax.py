"""``daybreak todo add`` understands recurrence, priority and tags; ``todo list --json`` shows them."""

from __future__ import annotations

import json

from tests.integration.test_cli import run


def test_todo_add_recurrence_priority_and_list_json() -> None:
    out = run("todo", "add", "water the plants every Sunday p2 #home")
    assert out.returncode == 0, out.stderr
    assert "Added #" in out.stdout and "every Sunday" in out.stdout and "p2" in out.stdout
    [todo] = json.loads(run("todo", "list", "--json").stdout)["todos"]
    assert todo["title"] == "water the plants"
    assert (todo["recurrence"], todo["repeats"], todo["priority"], todo["owner"]) == (
        "weeks:1:6",
        "every Sunday",
        2,
        None,
    )
    assert todo["tags"] == "home"
    done = run("todo", "done", str(todo["id"]))
    assert done.returncode == 0 and "Next: #" in done.stdout
    [following] = json.loads(run("todo", "list", "--json").stdout)["todos"]
    assert following["id"] != todo["id"] and following["recurrence"] == "weeks:1:6"
    assert following["due"] > todo["due"]
    text = run("todo", "list").stdout
    assert "(every Sunday)" in text and "p2" in text
