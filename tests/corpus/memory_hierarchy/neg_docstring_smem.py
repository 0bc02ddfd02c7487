"""Helpers for picking GEMM tile shapes that fit the device.

Nothing here launches a kernel; the numbers feed the config generator.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class TileShape:
    block_m: int
    block_n: int
    block_k: int
    stages: int


def smem_bytes(t: TileShape, elem_bytes: int = 2) -> int:
    """Bytes of shared memory a pipelined tile needs.

    Each stage keeps one A tile and one B tile in shared memory, so the
    footprint grows linearly with the number of stages (double buffering
    doubles it, and so on).
    """
    per_stage = (t.block_m * t.block_k + t.block_k * t.block_n) * elem_bytes
    return per_stage * t.stages


def fits(t: TileShape, smem_limit: int) -> bool:
    """True when the tile's staging buffers fit in ``smem_limit`` bytes."""
    return smem_bytes(t) <= smem_limit


def candidates(smem_limit: int) -> list[TileShape]:
    shapes = [TileShape(m, n, k, s)
              for m in (64, 128) for n in (64, 128, 256)
              for k in (32, 64) for s in (2, 3, 4)]
    return [t for t in shapes if fits(t, smem_limit)]
