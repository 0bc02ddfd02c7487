"""Estimate the monthly bill for a training cluster before we reserve it."""
from dataclasses import dataclass


@dataclass
class CostModel:
    hourly_rate: float          # USD per GPU-hour, on-demand list price
    reserved_discount: float = 0.0
    egress_per_gb: float = 0.09

    def monthly(self, gpus: int, utilisation: float, egress_gb: float) -> float:
        hours = 730 * utilisation
        compute = gpus * hours * self.hourly_rate * (1.0 - self.reserved_discount)
        return compute + egress_gb * self.egress_per_gb


def compare(models: dict[str, CostModel], gpus: int) -> list[tuple[str, float]]:
    rows = [(name, m.monthly(gpus, utilisation=0.7, egress_gb=5_000)) for name, m in models.items()]
    return sorted(rows, key=lambda r: r[1])


if __name__ == "__main__":
    quotes = {
        "provider-a": CostModel(hourly_rate=2.49, reserved_discount=0.35),
        "provider-b": CostModel(hourly_rate=2.10),
    }
    for name, cost in compare(quotes, gpus=64):
        print(f"{name:12s} ${cost:,.0f}/month")
