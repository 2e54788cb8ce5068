"""The `radar` flow: scan new documents for model names, propose release events, send the [alerts] that are new.

prefect.yaml runs it after every ingestion or label flow run completes (an event trigger) and hourly as a fallback;
an alert is sent once per destination whatever triggers it (`sent_alerts`)."""

from __future__ import annotations

from typing import Any

from prefect import flow

from flows.tasks import finish, flow_config, run_stages


@flow(name="radar")
def radar(
    config_path: str | None = None,
    config: dict[str, Any] | None = None,
    base_dir: str | None = None,
    write_limit: str | None = None,
    retries: int | None = None,
    retry_delay_s: float | None = None,
) -> dict[str, dict[str, Any]]:
    cfg = flow_config(config_path, config, base_dir)
    # undelivered alerts stay in sent_alerts as 'failed' and go out on the next run
    return finish(run_stages(["radar", "alerts"], cfg, write_limit=write_limit, retries=retries,
                             retry_delay_s=retry_delay_s))


if __name__ == "__main__":
    radar()
