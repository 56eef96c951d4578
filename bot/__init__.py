"""bot: the rooms' wiring and everything that talks to people (CLI, chat adapters, console)."""
