"""The desktop app with the real embedded model on its engine thread."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from assistant.store import Store, records
from tests.conftest import TRANSCRIPTS


def test_real_model_loads_extracts_and_streams(qtbot, store: Store) -> None:
    from ui.app import build, shutdown

    ctx, window = build(store)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(ctx.engine.model_loaded, timeout=60_000):
            ctx.engine.load()
        # The state label follows the worker's state signal, queued right after model_loaded.
        qtbot.waitUntil(lambda: window.state_label.text() == "Ready", timeout=5000)
        assert "135M" in window.model_label.text()
        pane = window.summaries
        pane.text.setPlainText((TRANSCRIPTS / "client_call.vtt").read_text())
        pane.date.setDate(QDate(2026, 11, 18))
        with qtbot.waitSignal(
            ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=120_000
        ):
            qtbot.mouseClick(pane.extract_button, Qt.MouseButton.LeftButton)
        assert pane.table.rowCount() == 5
        pane.table.selectAll()
        qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(records.list_todos(store)) == 5, timeout=5000)  # the writer thread

        email = window.email
        email.request.setText("Thank Sarah for the pricing sheet, mention the volume tiers")
        tokens: list[str] = []
        with qtbot.waitSignal(
            ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=120_000
        ):
            qtbot.mouseClick(email.draft_button, Qt.MouseButton.LeftButton)
            assert email.job is not None
            email.job.token.connect(tokens.append)  # queued: no token can have arrived yet
        qtbot.waitUntil(lambda: bool(email.draft_box.toPlainText().strip()), timeout=5000)
        assert len(tokens) > 5  # streamed, not dumped at the end
        rows = list(store.db.query("select skill, outcome from llm_calls"))
        assert {"skill": "email", "outcome": "finished"} in rows
    finally:
        shutdown(ctx)
    assert not ctx.engine.engine_thread.isRunning()
