"""Power of the pooled rand10 tests (judge/checkers/pooled.py), computed and simulated.

    .venv/bin/python benchmarks/rand10_power.py            # everything below, seeded
    .venv/bin/python benchmarks/rand10_power.py --reps 2000

1. The calculation: critical values, the noncentrality needed for 99% power, and how many
   pooled outputs that takes for a total variation of 0.5% (docs/statistics.md).
2. Exact distributions of every submission under submissions/ of both rand10 problems
   (single outputs and pairs of consecutive outputs, by replaying every sequence of source
   draws down to probability 1e-7), their total variation from uniform, and the chance
   the pooled tests reject them in one judge run: from the noncentral chi-square and from
   a seeded simulation of the pooled counts (multinomial draws with numpy).
3. The same simulation for the hardest alternative (every cell off by the same amount, TV
   0.5%) and for a correct generator at a looser level (the false-refusal rate must match
   the nominal level; 1e-7 itself is too rare to simulate).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.checkers import pooled  # noqa: E402
from judge.checkers.statistical import SAFETY, chi_square_log_sf  # noqa: E402

K = 10
CUTOFF = 1e-7  # paths below this are dropped: the lost mass is below 1e-5, far below the biases shown
MAX_REPLAYS = 200_000
OTHER_SOURCES = ("import random", "from random", "import os", "import time", "numpy", "seed")
PROBLEMS = {"implement-rand10-using-rand6": ("rand6", 6), "implement-rand10-using-rand7": ("rand7", 7)}


class _More(Exception):
    """The replayed prefix of draws ran out: extend it."""


def _instance(code: object, source: str, draws: list[int]) -> object:
    position = [0]

    def rand() -> int:
        if position[0] >= len(draws):
            raise _More()
        position[0] += 1
        return draws[position[0] - 1]

    namespace: dict[str, object] = {source: rand, "__name__": "solution"}
    exec(code, namespace)  # type: ignore[arg-type]
    return namespace["Solution"]()


def exact_pairs(path: Path, source: str, sides: int) -> np.ndarray:
    """P(first two outputs of a fresh instance = (a, b)), a K x K array, by replaying draws.

    A solution without state between calls (no ``__init__``, no ``global``) has independent
    outputs, so its pairs are the product of one call's distribution (far fewer replays)."""
    text = path.read_text()
    code = compile(text, str(path), "exec")
    calls = 2 if ("__init__" in text or "global " in text) else 1
    table = np.zeros((K,) * calls)
    stack: list[tuple[list[int], float]] = [([], 1.0)]
    for _ in range(MAX_REPLAYS):
        if not stack:
            break
        draws, p = stack.pop()
        solution = _instance(code, source, draws)
        try:
            cell = tuple(solution.rand10() - 1 for _ in range(calls))  # type: ignore[attr-defined]
            if not all(0 <= c < K for c in cell):
                raise ValueError("outputs outside 1..10")
        except _More:
            if p / sides >= CUTOFF:
                stack.extend((draws + [v], p / sides) for v in range(1, sides + 1))
            continue
        table[cell] += p
    if stack:
        raise ValueError("too many sequences of draws to enumerate")
    table /= table.sum()
    return table if calls == 2 else np.outer(table, table)


def calculation(alpha: float, power: float, tv: float) -> dict[str, float]:
    log_alpha = math.log(alpha / (2 * SAFETY))
    out: dict[str, float] = {}
    for name, df, per_output in (("singles", K - 1, 1.0), ("pairs", K * K - 1, 0.5)):
        lam = pooled.noncentrality_for(df, log_alpha, power)
        out[f"{name}_critical"] = pooled.critical_value(df, log_alpha)
        out[f"{name}_noncentrality"] = lam
        out[f"{name}_outputs_needed"] = lam / (4 * tv * tv * per_output)
    return out


def _reject_rate(rng: np.random.Generator, pairs: np.ndarray, outputs: int, reps: int, log_alpha: float) -> float:
    """Share of simulated runs whose pooled singles or pairs fail, counts drawn at once."""
    m = outputs // 2
    counts = rng.multinomial(m, pairs.ravel(), size=reps)  # (reps, K*K)
    singles = counts.reshape(reps, K, K).sum(axis=2) + counts.reshape(reps, K, K).sum(axis=1)
    stat_pairs = ((counts - m / K**2) ** 2).sum(axis=1) / (m / K**2)
    stat_singles = ((singles - 2 * m / K) ** 2).sum(axis=1) / (2 * m / K)
    fail = [chi_square_log_sf(float(s), K - 1) < log_alpha or chi_square_log_sf(float(p), K * K - 1) < log_alpha
            for s, p in zip(stat_singles, stat_pairs)]
    return float(np.mean(fail))


def _theory(pairs: np.ndarray, outputs: int, log_alpha: float) -> float:
    """Rejection chance from the noncentral chi-square (the larger of the two tests)."""
    m = outputs // 2
    singles = (pairs.sum(axis=1) + pairs.sum(axis=0)) / 2
    lam_s = 2 * m * K * float(((singles - 1 / K) ** 2).sum())
    lam_p = m * K * K * float(((pairs - 1 / K**2) ** 2).sum())
    p_s = pooled.noncentral_sf(pooled.critical_value(K - 1, log_alpha), K - 1, lam_s)
    p_p = pooled.noncentral_sf(pooled.critical_value(K * K - 1, log_alpha), K * K - 1, min(lam_p, 5000.0))
    return max(p_s, p_p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=1000, help="simulated runs per distribution")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    config = {"outcomes": K}
    alpha, power, tv = pooled.DEFAULT_POOLED_ALPHA, pooled.DEFAULT_POWER, 0.005
    log_alpha = math.log(alpha / (2 * SAFETY))
    print("1. calculation:", json.dumps({k: round(v, 1) for k, v in calculation(alpha, power, tv).items()}))
    for slug, (source, sides) in PROBLEMS.items():
        folder = ROOT / "problems" / slug
        outputs = sum(json.loads(line)["calls"] for f in sorted((folder / "data").rglob("*.jsonl"))
                      for line in f.read_text().splitlines() if line.strip())
        detect = pooled.detectable_tv(outputs, config)
        print(f"\n2. {slug}: {outputs:,} pooled outputs per run; detects TV >= {detect['singles']:.3%} (singles), "
              f">= {detect['pairs']:.3%} (pairs) with probability >= {power:.0%}")
        print(f"   {'submission':50} {'TV singles':>10} {'TV pairs':>9} {'P(reject) theory':>17} {'simulated':>9}")
        for path in sorted((folder / "submissions").glob("*/*.py")) + [folder / "reference.py"]:
            if path.parent.name != "wrong_answer" and path.name != "reference.py":
                continue
            if any(word in path.read_text() for word in OTHER_SOURCES):
                continue  # another source of randomness: not a distribution of the injected draws
            try:
                pairs = exact_pairs(path, source, sides)
            except Exception:  # noqa: BLE001 -- a solution using another source of randomness cannot be replayed
                continue
            singles = (pairs.sum(axis=1) + pairs.sum(axis=0)) / 2
            tv_s = 0.5 * float(np.abs(singles - 1 / K).sum())
            tv_p = 0.5 * float(np.abs(pairs - 1 / K**2).sum())
            name = f"{path.parent.name}/{path.name}"
            print(flush=True, *[f"   {name:50} {tv_s:10.4%} {tv_p:9.4%} {_theory(pairs, outputs, log_alpha):17.4f} "
                  f"{_reject_rate(rng, pairs, outputs, args.reps, log_alpha):9.4f}"])
    outputs = 3_170_000
    hardest = np.full((K, K), 1 / K**2)
    signs = np.array([1, -1] * (K * K // 2)).reshape(K, K)
    rng.shuffle(signs.ravel())
    hardest = hardest + signs * (2 * tv / K**2)
    print(f"\n3. hardest alternative (TV {tv:.1%} in pairs, every cell off by {2 * tv / K**2:.0e}), {outputs:,} outputs: "
          f"theory {_theory(hardest, outputs, log_alpha):.4f}, simulated {_reject_rate(rng, hardest, outputs, args.reps, log_alpha):.4f}")
    uniform = np.full((K, K), 1 / K**2)
    loose = math.log(1e-2)
    print(f"   correct generator at a nominal level of 1% per test: simulated false refusals "
          f"{_reject_rate(rng, uniform, outputs, args.reps, loose):.4f} (expected about {1 - 0.99**2:.4f})")


if __name__ == "__main__":
    main()
