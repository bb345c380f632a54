"""The store at 100k notes + 100k to-dos: search, digest queries and quick-add."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

WORDS = (
    "budget report meeting invoice garden paint dentist flight hotel recipe pasta wifi password "
    "client proposal draft review deploy server backup birthday gift school homework insurance car "
    "tax refund plumber kitchen lamp book library passport visa doctor pharmacy yoga run bike"
).split()


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    """Everyday words plus made-up ones: notes share a few common words and many rare ones."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    made_up = {"".join(rng.choices(letters, k=rng.randint(4, 9))) for _ in range(size)}
    return WORDS + sorted(made_up)


def zipf_words(rng: random.Random, vocab: list[str], k: int) -> list[str]:
    # Rank r is picked with weight 1/r (Zipf), like words in real text.
    return rng.choices(vocab, weights=[1 / (r + 1) for r in range(len(vocab))], k=k)


def p95(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.95) - 1]


def build(home: Path, n: int = 100_000, seed: int = 1) -> None:
    os.environ["DAYBREAK_HOME"] = str(home)
    from assistant.store import Store

    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1 / (r + 1) for r in range(len(vocab))]
    store = Store()
    today = date.today()
    with store.atomic() as db:
        db.table("notes").insert_all(
            (
                {
                    "title": "",
                    "body": " ".join(rng.choices(vocab, weights=weights, k=30)),
                    "tags": rng.choice(WORDS),
                    "created": "2026-01-01T00:00:00",
                    "updated": "2026-01-01T00:00:00",
                }
                for _ in range(n)
            ),
            batch_size=2000,
        )
        db.table("todos").insert_all(
            (
                {
                    "title": " ".join(rng.choices(vocab, weights=weights, k=5)),
                    "details": "",
                    "status": "open" if i % 4 else "done",
                    "priority": rng.randint(1, 3),
                    "tags": "",
                    "created": "2026-01-01T00:00:00",
                    "due": (today + timedelta(days=rng.randint(-400, 400))).isoformat() if i % 3 else None,
                }
                for i in range(n)
            ),
            batch_size=2000,
        )
    store.close()


def measure(home: Path) -> dict[str, Any]:
    os.environ["DAYBREAK_HOME"] = str(home)
    from assistant.skills import digest
    from assistant.store import Store, records

    rng = random.Random(2)
    vocab = vocabulary(random.Random(1))
    store = Store()
    try:
        search = []
        for _ in range(200):
            q = " ".join(zipf_words(rng, vocab, 2))
            t0 = time.perf_counter()
            records.search_notes(store, q)
            search.append(time.perf_counter() - t0)
        digests = []
        for _ in range(10):
            t0 = time.perf_counter()
            data = digest.collect(store, date.today(), since=None, catch_up=False)
            digest.render(data)
            digests.append(time.perf_counter() - t0)
        adds = []
        for n in range(100):
            t0 = time.perf_counter()
            records.add_todo(store, f"quick add {n}", due=date.today().isoformat())
            adds.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        open_rows = records.list_todos(store)
        list_s = time.perf_counter() - t0
    finally:
        store.close()
    return {
        "search_p95_ms": round(p95(search) * 1000, 2),
        "search_p50_ms": round(statistics.median(search) * 1000, 2),
        "digest_median_ms": round(statistics.median(digests) * 1000, 1),
        "quick_add_p50_ms": round(statistics.median(adds) * 1000, 2),
        "quick_add_p95_ms": round(p95(adds) * 1000, 2),
        "list_open_todos_ms": round(list_s * 1000, 1),
        "open_todos": len(open_rows),
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        build(Path(tmp))
        print("built in", round(time.perf_counter() - t0, 1), "s")
        print(measure(Path(tmp)))
