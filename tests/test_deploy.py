"""deploy/: no container engine runs here, so the files are checked by the linters their readers
use (hadolint, Kubernetes' schemas, the Compose spec) and against the code they name: the entry
point, the settings, the probe paths, the files a build copies, the pinned lock."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from ruamel.yaml import YAML

from bot.app.config import load_config
from bot.app.health import HealthServer

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def yaml_documents(path: Path) -> list[dict[str, object]]:
    return [d for d in YAML(typ="safe").load_all(path.read_text(encoding="utf-8")) if d]


def linter(name: str) -> str:
    """The test extra installs the linters into this interpreter's environment; elsewhere, skip."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[test]' brings it)")
    return found


def lint(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def probe_paths() -> set[str]:
    server = HealthServer(None, port=0)  # type: ignore[arg-type]  # routes only: nothing is probed
    return {route.resource.canonical for route in server.app.router.routes() if route.resource is not None}


def test_the_dockerfile_installs_the_tree_runs_as_a_user_and_probes_healthz() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    for source in re.findall(r"^COPY (\S+) ", text, re.MULTILINE):
        for name in source.split():
            assert (ROOT / name).exists(), name
    users = re.findall(r"^USER (\S+)", text, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert 'ENTRYPOINT ["sokbo"]' in text and "sokbo" in scripts
    assert "/healthz" in text and "/healthz" in probe_paths()
    assert re.search(r"^FROM python:3\.\d+-slim$", text, re.MULTILINE)


def test_compose_and_kubernetes_name_settings_that_load_and_probes_that_exist(tmp_path: Path) -> None:
    compose = yaml_documents(DEPLOY / "compose.yaml")[0]
    sokbo = compose["services"]["sokbo"]  # type: ignore[index]
    assert sokbo["deploy"]["replicas"] >= 2 and "postgres" in compose["services"]  # type: ignore[index,operator]
    # The config compose mounts loads (rules relative to it, as mounted).
    config = tmp_path / "sokbo.yaml"
    config.write_text((DEPLOY / "sokbo.compose.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "watch.yaml").write_text((DEPLOY / "rules" / "watch.yaml").read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    loaded = load_config(str(config))
    assert loaded.settings.metrics.port == 9464 and loaded.settings.database_url.startswith("postgresql")

    kinds = {d["kind"]: d for path in (DEPLOY / "kubernetes").glob("*.yaml") for d in yaml_documents(path)}
    assert set(kinds) >= {"Deployment", "ConfigMap", "Secret", "PodDisruptionBudget"}
    data = kinds["ConfigMap"]["data"]  # type: ignore[index]
    for name, text in data.items():  # type: ignore[union-attr]
        (tmp_path / name).write_text(text, encoding="utf-8")
    k8s = load_config(str(tmp_path / "sokbo.yaml"))
    [container] = kinds["Deployment"]["spec"]["template"]["spec"]["containers"]  # type: ignore[index]
    assert container["args"] == ["run"]
    paths = probe_paths()
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz" in paths
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz" in paths
    assert container["ports"][0]["containerPort"] == k8s.settings.metrics.port
    secrets = set(kinds["Secret"]["stringData"])  # type: ignore[index,arg-type]
    assert secrets <= {"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DISCORD_TOKEN"}


def test_hadolint_passes_the_dockerfile_and_would_catch_a_root_user(tmp_path: Path) -> None:
    hadolint = linter("hadolint")
    passed = lint(hadolint, str(DEPLOY / "Dockerfile"))
    assert passed.returncode == 0, passed.stdout + passed.stderr
    as_root = tmp_path / "Dockerfile"
    as_root.write_text((DEPLOY / "Dockerfile").read_text(encoding="utf-8") + "USER root\n", encoding="utf-8")
    failed = lint(hadolint, str(as_root))
    assert failed.returncode != 0 and "DL3002" in failed.stdout


def test_the_kubernetes_manifests_validate_strictly_against_kubernetes_schemas(tmp_path: Path) -> None:
    validate = linter("kubernetes-validate")
    manifests = sorted(str(p) for p in (DEPLOY / "kubernetes").glob("*.yaml"))
    passed = lint(validate, "--strict", *manifests)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stdout.count(" passed for resource ") == 4  # Deployment, PDB, ConfigMap, Secret
    typo = tmp_path / "deployment.yaml"
    typo.write_text((DEPLOY / "kubernetes" / "deployment.yaml").read_text(encoding="utf-8")
                    .replace("readinessProbe:", "readynessProbe:", 1), encoding="utf-8")
    failed = lint(validate, "--strict", str(typo))
    assert failed.returncode != 0 and "readynessProbe" in failed.stdout + failed.stderr


def test_the_compose_file_validates_against_the_compose_spec(tmp_path: Path) -> None:
    check = linter("check-jsonschema")
    passed = lint(check, "--builtin-schema", "vendor.compose-spec", str(DEPLOY / "compose.yaml"))
    assert passed.returncode == 0, passed.stdout + passed.stderr
    typo = tmp_path / "compose.yaml"
    typo.write_text((DEPLOY / "compose.yaml").read_text(encoding="utf-8").replace("volumes:", "volumez:", 1),
                    encoding="utf-8")
    failed = lint(check, "--builtin-schema", "vendor.compose-spec", str(typo))
    assert failed.returncode != 0 and "volumez" in failed.stdout + failed.stderr


def test_the_image_installs_a_lock_that_pins_every_runtime_dependency() -> None:
    """An image built later must run what the suite ran: every dependency of pyproject.toml is pinned in
    the lock at a version its range admits, and the Dockerfile installs the lock before the tree."""
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY deploy/requirements.lock" in dockerfile and "-r requirements.lock" in dockerfile
    assert "pip install --no-compile --no-deps ." in dockerfile
    pinned: dict[str, str] = {}
    for line in (DEPLOY / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#", "-")):
            name, _, version = line.partition("==")
            pinned[_canonical(name)] = version.strip()
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for spec in dependencies:
        requirement = Requirement(spec)
        name = _canonical(requirement.name)
        assert name in pinned, f"{name} is not in deploy/requirements.lock"
        assert requirement.specifier.contains(pinned[name]), f"{name}=={pinned[name]} is outside {spec}"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
