"""Recipes from what you have: schema-checked, missing items marked, shopping list in one click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.skills import recipes as skill
from assistant.store import records
from ui.context import AppContext
from ui.engine_worker import Job, JobHandle
from ui.widgets import StreamBuffer


class RecipesPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.job: JobHandle | None = None
        self.recipe: skill.Recipe | None = None
        self.missing: list[str] = []
        self.stream_target: QPlainTextEdit | None = None
        self.have = QLineEdit(placeholderText="eggs, spinach, feta, tomatoes")
        self.vegetarian = QCheckBox("vegetarian")
        self.vegan = QCheckBox("vegan")
        self.allergies = QLineEdit(placeholderText="allergies, e.g. peanuts")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 240)
        self.minutes.setValue(30)
        self.servings = QSpinBox()
        self.servings.setRange(1, 12)
        self.servings.setValue(2)
        self.go = QPushButton("Suggest a recipe")
        self.go.clicked.connect(self.suggest)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self.job.stop() if self.job else None)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setAccessibleName("Recipe")
        self.plan_button = QPushButton("Plan the week")
        self.plan_button.clicked.connect(self.meal_plan)
        self.term = QLineEdit(placeholderText="Explain a cooking term: deglaze, julienne, fold…")
        self.term.setAccessibleName("Cooking term")
        self.term.returnPressed.connect(self.explain)
        self.shop = QPushButton("Add missing to shopping list")
        self.shop.setEnabled(False)
        self.shop.clicked.connect(self.add_missing)
        self.save = QPushButton("Save recipe")
        self.save.setEnabled(False)
        self.save.clicked.connect(self.save_recipe)
        form = QFormLayout()
        diet = QHBoxLayout()
        diet.addWidget(self.vegetarian)
        diet.addWidget(self.vegan)
        diet.addWidget(self.allergies)
        for name, w in (
            ("I have", self.have),
            ("Diet", diet),
            ("Max minutes", self.minutes),
            ("Servings", self.servings),
        ):
            if isinstance(w, QWidget):
                w.setAccessibleName(name)
            form.addRow(name, w)
        buttons = QHBoxLayout()
        for b in (self.go, self.plan_button, self.stop_button, self.shop, self.save):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.output, 1)
        layout.addWidget(self.term)
        self.stream = StreamBuffer(self.output)
        self.streaming = False

    def ask(self) -> skill.RecipeAsk:
        diet = [n for n, box in (("vegetarian", self.vegetarian), ("vegan", self.vegan)) if box.isChecked()]
        diet += [f"no {a.strip()}" for a in self.allergies.text().split(",") if a.strip()]
        return skill.RecipeAsk(
            skill.parse_ingredients(self.have.text()), diet, self.minutes.value(), self.servings.value()
        )

    def suggest(self) -> None:
        """Recipes from the bundled collection (a capable model may adapt one), all checked."""
        ask = self.ask()
        self._nothing_to_save()  # nothing saveable until the new answer is on screen
        if not ask.have:
            self.ctx.messages.info("List what you have first (comma separated).")
            return
        if self.job is not None:
            return
        self.output.setPlainText("Finding a recipe…")
        self.stop_button.setEnabled(True)
        self.job = self.ctx.engine.submit(
            Job("recipe", lambda gen, c: skill.suggest(gen, ask, None, c.cancel), needs_model=False),
            success=self._on_done,
            failure=self._on_failed,
            cancelled=self._on_failed,
        )

    def meal_plan(self) -> None:
        """Seven dinners from the collection and one combined shopping list (no model needed)."""
        if self.job is not None:
            return
        plan = skill.week_plan(self.ask())
        self._nothing_to_save()
        self.missing = [s.split(" (")[0] for s in plan.shopping]
        self.output.setPlainText(plan.as_text() if plan.days else "No recipe fits your diet and time.")
        self.shop.setEnabled(bool(self.missing))

    def _nothing_to_save(self) -> None:
        self.recipe = None
        self.missing = []
        self.save.setEnabled(False)
        self.shop.setEnabled(False)

    def explain(self) -> None:
        """Cooking terms come from the bundled glossary, never from the model."""
        term = self.term.text().strip()
        if not term or self.job is not None:
            return
        self._nothing_to_save()
        self.output.setPlainText(skill.explain(term))

    def _on_token(self, piece: str) -> None:
        if self.streaming:
            self.stream.add(piece)

    def _on_done(self, out: object) -> None:
        self.job = None
        self.stop_button.setEnabled(False)
        if self.streaming:
            self.streaming = False
            self.stream.flush()
            return
        if not isinstance(out, skill.Suggestion) or not out.ok:
            self._nothing_to_save()
            self.output.setPlainText(out.note if isinstance(out, skill.Suggestion) else "No recipe.")
            return
        first = out.recipes[0]
        self.recipe = first
        self.missing = first.missing
        text = first.as_text()
        if first.missing:
            text += "\n\nShopping list: " + ", ".join(first.missing)
        others = [r.title for r in out.recipes[1:]]
        if others:
            text += "\n\nAlso possible: " + "; ".join(others)
        self.output.setPlainText(text + f"\n\n{out.note}")
        self.shop.setEnabled(bool(first.missing))
        self.save.setEnabled(True)

    def _on_failed(self, message: str = "Stopped.") -> None:
        self.job = None
        self.streaming = False
        self.stream.pending.clear()
        self.stop_button.setEnabled(False)
        self._nothing_to_save()  # Save must never save an earlier recipe under an error
        self.output.setPlainText(message)

    def add_missing(self) -> None:
        missing, store = list(self.missing), self.ctx.store

        def add() -> None:
            with store.atomic():  # the whole list, or nothing
                for item in missing:
                    records.add_todo(store, f"Buy {item}", tags=["shopping"])

        def added(_: object) -> None:
            self.ctx.messages.info(f"Added {len(missing)} item(s) to the shopping list.")
            self.ctx.events.todos_changed.emit()

        self.shop.setEnabled(False)
        self.ctx.write(add, added)

    def save_recipe(self) -> None:
        if self.recipe is None:
            return
        recipe, store = self.recipe, self.ctx.store

        def saved(_: object) -> None:
            self.ctx.messages.info("Recipe saved to your notes (tag: recipe).")
            self.ctx.events.notes_changed.emit()

        self.ctx.write(
            lambda: records.add_note(store, recipe.as_text(), title=recipe.title, tags=["recipe"]), saved
        )
