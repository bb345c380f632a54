from PySide6.QtCore import Qt

from assistant.store import Store, records
from ui.app import MainWindow


def test_window_opens_with_the_panes_and_adds_a_todo(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert names == ["To-dos", "Summaries", "Email", "Recipes", "Notes"]
    qtbot.keyClicks(window.todos.entry, "call mom tomorrow 5pm")
    qtbot.keyClick(window.todos.entry, Qt.Key.Key_Return)
    assert window.todos.entry.text() == ""
    assert window.todos.list.count() == 1
    [row] = records.list_todos(store)
    assert row["title"] == "call mom" and row["due"].endswith("T17:00")
    item = window.todos.list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert records.list_todos(store) == [] and window.todos.list.count() == 0
