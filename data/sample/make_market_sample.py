"""Writes the demo markets' price histories (data/sample/{polymarket_clob,manifold,kalshi}) from one story curve.

The story: GPT-5.5's release by June 30, 2026 traded from about 38% in early February to 96.9% on April 22, the
day before the release, and resolved Yes on April 24. The curve has a price every day (as a liquid market has), so
`perception_market_leadlag` finds days with both a sentiment change and a price change. Polymarket's "GPT-5.5 #1 on
LMArena" market (history_lb.json) trades every day from February to the end of May, through the launch week's
disappointment and May's better reviews, then monthly. Each platform's file carries the curve in its own API shape:
CLOB /prices-history points (some numbers as strings, as recorded copies hold them), Manifold bets (newest first,
with a redemption and a cancelled limit order that do not move the price) and Kalshi hourly candlesticks in dollar
strings (one hour without trades, which has only price.previous_dollars). Run: python data/sample/make_market_sample.py
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
UTC = timezone.utc


def story() -> list[tuple[datetime, float]]:
    """Every day (midnight UTC) from February 2 to April 20, then the days around the release."""
    points = []
    day = datetime(2026, 2, 2, tzinfo=UTC)
    end = datetime(2026, 4, 20, tzinfo=UTC)
    span = (end - day).total_seconds()
    while day <= end:
        x = (day - datetime(2026, 2, 2, tzinfo=UTC)).total_seconds() / span
        wobble = 0.025 * math.sin(9 * x * math.pi)  # leadership news moved it both ways
        points.append((day, round(min(0.93, 0.38 + 0.55 * x ** 1.3 + wobble), 3)))
        day += timedelta(days=1)
    points[-1] = (end, 0.93)
    points += [(datetime(2026, 4, 21, tzinfo=UTC), 0.94), (datetime(2026, 4, 22, 12, tzinfo=UTC), 0.969),
               (datetime(2026, 4, 23, 17, tzinfo=UTC), 0.99), (datetime(2026, 4, 24, 15, tzinfo=UTC), 0.999)]
    return points


def write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def polymarket(points) -> dict:
    return {"history": [{"t": int(ts.timestamp()), "p": str(p) if i % 3 == 2 else p} for i, (ts, p) in enumerate(points)]}


def leaderboard() -> list[tuple[datetime, float]]:
    """'GPT-5.5 #1 on LMArena on December 31?': daily from February 2 to May 29, then monthly to November 24.

    About 40% while GPT-5.5 was a rumour, up to 55% on launch day, down to about 30% in the launch week's
    disappointment, back to about 45% as May's reviews came in; later it drifts down as rivals ship. The daily
    jitter is deterministic (a fixed sum of sines), so the file is the same on every run.
    """
    release = datetime(2026, 4, 23, tzinfo=UTC)
    points = []
    day = datetime(2026, 2, 2, tzinfo=UTC)
    while day <= datetime(2026, 5, 29, tzinfo=UTC):
        d = (day - release).days
        if d < 0:
            level = 0.40 + 0.10 * math.exp(d / 6)  # the rumour lifts it in the last weeks
        elif d <= 8:
            level = 0.55 - 0.25 * d / 8  # launch day's high, then the underwhelmed week
        else:
            level = 0.30 + 0.15 * min(1.0, (d - 8) / 21)  # reviews bring it back
        jitter = 0.012 * math.sin(1.7 * d) + 0.008 * math.sin(0.63 * d + 1.0)
        points.append((day, round(level + jitter, 3)))
        day += timedelta(days=1)
    points += [(datetime(2026, 7, 1, tzinfo=UTC), 0.37), (datetime(2026, 9, 1, tzinfo=UTC), 0.29),
               (datetime(2026, 11, 24, tzinfo=UTC), 0.23)]
    return points


def polymarket_retire_coarse() -> dict:
    """The closed GPT-5.1 retirement market at 12-hour fidelity (the only one the CLOB serves for it)."""
    start = datetime(2026, 2, 20, tzinfo=UTC)
    out = []
    for i in range(0, 41):
        ts = start + timedelta(hours=12 * i)
        p = min(0.999, 0.45 + 0.012 * i) if ts < datetime(2026, 3, 11, 12, tzinfo=UTC) else 0.999
        out.append({"t": int(ts.timestamp()), "p": round(p, 3)})
    return {"history": out}


def manifold(points) -> list[dict]:
    bets = []
    prob = 0.35
    for i, (ts, p) in enumerate(points[:-1]):
        when = ts + timedelta(hours=10, minutes=20) if ts.hour == 0 else ts - timedelta(minutes=40)
        bets.append(_bet(f"s{i:02d}", when, prob, p, 50 + 10 * (i % 7)))
        prob = p
    last = datetime(2026, 4, 24, 9, 12, tzinfo=UTC)  # lastBetTime of the market body
    bets.append(_bet("s90", last - timedelta(minutes=12), prob, prob, -35, isRedemption=True))
    bets.append(_bet("s91", last - timedelta(minutes=6), prob, 0.5, 200, isCancelled=True, isFilled=False,
                     limitProb=0.5))
    bets.append(_bet("s99", last, prob, 0.995, 60))
    return sorted(bets, key=lambda b: -b["createdTime"])


def _bet(bet_id: str, when: datetime, before: float, after: float, amount: float, **extra) -> dict:
    bet = {"id": bet_id, "userId": f"u{bet_id}", "contractId": "mFq7rT2xK9", "createdTime": int(when.timestamp() * 1000),
           "amount": amount, "shares": round(abs(amount) * 1.01, 2), "outcome": "YES" if after >= before else "NO",
           "probBefore": before, "probAfter": after,
           "fees": {"creatorFee": 0, "platformFee": 0, "liquidityFee": 0}, "isRedemption": False, "isFilled": True,
           "isCancelled": False, "fills": [], "visibility": "public"}
    bet.update(extra)
    return bet


def kalshi(points) -> dict:
    candles = []
    for i, (ts, p) in enumerate(points):
        end = ts.replace(hour=15) if ts.hour == 0 else ts + timedelta(hours=1)
        if end > datetime(2026, 4, 24, 14, tzinfo=UTC):  # trading closed at 14:00 on the 24th
            continue
        price = f"{round(p, 2):.4f}"
        candles.append({"end_period_ts": int(end.timestamp()),
                        "price": {"open_dollars": price, "high_dollars": price, "low_dollars": price,
                                  "close_dollars": price, "mean_dollars": price, "previous_dollars": price},
                        "yes_bid": {"close_dollars": f"{max(0, round(p, 2) - 0.01):.4f}"},
                        "yes_ask": {"close_dollars": f"{min(1, round(p, 2) + 0.01):.4f}"},
                        "volume_fp": f"{600 + 150 * (i % 9)}.00", "open_interest_fp": f"{1000 + 40 * i}.00"})
        if i == 5:  # the next hour had no trades: only the previous price
            quiet = end + timedelta(hours=1)
            candles.append({"end_period_ts": int(quiet.timestamp()), "price": {"previous_dollars": price},
                            "yes_bid": {"close_dollars": price}, "yes_ask": {"close_dollars": price},
                            "volume_fp": "0.00", "open_interest_fp": f"{1000 + 40 * i}.00"})
    return {"ticker": "KXOAIRELEASE-26JUN30-GPT55", "candlesticks": candles}


def main() -> None:
    points = story()
    write(HERE / "polymarket_clob" / "history_rel.json", polymarket(points))
    write(HERE / "polymarket_clob" / "history_retire_12h.json", polymarket_retire_coarse())
    write(HERE / "polymarket_clob" / "history_lb.json", {"history": [{"t": int(ts.timestamp()), "p": p}
                                                                    for ts, p in leaderboard()]})
    write(HERE / "manifold" / "bets_rel.json", manifold(points))
    write(HERE / "kalshi" / "candles_gpt55.json", kalshi(points))
    print(f"{len(points)} story points, {points[0][0]:%Y-%m-%d} to {points[-1][0]:%Y-%m-%d}")


if __name__ == "__main__":
    main()
