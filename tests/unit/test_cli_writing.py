"""``daybreak email|recipe|plan`` without a model (templates, collection, ranking)."""

import io
import json
import sys

import pytest

from assistant.cli import main


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DAYBREAK_HOME", str(tmp_path))
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_email_draft_json(capsys) -> None:
    code, out, _err = run(
        capsys,
        "email",
        "draft",
        "Thank Emma for dinner last night",
        "--sender",
        "Chris",
        "--no-model",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["source"] == "template" and data["passed"] and data["kind"] == "thank-you"
    assert "Emma" in data["text"] and data["text"].rstrip().endswith("Chris")
    assert all(f["ok"] for f in data["facts"]) and "No model" in data["note"]


def test_email_draft_text_lists_checked_facts(capsys) -> None:
    code, out, err = run(capsys, "email", "draft", "Birthday message for Jake", "--no-model")
    assert code == 0 and out.startswith("Hi Jake,") and "✓ Occasion: birthday" in out and "template" in err


def test_email_reply_from_stdin(capsys, monkeypatch) -> None:
    mail = "Hello Ahmed,\n\nAre you free for the vendor demo on Wednesday at 10 am?\n\nThanks,\nClaire\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(mail.encode())))
    _code, out, _ = run(capsys, "email", "reply", "-", "--say", "I can't make it, suggest Thursday instead",
                       "--no-model", "--json")  # fmt: skip
    data = json.loads(out)
    assert data["kind"] == "reply" and data["text"].startswith("Hi Claire,") and "Thursday" in data["text"]


def test_empty_request_is_one_clear_line(capsys) -> None:
    assert run(capsys, "email", "draft", "  ", "--no-model")[0] == 2


def test_recipe_suggest_and_week(capsys) -> None:
    code, out, _ = run(capsys, "recipe", "suggest", "--have", "eggs, spinach, feta, rice", "--diet", "vegetarian",
                       "--minutes", "20", "--no-model", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["recipes"][0]["title"] == "Spinach and feta rice bowl"
    code, out, _ = run(
        capsys, "recipe", "suggest", "--have", "eggs", "--diet", "vegan", "--minutes", "5", "--no-model"
    )
    assert code == 1 and "No recipe" in out
    code, out, _ = run(capsys, "recipe", "week", "--have", "eggs, rice", "--json")
    assert code == 0 and len(json.loads(out)["days"]) == 7
    assert "browned bits" in run(capsys, "recipe", "explain", "deglaze")[1]


def test_plan_puts_today_first(capsys) -> None:
    run(capsys, "todo", "add", "read a book")
    run(capsys, "todo", "add", "pay rent today")
    code, out, _ = run(capsys, "plan", "--json")
    titles = [p["title"] for p in json.loads(out)["plan"]]
    assert code == 0 and titles == ["pay rent", "read a book"]
