"""deploy/: no container engine runs here, so the files are checked against the code they
name: the entry point, the settings, the probe paths, the files a build copies."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from ruamel.yaml import YAML

from bot.app.config import load_config
from bot.app.health import HealthServer

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def yaml_documents(path: Path) -> list[dict[str, object]]:
    return [d for d in YAML(typ="safe").load_all(path.read_text(encoding="utf-8")) if d]


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
