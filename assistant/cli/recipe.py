"""``daybreak recipe suggest|week|explain``: recipes from the bundled collection."""

from __future__ import annotations

import argparse

from assistant.cli.common import print_json
from assistant.cli.writing_common import Subparsers, model_options, open_model
from assistant.errors import InputError
from assistant.store import Store


def _ask_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--have", default="", help='what you have, comma separated: "eggs, spinach, feta"')
    p.add_argument("--diet", action="append", default=[], help='vegetarian, vegan or "no X" (repeatable)')
    p.add_argument("--minutes", type=int, default=30, help="time limit (default 30)")
    p.add_argument("--servings", type=int, default=2)
    p.add_argument("--json", action="store_true")


def register(sub: Subparsers) -> None:
    r = sub.add_parser("recipe", help="recipes from what you have")
    rsub = r.add_subparsers(dest="recipe_command", required=True)
    s = rsub.add_parser("suggest", help="recipes that use what you have")
    _ask_options(s)
    model_options(s)
    s.set_defaults(handler=suggest)
    w = rsub.add_parser("week", help="seven dinners and one shopping list")
    _ask_options(w)
    w.set_defaults(handler=week)
    x = rsub.add_parser("explain", help="a cooking term from the glossary")
    x.add_argument("term", nargs="+")
    x.set_defaults(handler=explain)


def _ask(args: argparse.Namespace) -> object:
    from assistant.skills.recipes import RecipeAsk, parse_ingredients

    if args.minutes < 1 or args.servings < 1:
        raise InputError("--minutes and --servings must be at least 1.")
    return RecipeAsk(parse_ingredients(args.have), [d.strip().lower() for d in args.diet if d.strip()],
                     args.minutes, args.servings)  # fmt: skip


def suggest(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills import recipes

    ask = _ask(args)
    assert isinstance(ask, recipes.RecipeAsk)
    if not ask.have:
        raise InputError('List what you have: --have "eggs, spinach, feta".')
    engine = open_model(store, args)
    try:
        result = recipes.suggest(engine, ask)
    finally:
        if engine is not None:
            engine.close()
    if args.json:
        print_json(result.as_dict())
        return 0 if result.ok else 1
    if not result.ok:
        print(result.note)
        return 1
    for n, r in enumerate(result.recipes):
        if n:
            print("\n" + "-" * 40 + "\n")
        print(r.as_text())
    if any(r.missing for r in result.recipes[:1]):
        print(f"\nTo buy: {', '.join(result.recipes[0].missing)}")
    print(f"\n{result.note}")
    return 0


def week(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills import recipes

    ask = _ask(args)
    assert isinstance(ask, recipes.RecipeAsk)
    plan = recipes.week_plan(ask)
    if args.json:
        print_json(plan.as_dict())
    else:
        print(plan.as_text())
    return 0 if plan.days else 1


def explain(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills.recipes import explain as lookup

    print(lookup(" ".join(args.term)))
    return 0
