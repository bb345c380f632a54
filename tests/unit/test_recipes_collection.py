"""Recipes from the bundled collection: valid, diet and time respected, every ingredient marked."""

import json
import logging
from pathlib import Path

import pytest

from assistant.llm.fake import FakeEngine, Script
from assistant.skills import recipes as R


def test_collection_is_large_valid_and_attributed() -> None:
    entries = R.collection()
    assert len(entries) >= 40 and len({e["title"] for e in entries}) == len(entries)
    for e in entries:
        assert e["provenance"] == "written for Daybreak, CC0"
        assert e["servings"] >= 1 and e["minutes"] >= 1 and len(e["steps"]) >= 2
        assert all(i["item"] and i["quantity"] for i in e["ingredients"])


def test_benchmark_requests_get_valid_recipes() -> None:
    path = Path(__file__).parents[2] / "benchmarks/quality/writing_data/recipes.jsonl"
    shown = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        ask = R.RecipeAsk(d["have"], d["diet"], d["minutes"], 2)
        s = R.suggest(None, ask)
        assert s.ok or s.note  # nothing fits: one plain line, never an exception
        for r in s.recipes:
            shown += 1
            assert R.recipe_problems(r, ask) == [], (d["id"], r.title)
            assert r.minutes <= d["minutes"]
    assert shown >= 60


@pytest.mark.parametrize(
    ("item", "rule", "bad"),
    [
        ("bacon", "vegetarian", True),
        ("coconut milk", "vegan", False),
        ("milk", "vegan", True),
        ("peanut butter", "no peanuts", True),
        ("peanut butter", "vegan", False),
        ("soy sauce", "no gluten", True),
        ("eggs", "no eggs", True),
        ("eggplant", "vegan", False),
        ("feta", "no dairy", True),
        ("rice", "no dairy", False),
    ],
)
def test_diet_rules(item: str, rule: str, bad: bool) -> None:
    assert R.forbidden_by(item, rule) is bad


def test_pantry_marks_and_no_false_staples() -> None:
    ask = R.RecipeAsk(["eggs", "peanut butter"], [], 30, 2)
    assert R._status("egg", ask) == "have" and R._status("salt", ask) == "staple"
    assert R._status("bell pepper", ask) == "missing"  # "pepper" is a staple, a bell pepper is not
    assert R._status("butter", ask) == "missing"  # peanut butter is not butter


def test_servings_scale_and_text_has_numbered_steps() -> None:
    assert R.scale_quantity("150 g", 2) == "300 g" and R.scale_quantity("1/2", 2) == "1"
    assert R.scale_quantity("1 pinch", 3) == "1 pinch"
    ask = R.RecipeAsk(["eggs", "spinach", "feta", "rice"], ["vegetarian"], 20, 4)
    r = R.suggest(None, ask).recipes[0]
    assert r.title == "Spinach and feta rice bowl" and r.servings == 4
    text = r.as_text()
    assert "serves 4" in text and "1. " in text and "2. " in text and "300 g rice" in text


def test_missing_items_and_impossible_asks() -> None:
    r = R.suggest(None, R.RecipeAsk(["chicken breast", "rice", "broccoli", "soy sauce"], [], 30)).recipes[0]
    assert r.missing == ["garlic"] and "garlic — MISSING" in r.as_text()
    none = R.suggest(None, R.RecipeAsk(["eggs"], ["vegan"], 5))
    assert not none.ok and "No recipe" in none.note
    assert "List what you have" in R.suggest(None, R.RecipeAsk([])).note


def test_week_plan_has_seven_different_meals_and_one_shopping_list() -> None:
    w = R.week_plan(R.RecipeAsk(["eggs", "rice", "spinach"], ["vegetarian"], 40))
    titles = [r.title for _, r in w.days]
    assert len(titles) == 7 and len(set(titles)) == 7 and w.days[0][0] == "Monday"
    for _, r in w.days:
        assert R.recipe_problems(r, R.RecipeAsk(["eggs", "rice", "spinach"], ["vegetarian"], 40)) == []
    missing = {i["item"] for _, r in w.days for i in r.ingredients if i["status"] == "missing"}
    assert {s.split(" (")[0] for s in w.shopping} == missing
    assert "Shopping list:" in w.as_text()


def test_glossary_not_model() -> None:
    assert "browned bits" in R.explain("deglaze") and "browned bits" in R.explain("Deglazing")
    assert R.explain("julienne").startswith("Julienne:")
    assert "not in the glossary" in R.explain("spherify")
    assert len(R.glossary()) >= 40


def test_lenient_json_handles_control_characters_and_trailing_text() -> None:
    assert R.loads_lenient('Sure! {"a": "line\nbreak"} trailing') == {"a": "line\nbreak"}
    with pytest.raises(ValueError):
        R.loads_lenient("no json here")


def test_capable_model_may_swap_a_missing_item_under_checks(caplog: pytest.LogCaptureFixture) -> None:
    ask = R.RecipeAsk(["chicken breast", "rice", "broccoli", "soy sauce", "shallot"], [], 30)
    good = FakeEngine(
        Script(['{"swaps": [{"missing": "garlic", "use": "shallot"}]}']), n_params=7_000_000_000
    )
    s = R.suggest(good, ask)
    assert "garlic → shallot" in s.note and s.recipes[0].missing == []
    assert R.recipe_problems(s.recipes[0], ask) == []
    broken = FakeEngine(Script(['{"swaps": [{"missing": "garlic", "use": "bleach"}']), n_params=7_000_000_000)
    with caplog.at_level(logging.WARNING, "daybreak.recipes"):
        s = R.suggest(broken, ask)
    assert s.recipes[0].missing == ["garlic"] and "unusable answer" in caplog.text
    tiny = FakeEngine(Script(["{}"]), n_params=135_000_000)
    R.suggest(tiny, ask)
    assert tiny.script.calls == []  # the embedded model only picks from the collection
