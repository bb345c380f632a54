"""Recipes from what is on hand: schema-shaped, then checked against the pantry and diet."""

from __future__ import annotations

import difflib
import json
import logging
import re
import threading
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

from assistant.llm.base import Engine, Request, TokenCallback

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
    servings: int = 2
    provenance: str = ""

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["missing"] = self.missing
        return d

    @property
    def usable(self) -> bool:
        """Something a person could cook: real ingredients, some of them yours, and steps."""
        return any(i["status"] == "have" for i in self.ingredients) and len(self.steps) >= 2

    @property
    def missing(self) -> list[str]:
        return [i["item"] for i in self.ingredients if i["status"] == "missing"]

    def as_text(self) -> str:
        lines = [f"{self.title} — {self.minutes} min, serves {self.servings}", ""]
        for i in self.ingredients:
            mark = {"have": "", "staple": " (pantry)", "missing": " — MISSING"}[i["status"]]
            lines.append(f"• {i['quantity']} {i['item']}{mark}".replace("  ", " "))
        lines.append("")
        lines += [f"{n}. {s}" for n, s in enumerate(self.steps, 1)]
        if self.problems:
            lines += ["", *[f"Note: {p}" for p in self.problems]]
        if self.provenance:
            lines += ["", f"Source: {self.provenance}"]
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


# -- grounded recipes: a bundled collection, picked by pantry, diet and time -------------------

log = logging.getLogger("daybreak.recipes")

#: Plant products whose names contain a word a diet rule forbids.
_PLANT_EXCEPTIONS = (
    "coconut milk", "oat milk", "soy milk", "almond milk", "peanut butter", "vegan cheese", "eggplant",
)  # fmt: skip
#: "no X" rules, by what X covers.
ALLERGENS: dict[str, tuple[str, ...]] = {
    "gluten": ("flour", "bread", "pasta", "noodle", "tortilla", "soy sauce", "oat", "couscous", "breadcrumb"),
    "dairy": ("milk", "butter", "cheese", "cheddar", "feta", "parmesan", "mozzarella", "yogurt", "cream"),
    "egg": ("egg",),
    "peanut": ("peanut",),
    "nut": ("peanut", "almond", "walnut", "cashew", "pecan", "hazelnut", "pistachio"),
    "fish": ("fish", "salmon", "tuna", "cod", "anchovy", "sardine"),
    "shellfish": ("shrimp", "prawn", "crab", "lobster", "mussel"),
    "meat": ("chicken", "beef", "pork", "bacon", "ham", "lamb", "turkey", "sausage"),
    "soy": ("soy", "tofu"),
}
_ALLERGEN_ALIASES = {"eggs": "egg", "peanuts": "peanut", "nuts": "nut", "tree nuts": "nut", "milk": "dairy",
                     "lactose": "dairy", "wheat": "gluten", "seafood": "shellfish"}  # fmt: skip
DEFAULT_STAPLES = ("salt", "pepper", "oil", "olive oil", "water", "sugar", "flour", "vinegar")
WEEK_DAYS = DAYS


def _singular(word: str) -> str:
    if word.endswith("oes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_singular(w) for w in re.findall(r"[a-z]+", text.lower()))


def _contains(item: str, names: list[str] | tuple[str, ...]) -> bool:
    """Whether ``item`` is one of ``names``: every word of a name appears in the item, in order."""
    it = _tokens(item)
    for n in names:
        nt = _tokens(n)
        if nt and any(it[i : i + len(nt)] == nt for i in range(len(it) - len(nt) + 1)):
            return True
    return False


def forbidden_by(item: str, rule: str) -> bool:
    """Whether ingredient ``item`` breaks diet ``rule`` ("vegetarian", "vegan", "no gluten", "no X")."""
    low = item.lower()
    rule = " ".join(rule.lower().split())
    if rule in ("vegetarian", "vegan", "no dairy", "no milk", "no lactose", "no egg", "no eggs"):
        for p in _PLANT_EXCEPTIONS:  # coconut milk is not dairy; peanut butter still has peanuts
            low = low.replace(p, " ")
    if rule == "vegetarian":
        words = ALLERGENS["meat"] + ALLERGENS["fish"] + ALLERGENS["shellfish"] + ("gelatin", "anchov")
    elif rule == "vegan":
        words = ALLERGENS["meat"] + ALLERGENS["fish"] + ALLERGENS["shellfish"] + ALLERGENS["dairy"]
        words += ("egg", "honey", "gelatin")
    elif rule.startswith("no "):
        what = rule[3:].strip()
        what = _ALLERGEN_ALIASES.get(what, what)
        words = ALLERGENS.get(_singular(what), ALLERGENS.get(what, (what,)))
    else:
        return False
    return _contains(low, words)


def diet_problems(ingredients: list[dict[str, str]], diet: list[str]) -> list[str]:
    return [
        f"{i['item']} does not fit “{rule}”."
        for i in ingredients
        for rule in diet
        if forbidden_by(i["item"], rule)
    ]


@lru_cache(maxsize=1)
def collection() -> tuple[dict[str, Any], ...]:
    """The bundled recipes (``data/recipes.json``; written for Daybreak, CC0)."""
    raw = resources.files("assistant.skills").joinpath("data/recipes.json").read_text(encoding="utf-8")
    return tuple(json.loads(raw)["recipes"])


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    raw = resources.files("assistant.skills").joinpath("data/glossary.json").read_text(encoding="utf-8")
    return dict(json.loads(raw)["terms"])


def explain(term: str) -> str:
    """A cooking term from the bundled glossary (never the model); unknown terms say so."""
    terms = glossary()
    key = " ".join(term.lower().strip(" ?.!\"'").split())
    key = re.sub(r"^(?:what (?:does|is)|to)\s+|\s+mean$", "", key).strip(" \"'")
    candidates = [key, key.replace("é", "e"), _singular(key), re.sub(r"(?:ing|ed|d)$", "", key),
                  re.sub(r"(?:ing|ed)$", "e", key)]  # fmt: skip
    for c in candidates:
        if c in terms:
            return f"{c.capitalize()}: {terms[c]}"
    close = difflib.get_close_matches(key, list(terms), n=3, cutoff=0.75)
    if close:
        return f"“{term.strip()}” is not in the glossary. Did you mean: {', '.join(close)}?"
    return f"“{term.strip()}” is not in the glossary ({len(terms)} common cooking terms)."


_QTY = re.compile(r"^\s*(\d+/\d+|\d+(?:\.\d+)?)(.*)$")


def scale_quantity(quantity: str, factor: float) -> str:
    """ "150 g" x 2 -> "300 g"; "1/2" x 2 -> "1"; "1 pinch" stays a pinch."""
    m = _QTY.match(quantity)
    if not m or factor == 1 or re.search(r"pinch|handful|to taste", quantity):
        return quantity
    num = m.group(1)
    value = float(num.split("/")[0]) / float(num.split("/")[1]) if "/" in num else float(num)
    scaled = value * factor
    text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 10 else str(round(scaled))
    return text + m.group(2)


def recipe_problems(recipe: Recipe, ask: RecipeAsk) -> list[str]:
    """Why ``recipe`` may not be shown: structure, diet, time, unmarked ingredients."""
    problems = []
    if not recipe.title.strip():
        problems.append("no title")
    if recipe.servings < 1:
        problems.append("no servings")
    if not 1 <= recipe.minutes <= ask.max_minutes:
        problems.append(f"takes {recipe.minutes} minutes, over your {ask.max_minutes}")
    if not recipe.ingredients or any(
        not i["item"].strip() or not i["quantity"].strip() for i in recipe.ingredients
    ):
        problems.append("an ingredient has no amount")
    if len(recipe.steps) < 2 or any(not s.strip() for s in recipe.steps):
        problems.append("fewer than two steps")
    for i in recipe.ingredients:
        st = i.get("status")
        if st not in ("have", "staple", "missing"):
            problems.append(f"{i['item']} is not marked")
        elif st == "have" and not _contains(i["item"], ask.have):
            problems.append(f"{i['item']} is marked as yours but is not in your list")
        elif (
            st == "staple"
            and not _contains(i["item"], ask.staples)
            and _tokens(i["item"]) not in {_tokens(s) for s in ask.staples}
        ):
            problems.append(f"{i['item']} is marked as a staple but is not one")
    problems += diet_problems(recipe.ingredients, ask.diet)
    return problems


def _status(item: str, ask: RecipeAsk) -> str:
    if _contains(item, ask.have):
        return "have"
    if _tokens(item) in {_tokens(s) for s in ask.staples}:
        return "staple"
    return "missing"


def from_collection(entry: dict[str, Any], ask: RecipeAsk) -> Recipe:
    factor = ask.servings / int(entry["servings"]) if ask.servings else 1.0
    ingredients = [
        {
            "item": i["item"],
            "quantity": scale_quantity(i["quantity"], factor),
            "status": _status(i["item"], ask),
        }
        for i in entry["ingredients"]
    ]
    return Recipe(
        title=entry["title"],
        minutes=int(entry["minutes"]),
        ingredients=ingredients,
        steps=list(entry["steps"]),
        problems=[],
        servings=ask.servings or int(entry["servings"]),
        provenance=str(entry.get("provenance", "")),
    )


def rank(ask: RecipeAsk, exclude: set[str] | None = None) -> list[Recipe]:
    """Collection recipes that fit the diet and time, most of what you have first, fewest to buy."""
    out: list[tuple[tuple[int, int, int], Recipe]] = []
    for entry in collection():
        if exclude and entry["title"] in exclude:
            continue
        if int(entry["minutes"]) > ask.max_minutes:
            continue
        if diet_problems(entry["ingredients"], ask.diet):
            continue
        r = from_collection(entry, ask)
        have = sum(i["status"] == "have" for i in r.ingredients)
        if not have and ask.have:
            continue
        missing = len(r.missing)
        out.append(((-(2 * have - missing), missing, r.minutes), r))
    out.sort(key=lambda x: x[0])
    return [r for _, r in out]


@dataclass
class Suggestion:
    """What ``recipe suggest`` and the Recipes pane show."""

    recipes: list[Recipe]
    note: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.recipes)

    def as_dict(self) -> dict[str, Any]:
        return {"recipes": [r.as_dict() for r in self.recipes], "note": self.note}


def loads_lenient(text: str) -> Any:
    """The first JSON value in ``text``: control characters inside strings and trailing text allowed."""
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError("no JSON object in the answer")
    value, _end = json.JSONDecoder(strict=False).raw_decode(text[start:])
    return value


def _adapt(generator: Engine, recipe: Recipe, ask: RecipeAsk, cancel: threading.Event | None) -> str:
    """Let a capable model swap missing ingredients for ones you have, under the same checks."""
    missing = recipe.missing
    if not missing:
        return ""
    options = [h for h in ask.have if not any(h == i["item"] for i in recipe.ingredients)]
    if not options:
        return ""
    schema_ = {
        "type": "object",
        "properties": {
            "swaps": {
                "type": "array",
                "maxItems": len(missing),
                "items": {
                    "type": "object",
                    "properties": {"missing": {"enum": missing}, "use": {"enum": [*options, "none"]}},
                    "required": ["missing", "use"],
                },
            }
        },
        "required": ["swaps"],
    }
    req = Request.chat(
        [
            {"role": "system", "content": "You suggest sensible ingredient substitutions for home cooks."},
            {
                "role": "user",
                "content": f"Recipe: {recipe.title}. Missing: {', '.join(missing)}. I have: {', '.join(options)}. "
                "For each missing ingredient, name one I have that can replace it, or none.",
            },
        ],
        schema=schema_,
        max_tokens=200,
        temperature=0.2,
        skill="recipe_adapt",
    )
    res = generator.generate(req, cancel=cancel)
    data = res.data
    if not res.ok:
        try:
            data = loads_lenient(res.text)
            jsonschema.validate(data, schema_)
        except (ValueError, jsonschema.ValidationError) as exc:
            log.warning("recipe adaptation: unusable answer (%s): %r", exc, res.text[:500])
            return ""
    swaps = []
    for s in data["swaps"]:
        use = s["use"]
        if use == "none" or use not in options or any(forbidden_by(use, rule) for rule in ask.diet):
            continue
        for i in recipe.ingredients:
            if i["item"] == s["missing"] and i["status"] == "missing":
                i["item"], i["status"] = use, "have"
                swaps.append(f"{s['missing']} → {use}")
    return f"Adapted by the model: {', '.join(swaps)}." if swaps else ""


#: Models this size or larger may adapt a recipe; the embedded 135M model only picks.
ADAPT_MIN_PARAMS = 1_000_000_000


def suggest(
    generator: Engine | None,
    ask: RecipeAsk,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
    count: int = 3,
) -> Suggestion:
    """Up to ``count`` checked recipes from the bundled collection (adapted by a capable model)."""
    if not ask.have:
        return Suggestion([], "List what you have first (comma separated).")
    picks = rank(ask)[:count]
    if not picks:
        diet = f" that is {', '.join(ask.diet)}" if ask.diet else ""
        return Suggestion(
            [], f"No recipe in the collection{diet} uses what you have within {ask.max_minutes} minutes."
        )
    note = ""
    if generator is not None and generator.info.n_params >= ADAPT_MIN_PARAMS:
        note = _adapt(generator, picks[0], ask, cancel)
    shown = []
    for r in picks:
        problems = recipe_problems(r, ask)
        if problems:  # never expected for the collection; logged and left out rather than shown
            log.error("recipe %r left out: %s", r.title, "; ".join(problems))
            continue
        shown.append(r)
    if on_token is not None and shown:
        on_token(shown[0].as_text())
    return Suggestion(shown, note or "From Daybreak's recipe collection (written for Daybreak, CC0).")


@dataclass
class WeekPlan:
    days: list[tuple[str, Recipe]]
    shopping: list[str]
    note: str = ""

    def as_text(self) -> str:
        lines = [f"{day}: {r.title} ({r.minutes} min)" for day, r in self.days]
        if self.shopping:
            lines += ["", "Shopping list:", *[f"• {s}" for s in self.shopping]]
        if self.note:
            lines += ["", self.note]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "days": [{"day": d, "recipe": r.as_dict()} for d, r in self.days],
            "shopping": self.shopping,
            "note": self.note,
        }


def week_plan(ask: RecipeAsk, days: int = 7) -> WeekPlan:
    """Seven different dinners from the collection, best pantry fit first, and one shopping list."""
    chosen: list[Recipe] = []
    ranked = rank(RecipeAsk(ask.have, ask.diet, ask.max_minutes, ask.servings, ask.staples))
    if len(ranked) < days:  # too few use what you have: fill with any that fit diet and time
        extra = rank(
            RecipeAsk([], ask.diet, ask.max_minutes, ask.servings, ask.staples), {r.title for r in ranked}
        )
        ranked += extra
    chosen = ranked[:days]
    shopping: dict[str, list[str]] = {}
    for r in chosen:
        for i in r.ingredients:
            if i["status"] == "missing":
                shopping.setdefault(i["item"], []).append(i["quantity"])
    items = [f"{item} ({' + '.join(q)})" for item, q in shopping.items()]
    note = "" if len(chosen) == days else f"Only {len(chosen)} recipes fit your diet and time."
    return WeekPlan(list(zip(WEEK_DAYS, chosen, strict=False)), items, note)
