"""Packaging: every code folder is a package, so `pip install .` ships it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_folder_with_python_code_is_a_package() -> None:
    missing = [
        str(folder.relative_to(ROOT))
        for top in ("sokbo", "feeds", "rules", "bot")
        for folder in [ROOT / top, *(p for p in (ROOT / top).rglob("*") if p.is_dir())]
        if "__pycache__" not in folder.parts and any(folder.glob("*.py")) and not (folder / "__init__.py").exists()
    ]
    assert missing == [], f"add __init__.py so setuptools ships these: {missing}"


def test_the_systemd_unit_matches_the_entry_point_and_the_stop_bound() -> None:
    import configparser
    import tomllib

    from bot.app.cli import EXIT_USAGE, HARD_STOP

    unit = configparser.ConfigParser(strict=False, interpolation=None)  # Environment= appears twice
    unit.read(ROOT / "deploy" / "systemd" / "sokbo.service", encoding="utf-8")
    service = unit["Service"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert service["ExecStart"].endswith("/bin/sokbo run") and "sokbo" in scripts
    # systemd's SIGKILL must not pre-empt sokbo's own bounded stop, which leaves stack traces
    assert int(service["TimeoutStopSec"]) > HARD_STOP.total_seconds()
    assert int(service["RestartPreventExitStatus"]) == EXIT_USAGE  # a setup error is not fixed by restarting
