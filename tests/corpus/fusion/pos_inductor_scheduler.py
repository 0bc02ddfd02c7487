"""Greedy vertical/horizontal fusion for our small graph scheduler."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    kind: str                      # "pointwise", "reduction", "extern"
    numel: int
    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)


def shared_bytes(a: Node, b: Node) -> int:
    return len((a.writes | a.reads) & b.reads) * min(a.numel, b.numel)


def can_fuse(producer: Node, consumer: Node) -> bool:
    if "extern" in (producer.kind, consumer.kind):
        return False
    if producer.kind == "reduction" and consumer.kind == "reduction":
        return producer.numel == consumer.numel
    # A pointwise consumer must iterate the same index space to be inlined.
    return producer.numel == consumer.numel or consumer.kind == "reduction"


def score_fusion(a: Node, b: Node) -> tuple[int, int]:
    # Prefer pairs that remove the most memory traffic; break ties by keeping
    # producers close to their consumers in the original order.
    return (shared_bytes(a, b), -abs(hash(a.name) - hash(b.name)) % 7)


def fuse_nodes(a: Node, b: Node) -> Node:
    return Node(name=f"{a.name}_{b.name}", kind="reduction" if "reduction" in (a.kind, b.kind)
                else "pointwise", numel=max(a.numel, b.numel),
                reads=(a.reads | b.reads) - a.writes, writes=a.writes | b.writes)


def fuse_graph(nodes: list[Node]) -> list[Node]:
    changed = True
    while changed:
        changed = False
        pairs = [(a, b) for a in nodes for b in nodes if a is not b and can_fuse(a, b)]
        if not pairs:
            break
        a, b = max(pairs, key=lambda p: score_fusion(*p))
        if score_fusion(a, b)[0] == 0:
            break
        nodes = [n for n in nodes if n is not a and n is not b] + [fuse_nodes(a, b)]
        changed = True
    return nodes
