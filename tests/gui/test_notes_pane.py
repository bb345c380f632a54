"""Notes pane: search as you type, open in full, edit, delete with undo, fresh when shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assistant.store import records


def _ids(pane) -> list[int]:
    return [int(pane.results.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(pane.results.count())]


def test_search_open_edit_delete_undo(qtbot, make_app, monkeypatch) -> None:
    from ui.panes.notes import NotesPane

    ctx, window = make_app()
    pane = window.notes
    wifi = records.add_note(ctx.store, "Wi-Fi password: hunter2 " + "long text " * 80, tags=["home"])
    records.add_note(ctx.store, "Groceries: eggs")
    pane.refresh()
    qtbot.keyClicks(pane.search, "wifi pa")
    assert _ids(pane) == [wifi]
    assert "#home" in pane.results.item(0).text()
    pane.search.clear()

    def edit(cls, editor) -> None:
        assert editor.body.toPlainText().count("long text") == 80  # the whole note, not a snippet
        editor.body.setPlainText("")
        editor.save()  # empty: refused, the dialog stays open with the reason
        assert editor.result_action == "" and "needs some text" in editor.error.text()
        editor.body.setPlainText("Wi-Fi password: swordfish")
        editor.save()

    monkeypatch.setattr(NotesPane, "run_editor", classmethod(edit))
    pane.open_note(wifi)
    assert (records.get_note(ctx.store, wifi) or {}).get("body") == "Wi-Fi password: swordfish"

    pane.results.setCurrentRow(_ids(pane).index(wifi))
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert wifi not in _ids(pane) and records.get_note(ctx.store, wifi) is None
    window.sidebar.setCurrentRow(window.stack.indexOf(pane))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane.results.setFocus()
    qtbot.keyClick(pane.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert wifi in _ids(pane) and "swordfish" in (records.get_note(ctx.store, wifi) or {}).get("body", "")


def test_list_is_fresh_when_another_pane_saved_a_note(qtbot, make_app) -> None:
    ctx, window = make_app()
    window.show()
    window.sidebar.setCurrentRow(window.stack.indexOf(window.todos))
    note = records.add_note(ctx.store, "saved by the Email pane")
    assert note not in _ids(window.notes)
    window.sidebar.setCurrentRow(window.stack.indexOf(window.notes))
    assert note in _ids(window.notes)
