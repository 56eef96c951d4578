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
