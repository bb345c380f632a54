"""Recipes from what is on hand: schema-shaped, then checked against the pantry and diet."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

from assistant.errors import ModelError
from assistant.llm.base import Generator, Request, Result, TokenCallback

STAPLES = ("salt", "pepper", "oil", "olive oil", "water", "sugar", "flour", "vinegar")
_MEAT_AND_FISH = (
    "chicken", "beef", "pork", "bacon", "ham", "fish", "salmon", "tuna", "shrimp", "prawn", "lamb",
    "turkey", "anchov", "gelatin", "sausage",
)  # fmt: skip
DIET_FORBIDS = {
    "vegetarian": _MEAT_AND_FISH,
    "vegan": (*_MEAT_AND_FISH, "egg", "milk", "butter", "cheese", "cream", "yogurt", "honey", "parmesan"),
}

SYSTEM = (
    "You write short home recipes. Use only the ingredients the user has, plus the pantry staples "
    "listed. Respect every diet rule and the time limit. Quantities are for the servings asked."
)


def schema(max_minutes: int) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "title": {"type": "string", "minLength": 3, "maxLength": 60},
            "minutes": {"type": "integer", "minimum": 1, "maximum": max_minutes},
            "ingredients": {
                "type": "array",
                "minItems": 1,
                "maxItems": 12,
                "items": {
                    "type": "object",
                    "properties": {
                        "item": {"type": "string", "minLength": 2, "maxLength": 40},
                        "quantity": {"type": "string", "maxLength": 20},
                    },
                    "required": ["item", "quantity"],
                },
            },
            "steps": {
                "type": "array",
                "minItems": 2,
                "maxItems": 8,
                "items": {"type": "string", "maxLength": 160},
            },
        },
        "required": ["title", "minutes", "ingredients", "steps"],
    }


@dataclass
class RecipeAsk:
    have: list[str]
    diet: list[str] = field(default_factory=list)  # "vegetarian", "vegan", or "no <allergen>"
    max_minutes: int = 30
    servings: int = 2
    staples: tuple[str, ...] = STAPLES


@dataclass
class Recipe:
    title: str
    minutes: int
    ingredients: list[dict[str, str]]  # item, quantity, status ("have", "staple", "missing")
    steps: list[str]
    problems: list[str]

    @property
    def usable(self) -> bool:
        """Something a person could cook: real ingredients, some of them yours, and steps."""
        return any(i["status"] == "have" for i in self.ingredients) and len(self.steps) >= 2

    @property
    def missing(self) -> list[str]:
        return [i["item"] for i in self.ingredients if i["status"] == "missing"]

    def as_text(self) -> str:
        lines = [f"{self.title} — {self.minutes} min", ""]
        for i in self.ingredients:
            mark = {"have": "", "staple": " (pantry)", "missing": " — MISSING"}[i["status"]]
            lines.append(f"• {i['quantity']} {i['item']}{mark}".replace("  ", " "))
        lines.append("")
        lines += [f"{n}. {s}" for n, s in enumerate(self.steps, 1)]
        if self.problems:
            lines += ["", *[f"Note: {p}" for p in self.problems]]
        return "\n".join(lines)


_WORDY = re.compile(r"[^\W\d_]{2,}")
_EDGE_JUNK = re.compile(r"^[\s\W_]+|[\s\W_]+$")  # "{ eggs", ");" -> "eggs", ""


def parse_ingredients(text: str) -> list[str]:
    return [i.strip().lower() for i in re.split(r"[,;\n]", text) if i.strip()]


def request(ask: RecipeAsk) -> Request:
    diet = ", ".join(ask.diet) or "none"
    user = (
        f"I have: {', '.join(ask.have)}.\nPantry staples: {', '.join(ask.staples)}.\nDiet: {diet}.\n"
        f"At most {ask.max_minutes} minutes, {ask.servings} servings."
    )
    return Request.chat(
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}],
        schema=schema(ask.max_minutes),
        max_tokens=700,
        temperature=0.3,
        skill="recipe",
    )


def _matches(item: str, names: list[str] | tuple[str, ...]) -> bool:
    item = item.lower()
    return any(n and (n in item or item in n or n.rstrip("s") in item) for n in names)


def check(data: dict[str, Any], ask: RecipeAsk) -> Recipe:
    """Mark each ingredient have / staple / missing and list diet or time problems."""
    problems: list[str] = []
    ingredients = []
    for ing in data["ingredients"]:
        item = _EDGE_JUNK.sub("", ing["item"])
        if not _WORDY.search(item):
            problems.append(f"Left out a garbled ingredient ({item!r}).")
            continue
        status = (
            "have" if _matches(item, ask.have) else "staple" if _matches(item, ask.staples) else "missing"
        )
        quantity = _EDGE_JUNK.sub("", ing["quantity"])
        ingredients.append({"item": item, "quantity": quantity, "status": status})
        for rule in ask.diet:
            rule_l = rule.lower()
            forbidden = DIET_FORBIDS.get(rule_l, ())
            if rule_l.startswith("no "):
                forbidden = (rule_l[3:].strip(),)
            if any(f in item.lower() for f in forbidden):
                problems.append(f"{item} does not fit “{rule}”.")
    if not any(i["status"] == "have" for i in ingredients):
        problems.append("This recipe does not use anything you listed.")
    if data["minutes"] > ask.max_minutes:
        problems.append(f"Takes {data['minutes']} minutes, over your {ask.max_minutes}.")
    steps = [step.strip() for step in data["steps"] if _WORDY.search(step)]
    return Recipe(data["title"].strip(), int(data["minutes"]), ingredients, steps, problems)


PLAN_SYSTEM = (
    "You plan simple home dinners for a week from what the user has, plus pantry staples. "
    "Respect every diet rule. One short dish per day."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def meal_plan_request(ask: RecipeAsk, days: int = 7) -> Request:
    schema = {
        "type": "object",
        "properties": {
            "days": {
                "type": "array",
                "minItems": days,
                "maxItems": days,
                "items": {
                    "type": "object",
                    "properties": {
                        "dish": {"type": "string", "minLength": 3, "maxLength": 50},
                        "uses": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 6,
                            "items": {"type": "string", "maxLength": 30},
                        },
                    },
                    "required": ["dish", "uses"],
                },
            }
        },
        "required": ["days"],
    }
    diet = ", ".join(ask.diet) or "none"
    user = f"I have: {', '.join(ask.have)}.\nPantry staples: {', '.join(ask.staples)}.\nDiet: {diet}.\n{days} dinners."
    return Request.chat(
        [{"role": "system", "content": PLAN_SYSTEM}, {"role": "user", "content": user}],
        schema=schema,
        max_tokens=120 * days,
        temperature=0.4,
        skill="meal_plan",
    )


def check_meal_plan(data: dict[str, Any], ask: RecipeAsk) -> tuple[str, list[str]]:
    """The plan as text, and what must be bought (ingredients not on hand)."""
    missing: list[str] = []
    lines = []
    for day, entry in zip(DAYS, data["days"], strict=False):
        uses = []
        for item in entry["uses"]:
            have = _matches(item, ask.have) or _matches(item, ask.staples)
            if not have and item.lower() not in missing:
                missing.append(item.lower())
            uses.append(item if have else f"{item} (to buy)")
        lines.append(f"{day}: {entry['dish'].strip()} — {', '.join(uses)}")
    return "\n".join(lines), missing


def explain_request(term: str) -> Request:
    return Request.chat(
        [
            {
                "role": "system",
                "content": "Explain cooking terms to a home cook in two or three plain sentences.",
            },
            {"role": "user", "content": f'What does "{term.strip()}" mean in cooking?'},
        ],
        max_tokens=150,
        temperature=0.3,
        skill="cooking_term",
    )


UNUSABLE = (
    "The model did not produce a usable recipe (the embedded model is small); "
    "try again, or drop a bigger GGUF model into the models folder."
)


def _need(generator: Generator | None) -> Generator:
    if generator is None:
        raise ModelError("No model is loaded, so recipes need to wait (see the status bar).")
    return generator


def suggest(
    generator: Generator | None,
    ask: RecipeAsk,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
) -> Recipe | Result:
    """A schema-shaped recipe, checked against what is on hand and the diet.

    A failed or stopped call comes back as its :class:`Result`; an answer that
    fails the checks comes back as a :class:`Recipe` that is not ``usable``
    (say :data:`UNUSABLE`)."""
    del on_token  # JSON is not worth streaming to the user
    res = _need(generator).generate(request(ask), cancel=cancel)
    return check(res.data, ask) if res.ok else res


def plan_week(
    generator: Generator | None,
    ask: RecipeAsk,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
) -> tuple[str, list[str]] | Result:
    """A week of dinners as text, and what must be bought."""
    del on_token
    res = _need(generator).generate(meal_plan_request(ask), cancel=cancel)
    return check_meal_plan(res.data, ask) if res.ok else res


def explain(
    generator: Generator | None,
    term: str,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
) -> Result:
    """A cooking term in two or three sentences, streamed."""
    return _need(generator).generate(explain_request(term), on_token=on_token, cancel=cancel)
