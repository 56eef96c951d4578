"""Alembic environment: runs on a connection handed over by `bot.app.database.migrate`.

sokbo migrates itself at start-up, inside its own event loop, so this env never opens
its own engine; it uses the connection passed in `config.attributes["connection"]`.
"""

from __future__ import annotations

from alembic import context

from bot.app.database import is_model_table, metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached if someone runs the alembic CLI by hand
    raise RuntimeError("run migrations with `sokbo db upgrade` (bot.app.database.migrate), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTERs need table rebuilds
    compare_type=True,
    include_name=is_model_table,
)
with context.begin_transaction():
    context.run_migrations()
