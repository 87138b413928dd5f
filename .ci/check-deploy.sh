#!/usr/bin/env bash
# Checks the deployment files offline (no Docker engine, no cluster): every Kustomize overlay renders,
# the Kafka topics match the catalogue in Topics.java, the branch lists agree everywhere, the compose
# file, the Prometheus config and the Grafana dashboard parse. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi; }
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

PYTHON=python3
if ! "$PYTHON" -c 'import yaml' 2>/dev/null; then
  PYTHON=/usr/bin/python3
  "$PYTHON" -c 'import yaml' 2>/dev/null || apt_install python3-yaml || fail "needs python3 with PyYAML"
fi

step "Kustomize: every overlay renders"
if command -v kubectl >/dev/null 2>&1; then
  for dir in k8s/base k8s/overlays/*/; do
    dir=${dir%/}
    kubectl kustomize "$dir" > "$work/$(basename "$dir").yaml" || fail "kubectl kustomize $dir"
    echo "ok  $dir ($(grep -c '^kind:' "$work/$(basename "$dir").yaml") objects)"
  done
else
  echo "SKIPPED: kubectl is not installed, the overlays were not rendered"
fi

step "Kafka topics: k8s/base/kafka-topics.yaml against Topics.java"
if command -v javac >/dev/null 2>&1; then
  # Topics and TopicSpec use only the JDK: compile them alone, no Maven build needed
  mkdir -p "$work/classes"
  cat > "$work/PrintTopics.java" <<'EOF'
import nl.starters.servicedefaults.kafka.TopicSpec;
import nl.starters.servicedefaults.kafka.Topics;

class PrintTopics {
    public static void main(String[] args) {
        for (TopicSpec topic : Topics.all()) {
            System.out.println(topic.name() + "\t" + topic.partitions() + "\t" + new java.util.TreeMap<>(topic.config()));
        }
    }
}
EOF
  kafka_src=service-defaults/src/main/java/nl/starters/servicedefaults/kafka
  javac -d "$work/classes" "$kafka_src/Topics.java" "$kafka_src/TopicSpec.java" "$work/PrintTopics.java"
  java -cp "$work/classes" PrintTopics > "$work/topics.tsv"
  "$PYTHON" - "$work/topics.tsv" <<'EOF' || fail "KafkaTopic resources differ from Topics.java"
import sys, yaml
expected = {}
for line in open(sys.argv[1]):
    name, partitions, config = line.rstrip("\n").split("\t")
    pairs = [kv.split("=", 1) for kv in config.strip("{}").split(", ") if kv]
    expected[name] = (int(partitions), {k: v for k, v in pairs})
actual = {}
for doc in yaml.safe_load_all(open("k8s/base/kafka-topics.yaml")):
    if doc and doc.get("kind") == "KafkaTopic":
        spec = doc["spec"]
        name = spec.get("topicName", doc["metadata"]["name"])
        if spec.get("replicas") != 3:
            sys.exit(f"{name}: replicas {spec.get('replicas')}, expected 3")
        actual[name] = (spec["partitions"], {k: str(v) for k, v in (spec.get("config") or {}).items()})
problems = [f"{n}: in Topics.java {expected.get(n)}, in kafka-topics.yaml {actual.get(n)}"
            for n in sorted(set(expected) | set(actual)) if expected.get(n) != actual.get(n)]
print("\n".join(problems) or f"ok  {len(actual)} topics match")
sys.exit(1 if problems else 0)
EOF
else
  echo "SKIPPED: no javac, the topics were not compared with Topics.java"
fi

step "Branches: config/branches.yml, the k8s overlays, compose and Prometheus agree; Deployments are hardened"
cmp -s config/branches.yml k8s/base/branches.yml \
  || fail "k8s/base/branches.yml is not a copy of config/branches.yml: cp config/branches.yml k8s/base/branches.yml"
"$PYTHON" - "$work" <<'EOF' || fail "see the lines above"
import os, re, sys, yaml
work = sys.argv[1]
ids = [b["id"] for b in yaml.safe_load(open("config/branches.yml"))["community"]["branches"]]
problems = []
overlays = sorted(d[len("branch-"):] for d in os.listdir("k8s/overlays") if d.startswith("branch-"))
if overlays != sorted(ids):
    problems.append(f"k8s/overlays/branch-* are {overlays}, config/branches.yml has {ids}")
federation = yaml.safe_load(open("k8s/overlays/federation/kustomization.yaml"))["resources"]
problems += [f"k8s/overlays/federation does not list ../branch-{i}" for i in ids if f"../branch-{i}" not in federation]
rendered = os.path.join(work, "federation.yaml")
if os.path.exists(rendered):
    docs = [d for d in yaml.safe_load_all(open(rendered)) if d]
    names = {(d["kind"], d["metadata"]["name"]) for d in docs}
    for i in ids:
        for kind, name in [("Deployment", f"local-branch-{i}"), ("Service", f"local-branch-{i}"), ("Cluster", f"local-branch-{i}-db")]:
            if (kind, name) not in names:
                problems.append(f"the federation renders no {kind} {name}")
    for d in docs:
        if re.search(r"\bBRANCH\b", yaml.safe_dump(d)):
            problems.append(f"{d['kind']} {d['metadata']['name']}: the placeholder BRANCH was not replaced")
        if d["kind"] != "Deployment":
            continue
        pod = d["spec"]["template"]["spec"]
        for c in pod["containers"]:
            sc = c.get("securityContext", {})
            if not (pod.get("securityContext", {}).get("runAsNonRoot") and sc.get("readOnlyRootFilesystem")
                    and "ALL" in sc.get("capabilities", {}).get("drop", [])):
                problems.append(f"Deployment {d['metadata']['name']}: not non-root with a read-only root and no capabilities")
            if not all(p in c for p in ("startupProbe", "livenessProbe", "readinessProbe")):
                problems.append(f"Deployment {d['metadata']['name']}: a probe is missing")
compose = yaml.safe_load(open("deploy/compose.yaml"))["services"]
init_sql = open("deploy/postgres/init.sql").read()
prometheus = open("deploy/prometheus/prometheus.yml").read()
for i in ids:
    env = (compose.get(f"branch-{i}") or {}).get("environment") or {}
    if env.get("COMMUNITY_BRANCH_ID") != i:
        problems.append(f"deploy/compose.yaml has no service branch-{i} with COMMUNITY_BRANCH_ID {i}")
    if not re.search(rf'CREATE DATABASE "?branch_{re.escape(i)}\b', init_sql):
        problems.append(f"deploy/postgres/init.sql creates no database branch_{i}")
    if f'"branch-{i}:9090"' not in prometheus:
        problems.append(f"deploy/prometheus/prometheus.yml does not scrape branch-{i}:9090")
print("\n".join(problems) or f"ok  {len(ids)} branches: {', '.join(ids)}")
sys.exit(1 if problems else 0)
EOF

step "Compose: deploy/compose.yaml"
if docker compose version >/dev/null 2>&1; then
  docker compose -f deploy/compose.yaml config -q || fail "docker compose config"
  echo "ok  docker compose config"
else
  echo "no compose plugin: checking the file with Python instead"
  "$PYTHON" - <<'EOF' || fail "deploy/compose.yaml"
import os, sys, yaml
compose = yaml.safe_load(open("deploy/compose.yaml"))
services = compose["services"]
problems = []
for name, service in services.items():
    for dependency, condition in (service.get("depends_on") or {}).items():
        if dependency not in services:
            problems.append(f"{name} depends on unknown service {dependency}")
        elif condition.get("condition") == "service_healthy" and "healthcheck" not in services[dependency] \
                and "build" not in services[dependency]:  # built images carry the Dockerfile's HEALTHCHECK
            problems.append(f"{name} waits for {dependency} to be healthy, which has no healthcheck")
    for volume in service.get("volumes") or []:
        source = volume.split(":")[0]
        # ./secrets/ is made by hand on the deploying machine (deploy/README.md), never committed
        if source.startswith("."):
            if not os.path.exists(os.path.join("deploy", source)) and not source.startswith("./secrets/"):
                problems.append(f"{name} mounts {source}, which does not exist")
        elif source not in (compose.get("volumes") or {}):
            problems.append(f"{name} uses undeclared volume {source}")
    build = service.get("build")
    if build:
        module = build["args"]["MODULE"]
        if not os.path.isfile(os.path.join(module, "pom.xml")):
            problems.append(f"{name} builds MODULE={module}, which is no module")
print("\n".join(problems) or f"ok  {len(services)} services")
sys.exit(1 if problems else 0)
EOF
fi

step "Grafana: dashboards and provisioning"
"$PYTHON" - <<'EOF' || fail "Grafana files"
import glob, json, sys, yaml
for path in glob.glob("deploy/grafana/provisioning/**/*.yml", recursive=True):
    yaml.safe_load(open(path))
uids = {d["uid"] for d in yaml.safe_load(open("deploy/grafana/provisioning/datasources/prometheus.yml"))["datasources"]}
problems = []

def walk(node, path, where):
    """Every datasource reference (panels, queries, variables) must name a provisioned uid."""
    if isinstance(node, dict):
        where = node.get("title") or node.get("name") or where
        source = node.get("datasource")
        if isinstance(source, dict) and source.get("uid") not in uids:
            problems.append(f"{path}: '{where}' uses datasource {source.get('uid')}, which is not provisioned")
        if "refId" in node and "expr" in node and not node["expr"]:
            problems.append(f"{path}: '{where}' has a query without an expression")
        for value in node.values():
            walk(value, path, where)
    elif isinstance(node, list):
        for value in node:
            walk(value, path, where)

for path in glob.glob("deploy/grafana/dashboards/*.json"):
    dashboard = json.load(open(path))
    walk(dashboard, path, "the dashboard")
    # the operators' per-region view: a row or panel repeated over the region variable
    if not any(panel.get("repeat") == "region" for panel in dashboard.get("panels", [])):
        problems.append(f"{path}: nothing is repeated per region")
    print(f"ok  {path}")
if problems:
    sys.exit("\n".join(problems))
EOF

step "Prometheus: promtool check config, check rules, test rules; the dashboard queries parse"
command -v promtool >/dev/null 2>&1 || apt_install prometheus || true
if command -v promtool >/dev/null 2>&1; then
  # check config also checks the rule files it names
  promtool check config deploy/prometheus/prometheus.yml || fail "promtool check config"
  promtool check rules deploy/prometheus/alerts.yml || fail "promtool check rules"
  promtool test rules deploy/prometheus/alerts.test.yml || fail "promtool test rules (deploy/prometheus/alerts.test.yml)"
  # every query of the dashboards parses as PromQL: each becomes a recording rule that promtool checks
  "$PYTHON" - "$work/dashboard-queries.yml" <<'EOF' || fail "dashboard queries"
import glob, json, re, sys, yaml
exprs = []
def walk(node):
    if isinstance(node, dict):
        if isinstance(node.get("expr"), str):
            exprs.append(node["expr"])
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)
for path in glob.glob("deploy/grafana/dashboards/*.json"):
    walk(json.load(open(path)))
def concrete(expr):  # Grafana's variables as a query would carry them
    expr = re.sub(r"\$__(rate_interval|range|interval)", "5m", expr)
    return re.sub(r"\$(\w+)", "x", expr)
rules = [{"record": f"dashboard:query_{i}", "expr": concrete(e)} for i, e in enumerate(exprs)]
yaml.safe_dump({"groups": [{"name": "dashboards", "rules": rules}]}, open(sys.argv[1], "w"))
print(f"{len(rules)} dashboard queries")
EOF
  promtool check rules "$work/dashboard-queries.yml" >/dev/null || fail "a dashboard query does not parse: promtool check rules $work/dashboard-queries.yml"
  echo "ok  every dashboard query parses"
  "$PYTHON" - <<'EOF' || fail "deploy/prometheus/alerts.yml"
import sys, yaml
rules = [r for g in yaml.safe_load(open("deploy/prometheus/alerts.yml"))["groups"] for r in g["rules"]]
tested = {t["alertname"] for test in yaml.safe_load(open("deploy/prometheus/alerts.test.yml"))["tests"]
          for t in test.get("alert_rule_test", [])}
names = {r.get("alert") for r in rules}
problems = [f"the alert {a} is missing" for a in ("SlaBreachesRising", "OutboxLagging", "ConsumerLagGrowing", "BranchDown")
            if a not in names]
for r in rules:
    name = r.get("alert")
    if r.get("labels", {}).get("severity") not in ("page", "ticket"):
        problems.append(f"{name}: the severity label must be page or ticket")
    if not {"summary", "description"} <= set(r.get("annotations", {})):
        problems.append(f"{name}: needs a summary and a description annotation")
    if name not in tested:
        problems.append(f"{name}: no test in deploy/prometheus/alerts.test.yml")
print("\n".join(problems) or f"ok  {len(rules)} alerts, each with a severity, a summary, a description and a test")
sys.exit(1 if problems else 0)
EOF
elif [ "${PROMTOOL_REQUIRED:-}" = true ]; then
  fail "promtool is required (PROMTOOL_REQUIRED=true) but not installed (Debian package prometheus)"
else
  echo "SKIPPED: promtool is not installed and could not be installed (Debian package prometheus)"
fi

printf '\nDeployment files: all checks passed\n'
