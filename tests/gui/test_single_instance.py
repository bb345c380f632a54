from pathlib import Path

from ui.single_instance import SingleInstance


def test_second_instance_raises_the_first(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        second = SingleInstance(tmp_path)
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert not second.acquire()
        assert (tmp_path / "daybreak.lock").stat().st_mode & 0o077 == 0
    finally:
        first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire()  # the lock is free again after release
    third.release()
