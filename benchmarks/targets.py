"""Issue 8's targets, checked against one run's results.

Targets are reported, never enforced: only correctness (errors, oversold
seats, lost signups) makes a run fail.
"""

API_LIST_VS_FLOOR = 2.5
PROGRAMME_VS_FLOOR = 4.0
SIZE_GROWTH = 1.3
SIGNUP_VS_BASELINE_C = 0.5


def target(name, met, detail):
    return {"name": name, "met": bool(met), "detail": detail}


def check(measurements, rows, load_results):
    """A list of ``{name, met, detail}``, one per target that this run measured."""
    by_key = {}
    for m in measurements:
        by_key.setdefault(m.key, {})[m.size] = m
    sizes = sorted({m.size for m in measurements})
    found = [query_counts(by_key)]
    found.append(ratio_target("api-list", "floor", API_LIST_VS_FLOOR, by_key))
    for key in ("programme", "programme-filtered"):
        found.append(ratio_target(key, "floor", PROGRAMME_VS_FLOOR, by_key))
    if len(sizes) > 1:
        found.append(size_growth(by_key, rows, sizes[0], sizes[-1]))
    if load_results:
        found += load_targets(load_results)
    return found


def query_counts(by_key):
    growing = {
        key: [m.queries for m in per_size.values()]
        for key, per_size in by_key.items()
        if len({m.queries for m in per_size.values()}) > 1
    }
    return target(
        "query counts do not grow with the programme",
        not growing,
        f"growing: {growing}" if growing else "same count at every size for every row",
    )


def ratio_target(key, column, limit, by_key):
    ratios = {size: m.ratios[column] for size, m in by_key[key].items()}
    worst = max(ratios.values())
    label = next(iter(by_key[key].values())).label
    detail = ", ".join(f"{ratio}x at {size}" for size, ratio in ratios.items())
    return target(f"{label} within {limit}x of the floor", worst <= limit, detail)


def size_growth(by_key, rows, smallest, largest):
    checked = [row.key for row in rows if row.size_independent]
    growth = {
        key: round(by_key[key][largest].p50_ms / by_key[key][smallest].p50_ms, 2)
        for key in checked
    }
    over = {key: value for key, value in growth.items() if value > SIZE_GROWTH}
    return target(
        f"{smallest} vs {largest} events within {SIZE_GROWTH}x",
        not over,
        f"over: {over}" if over else f"worst {max(growth.values())}x",
    )


def load_targets(load_results):
    found = []
    by_clients = {}
    for result in load_results:
        by_clients.setdefault(result.key, {})[result.clients] = result
    baseline = by_clients.get("baseline-c", {})
    broken = [r for r in load_results if r.failed or r.problems]
    found.append(
        target(
            "no failed request, no oversold seat",
            not broken,
            "; ".join(f"{r.label} x{r.clients}: {r.problems}" for r in broken)
            or "none at any concurrency",
        )
    )
    for key, name in (("signup", "signup"), ("signup-queue", "signup, task queue,")):
        runs = by_clients.get(key, {})
        if not (runs and baseline):
            continue
        shares = {
            clients: round(runs[clients].per_second / baseline[clients].per_second, 2)
            for clients in runs
        }
        found.append(
            target(
                f"{name} throughput at least {SIGNUP_VS_BASELINE_C}x baseline C's",
                min(shares.values()) >= SIGNUP_VS_BASELINE_C,
                ", ".join(f"{share}x at {n} clients" for n, share in shares.items()),
            )
        )
    reads = {key: runs for key, runs in by_clients.items() if key.startswith("read-")}
    if {"read-api", "read-floor"} <= set(reads):
        clients = next(iter(reads["read-api"]))
        api = reads["read-api"][clients].per_second
        floor = reads["read-floor"][clients].per_second
        found.append(
            target(
                f"API list within {API_LIST_VS_FLOOR}x of the floor in requests/s",
                floor / api <= API_LIST_VS_FLOOR,
                f"floor serves {floor / api:.1f}x as many",
            )
        )
    return found


def correctness_failures(measurements, load_results):
    """What makes the run fail: error answers, failed requests, bad seat counts."""
    failures = [
        f"{m.label} at {m.size} events answered {m.status}"
        for m in measurements
        if m.status != 200
    ]
    for result in load_results:
        failures += [f"{result.label} x{result.clients}: {p}" for p in result.problems]
    return failures
