"""deploy/: the compose file, the Kubernetes manifests and Rasa's endpoints parse, and hold
what scaled mode needs: PostgreSQL, Redis, replicas, health checks, resource limits, and
secrets only from the environment."""
import re
from pathlib import Path

import pytest
import yaml
from rasa.shared.utils.common import class_from_module_path

pytestmark = pytest.mark.heavy   # Rasa: endpoint classes are resolved the way Rasa resolves them

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
K8S_FILES = sorted(p for p in (DEPLOY / "k8s").glob("*.yaml") if p.name != "kustomization.yaml")
SECRET_WORDS = re.compile(r"password|secret|token", re.I)


def compose():
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def k8s_docs():
    docs = []
    for path in K8S_FILES:
        docs += [(path.name, d) for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def test_compose_has_every_part_with_health_checks_and_limits():
    services = compose()["services"]
    assert {"postgres", "redis", "rasa-1", "rasa-2", "actions-1", "actions-2", "action-gateway", "web"} <= set(services)
    for name, service in services.items():
        assert service.get("healthcheck", {}).get("test"), name
        assert service["deploy"]["resources"]["limits"]["memory"], name
        assert service.get("restart") == "unless-stopped", name
    assert [n for n, s in services.items() if s.get("ports")] == ["web"]   # the one public entry


def test_compose_routes_to_every_replica_and_action_server():
    services = compose()["services"]
    replicas = sorted(n for n in services if n.startswith("rasa-"))
    assert services["web"]["environment"]["CAREERBOT_RASA_URL"] == ",".join("http://%s:5005" % n for n in replicas)
    gateway = services["action-gateway"]["command"]
    assert [gateway[i + 1] for i, a in enumerate(gateway) if a == "--server"] == \
        ["http://%s:5055" % n for n in sorted(services) if n.startswith("actions-")]
    endpoints = yaml.safe_load((DEPLOY / "endpoints.yml").read_text())
    assert endpoints["action_endpoint"]["url"] == "http://action-gateway:5055/webhook"
    for service in replicas:
        assert "deploy/endpoints.yml" in services[service]["command"]


def test_compose_secrets_come_only_from_the_environment():
    for service in compose()["services"].values():
        for key, value in (service.get("environment") or {}).items():
            if SECRET_WORDS.search(key) or "@" in str(value):   # a password, or a URL with one
                assert "${" in str(value) and ":?" in str(value), (key, value)


@pytest.mark.parametrize("path", ["endpoints.yml"])
def test_rasa_endpoints_name_classes_that_exist(path):
    endpoints = yaml.safe_load((DEPLOY / path).read_text())
    config = yaml.safe_load(next(d for _, d in k8s_docs() if d["kind"] == "ConfigMap")["data"]["endpoints.yml"])
    for data in (endpoints, config):
        assert class_from_module_path(data["tracker_store"]["type"])
        assert class_from_module_path(data["lock_store"]["type"])
        assert set(data["tracker_store"]) == {"type"} and set(data["lock_store"]) == {"type"}   # no secrets


def test_k8s_documents_are_well_formed():
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == [p.name for p in K8S_FILES]
    docs = k8s_docs()
    assert {d["kind"] for _, d in docs} >= {"Service", "StatefulSet", "Deployment", "ConfigMap"}
    for name, doc in docs:
        assert doc["apiVersion"] and doc["kind"] and doc["metadata"]["name"], name


def workloads():
    return [(d["metadata"]["name"], d) for _, d in k8s_docs() if d["kind"] in ("Deployment", "StatefulSet")]


def test_k8s_containers_have_probes_limits_and_secret_refs():
    for name, workload in workloads():
        pod = workload["spec"]["template"]
        assert workload["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items(), name
        for container in pod["spec"]["containers"]:
            where = "%s/%s" % (name, container["name"])
            assert container.get("readinessProbe") and container.get("livenessProbe"), where
            assert {"cpu", "memory"} <= set(container["resources"]["limits"]), where
            for env in container.get("env", []):
                if SECRET_WORDS.search(env["name"]):
                    assert "secretKeyRef" in env.get("valueFrom", {}), where
                if "value" in env and "@" in env["value"]:
                    assert re.search(r"\$\(\w+\)@", env["value"]), where   # password from a secret variable


def test_k8s_services_select_pods_and_web_knows_every_replica():
    pods = {name: w["spec"]["template"]["metadata"]["labels"] for name, w in workloads()}
    for _, doc in k8s_docs():
        if doc["kind"] == "Service":
            assert any(doc["spec"]["selector"].items() <= labels.items() for labels in pods.values()), doc
    rasa = dict(workloads())["rasa"]
    web = dict(workloads())["web"]["spec"]["template"]["spec"]["containers"][0]
    url = next(e["value"] for e in web["env"] if e["name"] == "CAREERBOT_RASA_URL")
    assert url.split(",") == ["http://rasa-%d.rasa:5005" % i for i in range(rasa["spec"]["replicas"])]
    assert rasa["spec"]["serviceName"] == "rasa"
