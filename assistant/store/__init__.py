"""SQLite storage: schema, migrations and the queries the app runs."""

from assistant.store.db import Store, guard

__all__ = ["Store", "guard"]
